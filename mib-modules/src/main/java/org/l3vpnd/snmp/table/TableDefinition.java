package org.l3vpnd.snmp.table;

import java.util.List;

import org.snmp4j.smi.OID;

/**
 * Everything that makes one conceptual table: where it is, its columns, its index, where its rows
 * come from and how a written row becomes configuration.
 *
 * @param entryOid the OID of the table's entry object (…Entry)
 * @param columns  the accessible columns, ascending by id
 * @param index    the index codec
 * @param rows     the row source
 * @param writer   how rows become configuration; {@code null} for a read-only table
 * @param <K>      index key
 * @param <R>      row
 */
public record TableDefinition<K, R>(OID entryOid, List<ColumnDef> columns, IndexCodec<K> index,
                                    RowSource<K, R> rows, RowWriter<K, R> writer) {

    public TableDefinition {
        columns = List.copyOf(columns);
        for (int i = 1; i < columns.size(); i++) {
            if (columns.get(i - 1).id() >= columns.get(i).id()) {
                throw new IllegalArgumentException("columns must ascend by id");
            }
        }
        entryOid = new OID(entryOid);
    }

    /** The column with this id, or {@code null}. */
    public ColumnDef column(int id) {
        for (ColumnDef c : columns) {
            if (c.id() == id) {
                return c;
            }
        }
        return null;
    }

    /** The column of the given role, or {@code null}. */
    public ColumnDef column(ColumnDef.Role role) {
        for (ColumnDef c : columns) {
            if (c.role() == role) {
                return c;
            }
        }
        return null;
    }
}
