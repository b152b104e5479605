package org.l3vpnd.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.l3vpnd.engine.config.ConfigDelta;
import org.l3vpnd.engine.config.ConfigException;
import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.ConfigStore;
import org.l3vpnd.engine.config.RunningConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configuration store of one appliance: an H2 file database in the data directory, one typed
 * table per item kind, shared with other local processes through H2's automatic mixed mode.
 *
 * <p>Thread-safe: every method holds the store's lock and uses its one connection.
 */
public final class H2ConfigStore implements ConfigStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(H2ConfigStore.class);

    private final Connection connection;
    private final ItemMappers mappers;
    /** The generation this store last loaded or wrote itself; a different one in the database is someone else's. */
    private long knownGeneration;

    private H2ConfigStore(Connection connection, ItemMappers mappers, long knownGeneration) {
        this.connection = connection;
        this.mappers = mappers;
        this.knownGeneration = knownGeneration;
    }

    /** Opens, creating if needed, the database {@code <dataDir>/l3vpnd} and migrates its schema. */
    public static H2ConfigStore open(Path dataDir) {
        return open(dataDir, ItemMappers.standard());
    }

    static H2ConfigStore open(Path dataDir, ItemMappers mappers) {
        String bindAddress = H2Connector.keepServerOnLoopback();
        if (bindAddress == null) {
            log.warn("config store server listens on all interfaces; start the JVM with -D{}={}",
                    H2Connector.BIND_ADDRESS_PROPERTY, H2Connector.LOOPBACK);
        }
        String url = H2Connector.url(dataDir);
        Connection c = null;
        try {
            Files.createDirectories(dataDir);
            // Connected first, so the database stays open between Flyway's connections and ours.
            c = H2Connector.connect(url);
            MigrateResult migration = H2Connector.migrate(url);
            if (migration.migrationsExecuted > 0) {
                log.info("config store migrated schemaFrom={} schemaTo={}",
                        migration.initialSchemaVersion, migration.targetSchemaVersion);
            }
            for (ItemMapper<?> m : mappers.all()) {
                m.checkSchema(c);
            }
            long generation = ConfigGenerationTable.read(c);
            c.commit();
            log.info("config store opened dir={} generation={}", dataDir, generation);
            // From here on, commits by other processes count as unseen, even before the first load.
            return new H2ConfigStore(c, mappers, generation);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException("cannot open the configuration database in " + dataDir,
                    SqlErrors.withoutRowValues(e));
        } catch (IOException | FlywayException e) {
            closeQuietly(c);
            throw new StoreException("cannot open the configuration database in " + dataDir, e);
        }
    }

    /** Reads every stored item from one consistent snapshot of all tables. */
    @Override
    public synchronized RunningConfig load() throws ConfigException {
        try {
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            try {
                long generation = ConfigGenerationTable.read(connection);
                List<ConfigItem> items = new ArrayList<>();
                for (ItemMapper<?> m : mappers.all()) {
                    items.addAll(m.loadAll(connection));
                }
                connection.commit();
                knownGeneration = generation;
                return RunningConfig.of(items);
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        } catch (SQLException e) {
            throw new ConfigException("cannot read the configuration: " + SqlErrors.describe(e),
                    SqlErrors.withoutRowValues(e));
        } catch (IllegalStateException e) {
            throw new ConfigException("cannot read the configuration: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the delta in one transaction and forces it to disk before returning. When this throws
     * because the commit failed, nothing of the delta is stored. If only the final force to disk
     * fails, the delta is committed but not known to be durable: {@link #hasUnseenChanges()} then
     * stays true so the appliance reloads what the database really holds.
     */
    @Override
    public synchronized void persist(ConfigDelta delta) throws ConfigException {
        List<RowWrite> writes = RowWrite.plan(delta, mappers);
        if (writes.isEmpty()) {
            return;
        }
        long generation;
        try {
            generation = inTransaction(c -> {
                for (RowWrite w : writes) {
                    w.apply(c);
                }
                return ConfigGenerationTable.increment(c);
            });
        } catch (SQLException e) {
            throw new ConfigException("configuration not stored, nothing of the commit applied: "
                    + SqlErrors.describe(e), SqlErrors.withoutRowValues(e));
        }
        try {
            H2Connector.forceToDisk(connection);
        } catch (SQLException e) {
            throw new ConfigException("configuration committed but not confirmed on disk: "
                    + SqlErrors.describe(e), SqlErrors.withoutRowValues(e));
        }
        if (generation == knownGeneration + 1) {
            knownGeneration = generation;
        }
    }

    /** How many persist transactions the database has seen, from any process. One indexed read. */
    public synchronized long changeCounter() {
        try {
            return inTransaction(ConfigGenerationTable::read);
        } catch (SQLException e) {
            throw new StoreException("cannot read the configuration generation", SqlErrors.withoutRowValues(e));
        }
    }

    /**
     * Whether the database holds commits that this store neither loaded nor made, e.g. by
     * {@code l3vpnd user add} in another process; the appliance polls this and then calls
     * {@link #load()}.
     */
    public synchronized boolean hasUnseenChanges() {
        return changeCounter() != knownGeneration;
    }

    /**
     * The appliance's snmpEngineID: the stored one, or on first use one from {@code generator}
     * (5 to 32 octets), stored durably before it is returned.
     */
    public synchronized byte[] engineId(Supplier<byte[]> generator) {
        try {
            byte[] id = inTransaction(c -> AgentStateTable.engineId(c, generator));
            H2Connector.forceToDisk(connection);
            return id;
        } catch (SQLException e) {
            throw new StoreException("cannot read or store the snmpEngineID", SqlErrors.withoutRowValues(e));
        }
    }

    /**
     * Counts one more start of the SNMP engine and returns the new snmpEngineBoots. Durable before
     * it returns, because a boot count that goes back after a crash lets old messages be replayed.
     */
    public synchronized int incrementEngineBoots() {
        try {
            int boots = inTransaction(AgentStateTable::incrementEngineBoots);
            H2Connector.forceToDisk(connection);
            return boots;
        } catch (SQLException e) {
            throw new StoreException("cannot count the engine boot", SqlErrors.withoutRowValues(e));
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the configuration database", SqlErrors.withoutRowValues(e));
        }
    }

    private <R> R inTransaction(SqlWork<R> work) throws SQLException {
        try {
            R result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(SqlErrors.withoutRowValues(rollbackFailure));
            }
            throw e;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // Already failing to open; the first error is the one to report.
        }
    }

    @FunctionalInterface
    private interface SqlWork<R> {
        R run(Connection c) throws SQLException;
    }
}
