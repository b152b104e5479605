package org.l3vpnd.engine.config;

import java.util.Arrays;
import java.util.Objects;

/**
 * A row of a management front end's own table (for example an SNMP notification target created
 * over SNMP), kept in the configuration so that it survives restarts. The engine does not look
 * inside: {@code table} names the table, {@code index} the row, {@code values} is the front end's
 * encoding of the row.
 */
public record ManagementRow(String table, String index, byte[] values, StorageType storage) implements ConfigItem {

    public ManagementRow {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
        values = values.clone();
        Objects.requireNonNull(storage, "storage");
    }

    public static ItemKey keyOf(String table, String index) {
        return new ItemKey(ManagementRow.class, ItemKey.join(table, index));
    }

    public static String tablePrefix(String table) {
        return table + '\u0000';
    }

    @Override
    public ItemKey key() {
        return keyOf(table, index);
    }

    @Override
    public byte[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ManagementRow r && table.equals(r.table) && index.equals(r.index)
                && Arrays.equals(values, r.values) && storage == r.storage;
    }

    @Override
    public int hashCode() {
        return Objects.hash(table, index, Arrays.hashCode(values));
    }
}
