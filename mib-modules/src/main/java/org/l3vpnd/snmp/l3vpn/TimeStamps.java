package org.l3vpnd.snmp.l3vpn;

import org.l3vpnd.engine.loop.EngineClock;
import org.l3vpnd.engine.vrf.VrfStatus;
import org.l3vpnd.snmp.agent.AgentClock;
import org.snmp4j.smi.TimeTicks;

/**
 * Converts engine times to SNMP: a TimeStamp is the sysUpTime at the event, i.e. now's sysUpTime
 * less the time elapsed since the event on the engine's clock. Events before the agent started
 * give 0. Thread-safe.
 */
final class TimeStamps {

    private final EngineClock engine;
    private final AgentClock agent;

    TimeStamps(EngineClock engine, AgentClock agent) {
        this.engine = engine;
        this.agent = agent;
    }

    /** TimeStamp of an engine time; {@link VrfStatus#NEVER} is 0, "no discontinuity since start". */
    TimeTicks at(long eventMillis) {
        if (eventMillis == VrfStatus.NEVER) {
            return new TimeTicks(0);
        }
        long centis = agent.sysUpTimeCentis() - (engine.nowMillis() - eventMillis) / 10;
        return new TimeTicks(Math.max(0, Math.min(centis, 0xFFFFFFFFL)));
    }

    /** Whole seconds since an engine time, for route ages (Gauge32). */
    long secondsSince(long eventMillis) {
        return Math.max(0, Math.min((engine.nowMillis() - eventMillis) / 1000, 0xFFFFFFFFL));
    }

    /** The current sysUpTime, for something that happens now. */
    TimeTicks now() {
        return new TimeTicks(Math.min(agent.sysUpTimeCentis(), 0xFFFFFFFFL));
    }
}
