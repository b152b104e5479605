package org.l3vpnd.engine.config;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An immutable snapshot of the whole configuration. Readers on any thread hold a snapshot and see
 * a consistent configuration; a commit builds a new snapshot that shares every untouched kind.
 */
public final class RunningConfig {

    public static final RunningConfig EMPTY = new RunningConfig(Map.of());

    private final Map<Class<? extends ConfigItem>, NavigableMap<String, ConfigItem>> byKind;

    private RunningConfig(Map<Class<? extends ConfigItem>, NavigableMap<String, ConfigItem>> byKind) {
        this.byKind = byKind;
    }

    public Optional<ConfigItem> get(ItemKey key) {
        NavigableMap<String, ConfigItem> m = byKind.get(key.kind());
        return Optional.ofNullable(m == null ? null : m.get(key.id()));
    }

    public <T extends ConfigItem> Optional<T> get(Class<T> kind, String id) {
        NavigableMap<String, ConfigItem> m = byKind.get(kind);
        return Optional.ofNullable(m == null ? null : kind.cast(m.get(id)));
    }

    /** All items of one kind, ordered by id. */
    @SuppressWarnings("unchecked")
    public <T extends ConfigItem> Collection<T> all(Class<T> kind) {
        NavigableMap<String, ConfigItem> m = byKind.get(kind);
        return m == null ? Collections.emptyList() : (Collection<T>) Collections.unmodifiableCollection(m.values());
    }

    /** The items of one kind whose ids start with {@code prefix}, ordered by id. */
    @SuppressWarnings("unchecked")
    public <T extends ConfigItem> Collection<T> withIdPrefix(Class<T> kind, String prefix) {
        NavigableMap<String, ConfigItem> m = byKind.get(kind);
        if (m == null) {
            return Collections.emptyList();
        }
        return (Collection<T>) Collections.unmodifiableCollection(
                m.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values());
    }

    public String setting(String name, String defaultValue) {
        return get(Setting.class, name).map(Setting::value).orElse(defaultValue);
    }

    public Collection<Class<? extends ConfigItem>> kinds() {
        return Collections.unmodifiableSet(byKind.keySet());
    }

    /** Returns a snapshot with the given edits applied; {@code null} values remove the key. */
    public RunningConfig with(Map<ItemKey, ConfigItem> edits) {
        if (edits.isEmpty()) {
            return this;
        }
        Map<Class<? extends ConfigItem>, NavigableMap<String, ConfigItem>> next = new HashMap<>(byKind);
        Map<Class<? extends ConfigItem>, NavigableMap<String, ConfigItem>> copied = new HashMap<>();
        for (Map.Entry<ItemKey, ConfigItem> e : edits.entrySet()) {
            Class<? extends ConfigItem> kind = e.getKey().kind();
            NavigableMap<String, ConfigItem> m = copied.computeIfAbsent(kind, k -> {
                NavigableMap<String, ConfigItem> old = byKind.get(k);
                return old == null ? new TreeMap<>() : new TreeMap<>(old);
            });
            if (e.getValue() == null) {
                m.remove(e.getKey().id());
            } else {
                m.put(e.getKey().id(), e.getValue());
            }
        }
        for (Map.Entry<Class<? extends ConfigItem>, NavigableMap<String, ConfigItem>> e : copied.entrySet()) {
            if (e.getValue().isEmpty()) {
                next.remove(e.getKey());
            } else {
                next.put(e.getKey(), Collections.unmodifiableNavigableMap(e.getValue()));
            }
        }
        return new RunningConfig(Map.copyOf(next));
    }

    public static RunningConfig of(Collection<? extends ConfigItem> items) {
        Map<ItemKey, ConfigItem> edits = new HashMap<>();
        for (ConfigItem i : items) {
            edits.put(i.key(), i);
        }
        return EMPTY.with(edits);
    }
}
