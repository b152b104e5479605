package org.l3vpnd.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.l3vpnd.engine.config.ConfigChange;
import org.l3vpnd.engine.config.ConfigDelta;
import org.l3vpnd.engine.config.ConfigException;
import org.l3vpnd.engine.config.ConfigItem;

/**
 * One row operation a committed delta asks of the store: upsert the item, or delete the row with
 * its key. Immutable.
 */
record RowWrite(ItemMapper<?> mapper, ConfigItem item, boolean upsert) {

    /**
     * The writes that make the store match {@code delta.after()}. A change in which neither side is
     * persistent was never stored and is skipped; any other change of a kind without a mapper is
     * refused before anything is written, so no commit is silently half stored.
     */
    static List<RowWrite> plan(ConfigDelta delta, ItemMappers mappers) throws ConfigException {
        List<RowWrite> writes = new ArrayList<>();
        for (ConfigChange change : delta.changes()) {
            boolean storedBefore = isPersistent(change.before());
            boolean storedAfter = isPersistent(change.after());
            if (!storedBefore && !storedAfter) {
                continue;
            }
            ItemMapper<?> mapper = mappers.forKind(change.key().kind()).orElseThrow(() -> new ConfigException(
                    "no storage for kind " + change.key().kind().getSimpleName(), null));
            writes.add(storedAfter
                    ? new RowWrite(mapper, change.after(), true)
                    // Deleted, or turned volatile: either way the row must go.
                    : new RowWrite(mapper, change.before(), false));
        }
        return writes;
    }

    void apply(Connection c) throws SQLException {
        applyTo(mapper, c);
    }

    private <T extends ConfigItem> void applyTo(ItemMapper<T> typed, Connection c) throws SQLException {
        T row = typed.kind().cast(item);
        if (upsert) {
            typed.upsert(c, row);
        } else {
            typed.deleteByKey(c, row);
        }
    }

    private static boolean isPersistent(ConfigItem item) {
        return item != null && item.storage().persistent();
    }
}
