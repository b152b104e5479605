package org.l3vpnd.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.l3vpnd.engine.config.StorageType;

/**
 * Binds a row's values to statement parameters in column order, so a mapper names each field once.
 * One per statement, on the thread that runs it.
 */
final class RowWriter {

    private final PreparedStatement statement;
    private int next = 1;

    RowWriter(PreparedStatement statement) {
        this.statement = statement;
    }

    RowWriter text(String value) throws SQLException {
        statement.setString(next++, value);
        return this;
    }

    RowWriter integer(int value) throws SQLException {
        statement.setInt(next++, value);
        return this;
    }

    RowWriter bigint(long value) throws SQLException {
        statement.setLong(next++, value);
        return this;
    }

    RowWriter bool(boolean value) throws SQLException {
        statement.setBoolean(next++, value);
        return this;
    }

    RowWriter bytes(byte[] value) throws SQLException {
        statement.setBytes(next++, value);
        return this;
    }

    /** For the few nullable columns: {@code null} stores SQL NULL. */
    RowWriter bytesOrNull(byte[] value) throws SQLException {
        if (value == null) {
            statement.setNull(next++, Types.VARBINARY);
        } else {
            statement.setBytes(next++, value);
        }
        return this;
    }

    RowWriter storage(StorageType value) throws SQLException {
        statement.setShort(next++, (short) value.code());
        return this;
    }
}
