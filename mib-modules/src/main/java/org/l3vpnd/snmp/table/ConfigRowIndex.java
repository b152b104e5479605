package org.l3vpnd.snmp.table;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.StorageType;
import org.snmp4j.smi.Variable;

/**
 * Rows taken from the running configuration, sorted in index order once per configuration
 * snapshot: configuration changes are rare and reads are many, so a lookup is a binary search
 * over an array that is rebuilt only after a commit. Thread-safe.
 *
 * @param <K> index key
 * @param <R> row
 */
public final class ConfigRowIndex<K, R> {

    private record Snapshot(RunningConfig config, Object[] keys, Object[] rows) {
    }

    private final Supplier<RunningConfig> running;
    private final Function<RunningConfig, Collection<? extends R>> extract;
    private final Function<R, K> keyOf;
    private final Comparator<K> order;
    private volatile Snapshot snapshot;

    /**
     * @param running the current configuration (read on every lookup)
     * @param extract the rows of a configuration, in any order
     * @param keyOf   a row's key
     * @param order   key order (the index's OID order)
     */
    public ConfigRowIndex(Supplier<RunningConfig> running, Function<RunningConfig, Collection<? extends R>> extract,
                          Function<R, K> keyOf, Comparator<K> order) {
        this.running = running;
        this.extract = extract;
        this.keyOf = keyOf;
        this.order = order;
    }

    public R get(K key) {
        Snapshot s = current();
        int i = search(s, key);
        return i >= 0 ? row(s, i) : null;
    }

    /** The first row at or after ({@code inclusive}) or after {@code key}; {@code null} key = first. */
    public R ceiling(K key, boolean inclusive) {
        Snapshot s = current();
        int i;
        if (key == null) {
            i = 0;
        } else {
            i = search(s, key);
            i = i >= 0 ? (inclusive ? i : i + 1) : -i - 1;
        }
        return i < s.rows.length ? row(s, i) : null;
    }

    public int size() {
        return current().rows.length;
    }

    /** A row source over these rows, read-only and active, whose cells {@code cells} computes. */
    public RowSource<K, R> source(BiFunction<R, Integer, Variable> cells) {
        return source(cells, row -> true, row -> StorageType.READ_ONLY);
    }

    /** A row source over these rows with each row's RowStatus (active or not) and StorageType. */
    public RowSource<K, R> source(BiFunction<R, Integer, Variable> cells, Predicate<R> inService,
                                  Function<R, StorageType> storage) {
        return new RowSource<>() {
            @Override
            public R get(K key) {
                return ConfigRowIndex.this.get(key);
            }

            @Override
            public R ceiling(K key, boolean inclusive) {
                return ConfigRowIndex.this.ceiling(key, inclusive);
            }

            @Override
            public K key(R row) {
                return keyOf.apply(row);
            }

            @Override
            public Variable value(R row, int columnId) {
                return cells.apply(row, columnId);
            }

            @Override
            public boolean inService(R row) {
                return inService.test(row);
            }

            @Override
            public StorageType storage(R row) {
                return storage.apply(row);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private R row(Snapshot s, int i) {
        return (R) s.rows[i];
    }

    @SuppressWarnings("unchecked")
    private int search(Snapshot s, K key) {
        int lo = 0;
        int hi = s.keys.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = order.compare((K) s.keys[mid], key);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    @SuppressWarnings("unchecked")
    private Snapshot current() {
        RunningConfig config = running.get();
        Snapshot s = snapshot;
        if (s != null && s.config == config) {
            return s;
        }
        Object[] rows = extract.apply(config).toArray();
        Arrays.sort(rows, (a, b) -> order.compare(keyOf.apply((R) a), keyOf.apply((R) b)));
        Object[] keys = new Object[rows.length];
        for (int i = 0; i < rows.length; i++) {
            keys[i] = keyOf.apply((R) rows[i]);
        }
        s = new Snapshot(config, keys, rows);
        snapshot = s;
        return s;
    }
}
