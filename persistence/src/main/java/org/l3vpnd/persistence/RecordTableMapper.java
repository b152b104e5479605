package org.l3vpnd.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.l3vpnd.engine.config.ConfigItem;

/**
 * An {@link ItemMapper} for a record whose fields are the table's columns: a subclass lists the key
 * and value columns once and binds and reads them; the SQL is built here. Stateless.
 */
abstract class RecordTableMapper<T extends ConfigItem> implements ItemMapper<T> {

    private final Class<T> kind;
    private final String table;
    private final String upsertSql;
    private final String deleteSql;
    private final String selectSql;

    /**
     * @param keyColumns   the primary key, bound by {@link #writeKey}
     * @param valueColumns the other columns, bound by {@link #writeValues} in this order
     */
    protected RecordTableMapper(Class<T> kind, String table, List<String> keyColumns, List<String> valueColumns) {
        this.kind = kind;
        this.table = table;
        String keys = quoted(keyColumns.stream());
        String all = quoted(Stream.concat(keyColumns.stream(), valueColumns.stream()));
        String params = Stream.concat(keyColumns.stream(), valueColumns.stream())
                .map(c -> "?").collect(Collectors.joining(", "));
        String keyMatch = keyColumns.stream().map(c -> quote(c) + " = ?").collect(Collectors.joining(" AND "));
        this.upsertSql = "MERGE INTO " + quote(table) + " (" + all + ") KEY (" + keys + ") VALUES (" + params + ")";
        this.deleteSql = "DELETE FROM " + quote(table) + " WHERE " + keyMatch;
        this.selectSql = "SELECT " + all + " FROM " + quote(table) + " ORDER BY " + keys;
    }

    protected abstract void writeKey(RowWriter w, T item) throws SQLException;

    protected abstract void writeValues(RowWriter w, T item) throws SQLException;

    protected abstract T read(RowReader r) throws SQLException;

    @Override
    public final Class<T> kind() {
        return kind;
    }

    @Override
    public final String table() {
        return table;
    }

    @Override
    public final void upsert(Connection c, T item) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(upsertSql)) {
            RowWriter w = new RowWriter(ps);
            writeKey(w, item);
            writeValues(w, item);
            ps.executeUpdate();
        }
    }

    @Override
    public final void deleteByKey(Connection c, T item) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(deleteSql)) {
            writeKey(new RowWriter(ps), item);
            ps.executeUpdate();
        }
    }

    @Override
    public final List<T> loadAll(Connection c) throws SQLException {
        List<T> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(selectSql); ResultSet rs = ps.executeQuery()) {
            RowReader r = new RowReader(rs);
            while (rs.next()) {
                items.add(readValid(r));
            }
        }
        return items;
    }

    @Override
    public final void checkSchema(Connection c) throws SQLException {
        for (String sql : List.of(upsertSql, deleteSql, selectSql)) {
            c.prepareStatement(sql).close();
        }
    }

    private T readValid(RowReader r) throws SQLException {
        try {
            return read(r);
        } catch (IllegalArgumentException | NullPointerException e) {
            // The record's own checks refused the row: someone wrote the table by hand.
            throw new IllegalStateException("a row of table " + table + " is not a valid "
                    + kind.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static String quoted(Stream<String> names) {
        return names.map(RecordTableMapper::quote).collect(Collectors.joining(", "));
    }

    // Upper case matches unquoted names in the migrations; quoting lets a column be a reserved word.
    private static String quote(String name) {
        return '"' + name.toUpperCase(Locale.ROOT) + '"';
    }
}
