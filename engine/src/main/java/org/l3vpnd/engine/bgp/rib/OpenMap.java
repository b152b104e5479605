package org.l3vpnd.engine.bgp.rib;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A hash map with open addressing and linear probing: keys and values in two parallel arrays, no
 * entry objects. At the RIB's scale that saves the 32-byte node {@link java.util.HashMap} spends
 * per entry, a third of what a VPN route costs. Keys must hash well ({@link RouteKey} does).
 *
 * <p>Removal shifts the following run back (Knuth's algorithm R), so there are no tombstones and
 * lookups never slow down with churn. Not thread-safe (engine loop only); no iterators: callers
 * take a {@link #keys()} snapshot when they must modify while walking.
 */
final class OpenMap<K, V> {
    private static final int MIN_CAPACITY = 16;

    private Object[] keys;
    private Object[] values;
    private int size;
    private int threshold;

    OpenMap() {
        allocate(MIN_CAPACITY);
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    @SuppressWarnings("unchecked")
    V get(K key) {
        int i = find(key);
        return i < 0 ? null : (V) values[i];
    }

    boolean containsKey(K key) {
        return find(key) >= 0;
    }

    /** Maps {@code key} to the non-null {@code value}; returns the previous value or null. */
    @SuppressWarnings("unchecked")
    V put(K key, V value) {
        Objects.requireNonNull(value, "value");
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != null) {
            if (keys[i].equals(key)) {
                V old = (V) values[i];
                values[i] = value;
                return old;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        if (++size > threshold) {
            resize(keys.length * 2);
        }
        return null;
    }

    /** Removes the entry of {@code key}; returns its value or null. */
    @SuppressWarnings("unchecked")
    V remove(K key) {
        int i = find(key);
        if (i < 0) {
            return null;
        }
        V old = (V) values[i];
        deleteAt(i);
        size--;
        if (size < threshold / 8 && keys.length > MIN_CAPACITY) {
            resize(keys.length / 2);
        }
        return old;
    }

    void clear() {
        allocate(MIN_CAPACITY);
        size = 0;
    }

    /** The keys at this moment, in table order. */
    Object[] keys() {
        Object[] out = new Object[size];
        int n = 0;
        for (Object k : keys) {
            if (k != null) {
                out[n++] = k;
            }
        }
        return out;
    }

    /** Visits every entry; {@code action} must not modify this map. */
    @SuppressWarnings("unchecked")
    void forEach(BiConsumer<? super K, ? super V> action) {
        Object[] ks = keys;
        Object[] vs = values;
        for (int i = 0; i < ks.length; i++) {
            if (ks[i] != null) {
                action.accept((K) ks[i], (V) vs[i]);
            }
        }
        if (ks != keys) {
            throw new IllegalStateException("OpenMap modified during forEach");
        }
    }

    private int find(Object key) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != null) {
            if (keys[i].equals(key)) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    private static int slot(Object key, int mask) {
        int h = key.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }

    /** Empties slot {@code i} and moves back any later entry of the run that the gap would hide. */
    private void deleteAt(int i) {
        int mask = keys.length - 1;
        int gap = i;
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            Object k = keys[j];
            if (k == null) {
                break;
            }
            int home = slot(k, mask);
            // Move k into the gap unless its home lies cyclically in (gap, j].
            boolean homeBetween = gap <= j ? gap < home && home <= j : gap < home || home <= j;
            if (!homeBetween) {
                keys[gap] = k;
                values[gap] = values[j];
                gap = j;
            }
        }
        keys[gap] = null;
        values[gap] = null;
    }

    private void allocate(int capacity) {
        keys = new Object[capacity];
        values = new Object[capacity];
        threshold = capacity / 4 * 3;
    }

    @SuppressWarnings("unchecked")
    private void resize(int capacity) {
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        allocate(Math.max(MIN_CAPACITY, capacity));
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = slot(oldKeys[j], mask);
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    @Override
    public String toString() {
        return "OpenMap[size=" + size + " capacity=" + keys.length + "]";
    }

    /** For tests: whether every key is reachable from its home slot. */
    boolean consistent() {
        for (Object k : keys) {
            if (k != null && find(k) < 0) {
                return false;
            }
        }
        return Arrays.stream(keys).filter(Objects::nonNull).count() == size;
    }
}
