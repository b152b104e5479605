package org.l3vpnd.snmp.ifmib;

import org.l3vpnd.engine.iface.InterfaceInventory;
import org.l3vpnd.snmp.agent.AgentClock;
import org.snmp4j.smi.TimeTicks;

/**
 * Turns the inventory's monotonic times into sysUpTime values. The offset between the two clocks is
 * taken once, so a stored time reads the same on every request instead of jittering by a tick.
 * Immutable; thread-safe.
 */
final class UpTimeConverter {

    private final long agentStartMillis;

    UpTimeConverter(InterfaceInventory inventory, AgentClock clock) {
        this.agentStartMillis = inventory.monotonicMillis() - clock.sysUpTimeCentis() * 10;
    }

    /** sysUpTime at {@code monotonicMillis}; 0 for anything at or before the agent started (RFC 2863). */
    TimeTicks at(long monotonicMillis) {
        long centis = (monotonicMillis - agentStartMillis) / 10;
        return new TimeTicks(centis <= 0 ? 0 : centis & 0xFFFF_FFFFL);
    }
}
