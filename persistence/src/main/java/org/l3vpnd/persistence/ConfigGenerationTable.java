package org.l3vpnd.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The single-row counter of persist transactions (table {@code config_generation}). Stateless. */
final class ConfigGenerationTable {

    private static final String READ = "SELECT generation FROM config_generation";
    private static final String INCREMENT =
            "SELECT generation FROM FINAL TABLE (UPDATE config_generation SET generation = generation + 1)";

    private ConfigGenerationTable() {
    }

    static long read(Connection c) throws SQLException {
        return single(c, READ);
    }

    /** Increments within the caller's transaction and returns the new value. */
    static long increment(Connection c) throws SQLException {
        return single(c, INCREMENT);
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("table config_generation has no row");
            }
            return rs.getLong(1);
        }
    }
}
