package org.l3vpnd.snmp.ifmib;

import java.util.function.Supplier;
import org.l3vpnd.engine.iface.InterfaceCounters;
import org.l3vpnd.engine.iface.NetInterface;
import org.snmp4j.agent.mo.MOMutableTableRow;
import org.snmp4j.agent.mo.MOTableRow;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

/**
 * One interface seen as a table row, made for one lookup and then dropped; its cells are computed
 * when read, never stored. Mutable only in name: DefaultMOTable casts every row of a table with
 * writable columns to {@link MOMutableTableRow}, but our writable columns write through the
 * configuration service and never call {@link #setValue}. Immutable; used by the one request
 * thread that made it.
 */
final class InterfaceRow implements MOMutableTableRow {

    private final OID index;
    private final NetInterface iface;
    private final RowValues values;
    private final int columnCount;
    private final RequestCounters counters;

    InterfaceRow(NetInterface iface, RowValues values, int columnCount, RequestCounters counters) {
        this.index = new OID(new int[] {iface.ifIndex()});
        this.iface = iface;
        this.values = values;
        this.columnCount = columnCount;
        this.counters = counters;
    }

    NetInterface iface() {
        return iface;
    }

    Variable value(int column, Supplier<InterfaceCounters> counterReader) {
        return values.value(column, iface, counterReader);
    }

    @Override
    public OID getIndex() {
        return index;
    }

    /** The cell outside any request (persistence export, change events): counters are read afresh. */
    @Override
    public Variable getValue(int column) {
        return value(column, () -> counters.of(null, iface.ifIndex()));
    }

    @Override
    public int size() {
        return columnCount;
    }

    @Override
    public MOTableRow getBaseRow() {
        return null;
    }

    @Override
    public void setBaseRow(MOTableRow baseRow) {
        throw new UnsupportedOperationException("interface rows are not dependent rows");
    }

    @Override
    public void setValue(int column, Variable value) {
        throw new UnsupportedOperationException("interface rows are computed; writes go through the config service");
    }
}
