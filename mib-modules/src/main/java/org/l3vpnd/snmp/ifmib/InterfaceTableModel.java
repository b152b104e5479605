package org.l3vpnd.snmp.ifmib;

import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import org.l3vpnd.engine.iface.InterfaceInventory;
import org.l3vpnd.engine.iface.NetInterface;
import org.snmp4j.agent.mo.MOTableModel;
import org.snmp4j.smi.OID;

/**
 * A table indexed by ifIndex whose rows are the inventory's current snapshot. Holds no rows of its
 * own, so a row exists exactly while its interface does. Index lookups compare ints, never build
 * OIDs. Thread-safe: every call reads one immutable snapshot.
 */
final class InterfaceTableModel implements MOTableModel<InterfaceRow> {

    private final InterfaceInventory inventory;
    private final RowValues values;
    private final int columnCount;
    private final RequestCounters counters;

    InterfaceTableModel(InterfaceInventory inventory, RowValues values, int columnCount, RequestCounters counters) {
        this.inventory = inventory;
        this.values = values;
        this.columnCount = columnCount;
        this.counters = counters;
    }

    @Override
    public int getColumnCount() {
        return columnCount;
    }

    @Override
    public int getRowCount() {
        return inventory.snapshot().size();
    }

    @Override
    public boolean isEmpty() {
        return inventory.snapshot().isEmpty();
    }

    @Override
    public boolean containsRow(OID index) {
        int ifIndex = ifIndexOf(index);
        return ifIndex > 0 && inventory.snapshot().containsKey(ifIndex);
    }

    @Override
    public InterfaceRow getRow(OID index) {
        int ifIndex = ifIndexOf(index);
        return ifIndex > 0 ? row(inventory.snapshot().get(ifIndex)) : null;
    }

    @Override
    public Iterator<InterfaceRow> iterator() {
        return rows(inventory.snapshot().values());
    }

    /** Rows whose index is at or after {@code lowerBound}, which may be any OID, not only a valid index. */
    @Override
    public Iterator<InterfaceRow> tailIterator(OID lowerBound) {
        NavigableMap<Integer, NetInterface> snapshot = inventory.snapshot();
        if (lowerBound == null || lowerBound.size() == 0) {
            return rows(snapshot.values());
        }
        long first = lowerBound.getUnsigned(0);
        if (first > Integer.MAX_VALUE) {
            return Collections.emptyIterator();
        }
        // [n] itself is at the bound; [n, more...] sorts after [n], so then row n is already behind us.
        return rows(snapshot.tailMap((int) first, lowerBound.size() == 1).values());
    }

    @Override
    public OID lastIndex() {
        InterfaceRow row = lastRow();
        return row == null ? null : row.getIndex();
    }

    @Override
    public OID firstIndex() {
        InterfaceRow row = firstRow();
        return row == null ? null : row.getIndex();
    }

    @Override
    public InterfaceRow firstRow() {
        Map.Entry<Integer, NetInterface> e = inventory.snapshot().firstEntry();
        return e == null ? null : row(e.getValue());
    }

    @Override
    public InterfaceRow lastRow() {
        Map.Entry<Integer, NetInterface> e = inventory.snapshot().lastEntry();
        return e == null ? null : row(e.getValue());
    }

    /** The ifIndex an index OID names, or 0 when it names none (ifIndex is 1..2^31-1, one sub-identifier). */
    private static int ifIndexOf(OID index) {
        if (index == null || index.size() != 1) {
            return 0;
        }
        int value = index.get(0);
        return Math.max(value, 0);
    }

    private InterfaceRow row(NetInterface iface) {
        return iface == null ? null : new InterfaceRow(iface, values, columnCount, counters);
    }

    private Iterator<InterfaceRow> rows(Collection<NetInterface> interfaces) {
        Iterator<NetInterface> it = interfaces.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public InterfaceRow next() {
                return row(it.next());
            }
        };
    }
}
