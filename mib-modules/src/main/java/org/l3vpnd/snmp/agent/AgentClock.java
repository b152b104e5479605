package org.l3vpnd.snmp.agent;

/** sysUpTime in hundredths of a second, for TimeStamp objects. Thread-safe. */
@FunctionalInterface
public interface AgentClock {

    long sysUpTimeCentis();
}
