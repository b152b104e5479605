package org.l3vpnd.snmp.table;

import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.ConfigTransaction;
import org.l3vpnd.engine.config.StorageType;

/**
 * Turns rows into configuration: a complete row becomes one configuration item; destroying a row
 * removes its item and whatever the configuration holds only because of it.
 *
 * @param <K> index key
 * @param <R> row of the table's {@link RowSource}
 */
public interface RowWriter<K, R> {

    /**
     * The item of a row that has a value for every mandatory column.
     *
     * @param values    every writable column's value (set in the request, kept, or default)
     * @param inService active (true) or notInService (false)
     * @param storage   the StorageType column's value; in a table without one, the existing row's
     *                  storage, or {@code null} for a new row (the writer chooses)
     * @param tx        the request's transaction, whose candidate shows the rest of the request
     * @throws RowRefusal when the values do not form a row, with the SNMP status to answer
     */
    ConfigItem build(K key, RowValues values, boolean inService, StorageType storage, ConfigTransaction tx)
            throws RowRefusal;

    /** Adds the removal of an existing row (and of what depends on it) to {@code tx}. */
    void remove(R row, ConfigTransaction tx);

    /** A row refused as a whole or for one column. */
    final class RowRefusal extends Exception {
        private final int status;
        private final int columnId;

        /** @param columnId the column at fault, or 0 for the row as a whole */
        public RowRefusal(int status, int columnId, String reason) {
            super(reason, null, false, false);
            this.status = status;
            this.columnId = columnId;
        }

        public int status() {
            return status;
        }

        public int columnId() {
            return columnId;
        }
    }
}
