package org.l3vpnd.snmp.table;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.snmp4j.PDU;
import org.snmp4j.agent.MOQuery;
import org.snmp4j.agent.MOScope;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

/**
 * The read side of a {@link ConfigTable}: builds single cells, and finds the next cell after any
 * OID by one ceiling lookup per column on the row source, merged with the pending rows.
 * Thread-safe.
 *
 * @param <K> index key
 * @param <R> row
 */
final class TableWalker<K, R> {

    record Cell(OID oid, Variable value) {
    }

    /**
     * A cell found during the agent's lookup, handed to the next() call that follows it. One
     * mutable slot per thread: setting and clearing its fields costs less than replacing a
     * thread-local value on every varbind.
     */
    private static final class Recall {
        MOQuery query;
        OID lower;
        boolean lowerIncluded;
        Cell cell;
    }

    /**
     * The instance OIDs of the last two cells a walk returned, and their keys. A walk's next
     * lower bound is almost always one of them (the last one, or the one before when the agent
     * dropped the last varbind of a full GETBULK response), so its key is known without parsing
     * and decoding the OID again. Immutable; the arrays are never handed out.
     */
    private record LastCells<K>(int[] subIds, K key, int[] earlierSubIds, K earlierKey) {

        LastCells<K> then(int[] nextSubIds, K nextKey) {
            return new LastCells<>(nextSubIds, nextKey, subIds, key);
        }

        /** The key of the cell whose OID is {@code s}, or {@code null}. */
        K keyOf(int[] s) {
            if (Arrays.equals(subIds, s)) {
                return key;
            }
            return earlierSubIds != null && Arrays.equals(earlierSubIds, s) ? earlierKey : null;
        }
    }

    private final TableDefinition<K, R> def;
    private final PendingRows<K> pending;
    private final int[] entry;
    private final ThreadLocal<Recall> recall = ThreadLocal.withInitial(Recall::new);
    /** Parsing a bound is on every GETNEXT: one cursor per thread instead of one per call. */
    private final ThreadLocal<IndexCursor> cursors;
    /** Room for the longest cell OID, per thread: encoding a cell OID allocates only its result. */
    private final ThreadLocal<int[]> scratch;
    /** Shared by all threads: concurrent walks of one table only make it miss more often. */
    private volatile LastCells<K> last = new LastCells<>(null, null, null, null);

    TableWalker(TableDefinition<K, R> def, PendingRows<K> pending) {
        this.def = def;
        this.pending = pending;
        this.entry = def.entryOid().toIntArray();
        this.cursors = ThreadLocal.withInitial(() -> def.index().layout().cursor());
        this.scratch = ThreadLocal.withInitial(() -> new int[entry.length + 1 + IndexCursor.CAPACITY]);
    }

    /** The key of a whole, valid suffix {@code s[from..)}, or {@code null}. */
    K exactKey(int[] s, int from) {
        return IndexBounds.parse(cursors.get(), s, from, s.length) == PDU.noError
                ? def.index().decode(s, from, s.length) : null;
    }

    /** The value of one cell, or {@code null} when the row does not exist or has no value there. */
    Variable cell(K key, ColumnDef col) {
        R row = def.rows().get(key);
        return row != null ? sourceCell(row, col) : pendingCell(key, col);
    }

    private Variable sourceCell(R row, ColumnDef col) {
        return switch (col.role()) {
            case ROW_STATUS -> new Integer32(def.rows().inService(row)
                    ? RowStatusValue.ACTIVE : RowStatusValue.NOT_IN_SERVICE);
            case STORAGE_TYPE -> new Integer32(def.rows().storage(row).code());
            case PLAIN -> def.rows().value(row, col.id());
        };
    }

    private Variable pendingCell(K key, ColumnDef col) {
        RowValues p = pending.get(key);
        if (p == null) {
            return null;
        }
        return col.role() == ColumnDef.Role.ROW_STATUS ? new Integer32(RowStatusValue.NOT_READY) : p.get(col.id());
    }

