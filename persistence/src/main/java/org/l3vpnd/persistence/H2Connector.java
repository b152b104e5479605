package org.l3vpnd.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.engine.SysProperties;

/**
 * Where the store's H2 database lives, the settings that make it durable and shareable between
 * processes, and how its schema is brought up to date. Stateless.
 */
final class H2Connector {

    /** Base name of the database files in the data directory (H2 appends {@code .mv.db}). */
    static final String FILE_NAME = "l3vpnd";

    static final String MIGRATIONS = "classpath:db/migration";

    // The file is protected by the file system; a password would have to be stored beside it.
    static final String USER = "sa";
    static final String PASSWORD = "";

    /*
     * AUTO_SERVER: the first process to open the file serves it over TCP, so `l3vpnd user add` can
     * commit while the appliance runs.
     * WRITE_DELAY=0: H2 otherwise writes committed transactions from a background thread up to
     * half a second later; with 0 it stops that thread and every commit writes its chunk to the file
     * before returning, so a kill -9 right after cannot lose it.
     */
    private static final String SETTINGS = ";AUTO_SERVER=TRUE;WRITE_DELAY=0";

    /** H2's system property for the address its TCP server binds to. */
    static final String BIND_ADDRESS_PROPERTY = "h2.bindAddress";
    static final String LOOPBACK = "127.0.0.1";

    private H2Connector() {
    }

    /**
     * Keeps the AUTO_SERVER listener off the router's interfaces: H2 otherwise binds it to every
     * address, guarded only by a key in the lock file. H2 reads the property once, when its classes
     * load, so this runs before the store touches H2; an address the operator set is kept.
     *
     * @return the address the listener will bind to, or null for every interface
     */
    static String keepServerOnLoopback() {
        if (System.getProperty(BIND_ADDRESS_PROPERTY) == null) {
            System.setProperty(BIND_ADDRESS_PROPERTY, LOOPBACK);
        }
        return SysProperties.BIND_ADDRESS;
    }

    static String url(Path dataDir) {
        String base = dataDir.toAbsolutePath().normalize().resolve(FILE_NAME).toString();
        if (base.indexOf(';') >= 0) {
            // H2 would read the rest of the path as URL settings.
            throw new IllegalArgumentException("data directory path must not contain ';': " + dataDir);
        }
        return "jdbc:h2:file:" + base + SETTINGS;
    }

    static MigrateResult migrate(String url) {
        return Flyway.configure()
                .dataSource(url, USER, PASSWORD)
                .locations(MIGRATIONS)
                .loggers("slf4j")
                .load()
                .migrate();
    }

    /** A connection for explicit transactions: auto-commit off, read committed. */
    static Connection connect(String url) throws SQLException {
        Connection c = DriverManager.getConnection(url, USER, PASSWORD);
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return c;
    }

    /**
     * Asks the operating system to put committed data on the device (fsync). WRITE_DELAY=0 already
     * hands every commit to the OS, which survives a killed JVM; this is for power loss. It also
     * writes anything H2 skipped because another session's write was in progress at our commit.
     */
    static void forceToDisk(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        }
    }
}
