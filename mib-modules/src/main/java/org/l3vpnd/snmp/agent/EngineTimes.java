package org.l3vpnd.snmp.agent;

import org.l3vpnd.engine.loop.EngineClock;
import org.snmp4j.smi.TimeTicks;

/**
 * Engine times as SNMP values. A TimeStamp is the sysUpTime at the event: now's sysUpTime less the
 * time since the event on the engine's clock, 0 for events before the agent started. An elapsed
 * time is whole seconds (Gauge32). {@link #NEVER} (the engine's "has not happened") reads as 0 in
 * both. Thread-safe.
 */
public final class EngineTimes {

    /** The engine's value for an event that has not happened. */
    public static final long NEVER = Long.MIN_VALUE;

    private static final long UNSIGNED32_MAX = 0xFFFFFFFFL;

    private final EngineClock engine;
    private final AgentClock agent;

    public EngineTimes(EngineClock engine, AgentClock agent) {
        this.engine = engine;
        this.agent = agent;
    }

    /** TimeStamp of an engine time. */
    public TimeTicks at(long eventMillis) {
        if (eventMillis == NEVER) {
            return new TimeTicks(0);
        }
        long centis = agent.sysUpTimeCentis() - (engine.nowMillis() - eventMillis) / 10;
        return new TimeTicks(Math.max(0, Math.min(centis, UNSIGNED32_MAX)));
    }

    /** Whole seconds since an engine time. */
    public long secondsSince(long eventMillis) {
        if (eventMillis == NEVER) {
            return 0;
        }
        return Math.max(0, Math.min((engine.nowMillis() - eventMillis) / 1000, UNSIGNED32_MAX));
    }

    /** The current sysUpTime, for something that happens now. */
    public TimeTicks now() {
        return new TimeTicks(Math.min(agent.sysUpTimeCentis(), UNSIGNED32_MAX));
    }
}