    /** The first cell within {@code scope} that passes {@code filter} (VACM), or {@code null}. */
    Cell next(MOScope scope, Function<OID, Boolean> filter) {
        int[] s = scope.getLowerBound().getValue();
        List<ColumnDef> cols = def.columns();
        int colIdx = 0;
        boolean bounded = false;
        int prefix = Math.min(s.length, entry.length);
        for (int i = 0; i < prefix; i++) {
            if (s[i] != entry[i]) {
                if (Integer.compareUnsigned(s[i], entry[i]) > 0) {
                    return null;
                }
                prefix = -1;
                break;
            }
        }
        if (prefix >= 0 && s.length > entry.length) {
            long c = s[entry.length] & IndexLayout.MAX_SUB_ID;
            while (colIdx < cols.size() && cols.get(colIdx).id() < c) {
                colIdx++;
            }
            bounded = colIdx < cols.size() && cols.get(colIdx).id() == c && s.length > entry.length + 1;
        }
        for (; colIdx < cols.size(); colIdx++) {
            ColumnDef col = cols.get(colIdx);
            K probe = null;
            boolean inclusive = true;
            if (bounded) {
                bounded = false;
                // The usual bound is the previous cell of a walk: a whole index, no search needed.
                probe = last.keyOf(s);
                if (probe == null) {
                    probe = exactKey(s, entry.length + 1);
                }
                if (probe != null) {
                    inclusive = scope.isLowerIncluded();
                } else {
                    int[] ceil = IndexBounds.ceiling(def.index().layout(), s, entry.length + 1, s.length,
                            scope.isLowerIncluded());
                    if (ceil == null) {
                        continue;
                    }
                    probe = def.index().decode(ceil, 0, ceil.length);
                }
            }
            Cell cell = firstInColumn(col, probe, inclusive, scope, filter);
            if (cell != null) {
                return cell.oid() == null ? null : cell;
            }
        }
        return null;
    }

    /** The first cell of a column at or after {@code probe}; a cell without OID means "past the scope". */
    private Cell firstInColumn(ColumnDef col, K probe, boolean inclusive, MOScope scope,
                               Function<OID, Boolean> filter) {
        RowSource<K, R> rows = def.rows();
        while (true) {
            R r = rows.ceiling(probe, inclusive);
            K pk = pending.ceilingKey(probe, inclusive);
            if (r == null && pk == null) {
                return null;
            }
            K key;
            Variable v;
            if (pk == null || (r != null && def.index().order().compare(rows.key(r), pk) <= 0)) {
                key = rows.key(r);
                v = sourceCell(r, col);
            } else {
                key = pk;
                v = pendingCell(pk, col);
            }
            if (v != null) {
                int[] subIds = cellSubIds(col.id(), key);
                OID oid = new OID(subIds);
                if (beyond(scope, oid)) {
                    return new Cell(null, null);
                }
                if (filter == null || filter.apply(oid)) {
                    last = last.then(subIds, key);
                    return new Cell(oid, v);
                }
            }
            probe = key;
            inclusive = false;
        }
    }

    private static boolean beyond(MOScope scope, OID oid) {
        OID upper = scope.getUpperBound();
        if (upper == null) {
            return false;
        }
        int c = oid.compareTo(upper);
        return c > 0 || (c == 0 && !scope.isUpperIncluded());
    }

    /** The sub-ids of a cell's instance OID, in a new array of exactly their number. */
    private int[] cellSubIds(int columnId, K key) {
        int[] buf = scratch.get();
        System.arraycopy(entry, 0, buf, 0, entry.length);
        buf[entry.length] = columnId;
        int end = def.index().encode(key, buf, entry.length + 1);
        return Arrays.copyOf(buf, end);
    }

    void remember(MOQuery query, Cell cell) {
        if (cell != null) {
            MOScope s = query.getScope();
            Recall r = recall.get();
            r.query = query;
            r.lower = s.getLowerBound();
            r.lowerIncluded = s.isLowerIncluded();
            r.cell = cell;
        }
    }

    /** The cell remembered for the same query and bound by the lookup just before, or {@code null}. */
    Cell recalled(MOQuery query, MOScope scope) {
        Recall r = recall.get();
        Cell cell = r.cell;
        if (cell == null) {
            return null;
        }
        boolean same = r.query == query && r.lowerIncluded == scope.isLowerIncluded()
                && r.lower.equals(scope.getLowerBound());
        r.query = null;
        r.lower = null;
        r.cell = null;
        return same ? cell : null;
    }
}
