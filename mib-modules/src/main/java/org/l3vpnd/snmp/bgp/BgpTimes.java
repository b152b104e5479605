package org.l3vpnd.snmp.bgp;

import org.l3vpnd.engine.loop.EngineClock;
import org.l3vpnd.snmp.agent.AgentClock;
import org.snmp4j.smi.TimeTicks;

/**
 * Engine times as SNMP values: a TimeStamp is the sysUpTime at the event (now's sysUpTime less the
 * time since the event on the engine's clock; 0 for events before the agent started), an elapsed
 * time is whole seconds (Gauge32). Thread-safe.
 */
final class BgpTimes {

    private static final long GAUGE_MAX = 0xFFFFFFFFL;

    private final EngineClock engine;
    private final AgentClock agent;

    BgpTimes(EngineClock engine, AgentClock agent) {
        this.engine = engine;
        this.agent = agent;
    }

    /** TimeStamp of an engine time; {@link BgpPeerStatus#NEVER} is 0. */
    TimeTicks at(long eventMillis) {
        if (eventMillis == BgpPeerStatus.NEVER) {
            return new TimeTicks(0);
        }
        long centis = agent.sysUpTimeCentis() - (engine.nowMillis() - eventMillis) / 10;
        return new TimeTicks(Math.max(0, Math.min(centis, GAUGE_MAX)));
    }

    /** Whole seconds since an engine time; 0 for {@link BgpPeerStatus#NEVER}. */
    long secondsSince(long eventMillis) {
        if (eventMillis == BgpPeerStatus.NEVER) {
            return 0;
        }
        return Math.max(0, Math.min((engine.nowMillis() - eventMillis) / 1000, GAUGE_MAX));
    }
}
