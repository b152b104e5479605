package org.l3vpnd.engine.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The one way configuration changes: transactions are validated as a whole, made durable in the
 * {@link ConfigStore}, then swapped in and announced to listeners. Thread-safe; commits are
 * serialized, readers never block.
 */
public final class ConfigService {

    private final ConfigStore store;
    private final List<ConfigValidator> validators = new CopyOnWriteArrayList<>();
    private final List<Consumer<ConfigDelta>> listeners = new CopyOnWriteArrayList<>();
    private volatile RunningConfig running;

    public ConfigService(ConfigStore store, RunningConfig initial) {
        this.store = Objects.requireNonNull(store, "store");
        this.running = Objects.requireNonNull(initial, "initial");
    }

    public RunningConfig running() {
        return running;
    }

    public void addValidator(ConfigValidator validator) {
        validators.add(validator);
    }

    /** Listeners run on the committing thread, after the swap; they should hand work off quickly. */
    public void addListener(Consumer<ConfigDelta> listener) {
        listeners.add(listener);
    }

    public ConfigTransaction begin() {
        return new ConfigTransaction(running);
    }

    /** Validates the transaction as if it were committed now. */
    public List<ConfigError> validate(ConfigTransaction tx) {
        RunningConfig current = running;
        return check(current, tx.candidateOn(current));
    }

    /**
     * Applies the transaction on the current configuration (edits are puts and removes, so they
     * rebase onto commits made since {@link #begin()}), validates, persists and swaps.
     *
     * @return what changed; empty when the transaction changed nothing
     */
    public synchronized ConfigDelta commit(ConfigTransaction tx) throws ConfigException {
        RunningConfig before = running;
        RunningConfig after = tx.candidateOn(before);
        List<ConfigError> errors = check(before, after);
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
        List<ConfigChange> changes = new ArrayList<>();
        for (Map.Entry<ItemKey, ConfigItem> e : tx.edits().entrySet()) {
            ConfigItem old = before.get(e.getKey()).orElse(null);
            if (!Objects.equals(old, e.getValue())) {
                changes.add(new ConfigChange(e.getKey(), old, e.getValue()));
            }
        }
        changes.sort((a, b) -> a.key().compareTo(b.key()));
        ConfigDelta delta = new ConfigDelta(before, after, changes);
        if (delta.isEmpty()) {
            return delta;
        }
        store.persist(delta);
        running = after;
        for (Consumer<ConfigDelta> l : listeners) {
            l.accept(delta);
        }
        return delta;
    }

    private List<ConfigError> check(RunningConfig before, RunningConfig candidate) {
        List<ConfigError> errors = new ArrayList<>();
        for (ConfigValidator v : validators) {
            errors.addAll(v.validate(before, candidate));
        }
        return errors;
    }
}
