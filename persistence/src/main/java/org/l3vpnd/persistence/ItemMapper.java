package org.l3vpnd.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.l3vpnd.engine.config.ConfigItem;

/**
 * Keeps one kind of configuration item in its own typed table. Implementations are stateless and
 * never commit: {@link H2ConfigStore} owns the transaction and calls them under its lock.
 */
interface ItemMapper<T extends ConfigItem> {

    Class<T> kind();

    String table();

    /** Inserts the item's row, or replaces the row with the same key. */
    void upsert(Connection c, T item) throws SQLException;

    /** Deletes the row whose key equals the item's key; no row is not an error. */
    void deleteByKey(Connection c, T item) throws SQLException;

    List<T> loadAll(Connection c) throws SQLException;

    /** Compiles every statement, so that a missing migration fails when the store opens, not at a commit. */
    void checkSchema(Connection c) throws SQLException;
}
