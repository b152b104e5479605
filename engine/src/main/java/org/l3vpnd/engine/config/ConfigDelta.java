package org.l3vpnd.engine.config;

import java.util.List;

/** What one commit changed, in a stable order (by key), and the snapshots on either side. */
public record ConfigDelta(RunningConfig before, RunningConfig after, List<ConfigChange> changes) {

    public ConfigDelta {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Whether any item of the given kind changed. */
    public boolean touches(Class<? extends ConfigItem> kind) {
        for (ConfigChange c : changes) {
            if (c.key().kind() == kind) {
                return true;
            }
        }
        return false;
    }
}
