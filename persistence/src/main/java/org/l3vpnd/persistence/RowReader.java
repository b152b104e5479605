package org.l3vpnd.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.l3vpnd.engine.config.StorageType;

/**
 * Reads the current row's columns by name. Columns are NOT NULL unless read with an {@code OrNull}
 * method, so the others need no null checks (JDBC would turn a NULL number into 0 silently).
 * One per result set, on the thread that reads it.
 */
final class RowReader {

    private final ResultSet row;

    RowReader(ResultSet row) {
        this.row = row;
    }

    String text(String column) throws SQLException {
        return row.getString(column);
    }

    int integer(String column) throws SQLException {
        return row.getInt(column);
    }

    long bigint(String column) throws SQLException {
        return row.getLong(column);
    }

    boolean bool(String column) throws SQLException {
        return row.getBoolean(column);
    }

    byte[] bytes(String column) throws SQLException {
        return row.getBytes(column);
    }

    /** A nullable column's octets, or {@code null} for SQL NULL. */
    byte[] bytesOrNull(String column) throws SQLException {
        return row.getBytes(column);
    }

    StorageType storage() throws SQLException {
        return StorageType.of(row.getShort("storage"));
    }
}
