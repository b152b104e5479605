package org.l3vpnd.snmp.table;

import org.l3vpnd.engine.config.StorageType;
import org.snmp4j.smi.Variable;

/**
 * The rows of a table as they are now, read from the running configuration and live state; no
 * copy is kept. Rows are whatever object the source finds convenient (a configuration item, a
 * route); cells are computed from them on demand. Thread-safe; lookups must not allocate per
 * comparison.
 *
 * @param <K> index key
 * @param <R> row
 */
public interface RowSource<K, R> {

    /** The row with this key, or {@code null}. */
    R get(K key);

    /**
     * The first row whose key is at or after ({@code inclusive}) or after {@code key} in index
     * order; {@code key == null} asks for the first row. {@code null} when there is none.
     */
    R ceiling(K key, boolean inclusive);

    K key(R row);

    /**
     * The value of a column other than the RowStatus and StorageType columns, which the table
     * derives from {@link #inService} and {@link #storage}; {@code null} when the row has none.
     */
    Variable value(R row, int columnId);

    /** active (true) or notInService (false). */
    default boolean inService(R row) {
        return true;
    }

    /** permanent and readOnly rows refuse changes; rows of live state are readOnly. */
    default StorageType storage(R row) {
        return StorageType.READ_ONLY;
    }
}
