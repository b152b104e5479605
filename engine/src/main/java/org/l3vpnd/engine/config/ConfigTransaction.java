package org.l3vpnd.engine.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A set of edits to the running configuration, made on any thread and applied by
 * {@link ConfigService#commit} all at once or not at all. Not thread-safe: one owner at a time
 * (one SNMP request, one web request, one configuration file load).
 */
public final class ConfigTransaction {

    private final RunningConfig base;
    private final Map<ItemKey, ConfigItem> edits = new LinkedHashMap<>();
    private RunningConfig candidate;

    ConfigTransaction(RunningConfig base) {
        this.base = base;
    }

    public ConfigTransaction put(ConfigItem item) {
        edits.put(item.key(), item);
        candidate = null;
        return this;
    }

    public ConfigTransaction remove(ItemKey key) {
        edits.put(key, null);
        candidate = null;
        return this;
    }

    /**
     * The configuration as it would be after this transaction on {@code current}: the cached
     * {@link #candidate()} while nothing was committed since {@code begin}, so validating and
     * committing one transaction copies the changed kinds once, not once per step.
     */
    RunningConfig candidateOn(RunningConfig current) {
        return current == base ? candidate() : current.with(edits);
    }

    /** The configuration as it would be after this transaction, on the base it was started from. */
    public RunningConfig candidate() {
        if (candidate == null) {
            candidate = base.with(edits);
        }
        return candidate;
    }

    /** The item as this transaction would leave it. */
    public <T extends ConfigItem> Optional<T> get(Class<T> kind, String id) {
        return candidate().get(kind, id);
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    Map<ItemKey, ConfigItem> edits() {
        return edits;
    }
}
