package org.l3vpnd.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct SQL on a store's database, for tests that damage the schema on purpose or check what is stored. */
final class RawDatabase {

    private RawDatabase() {
    }

    static void execute(Path dataDir, String sql) throws SQLException {
        try (Connection c = connect(dataDir); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The first column of the first row of a query, or null for SQL NULL. */
    static Object single(Path dataDir, String sql) throws SQLException {
        try (Connection c = connect(dataDir); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new SQLException("no row: " + sql);
            }
            return rs.getObject(1);
        }
    }

    private static Connection connect(Path dataDir) throws SQLException {
        return DriverManager.getConnection(H2Connector.url(dataDir), H2Connector.USER, H2Connector.PASSWORD);
    }
}
