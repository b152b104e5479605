package org.l3vpnd.snmp.ifmib;

import java.util.function.Supplier;
import org.l3vpnd.engine.iface.InterfaceCounters;
import org.l3vpnd.engine.iface.NetInterface;
import org.snmp4j.smi.Variable;

/** Computes the cells of one table's row from an interface. Implementations are thread-safe. */
@FunctionalInterface
interface RowValues {

    /**
     * @param column   zero-based position of the column in the table
     * @param counters the interface's counters, read on first use; yields {@code null} once the interface is gone
     * @return {@code null} when the cell has no value now (the agent skips it or answers noSuchInstance)
     */
    Variable value(int column, NetInterface iface, Supplier<InterfaceCounters> counters);
}
