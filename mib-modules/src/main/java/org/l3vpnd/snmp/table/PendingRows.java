package org.l3vpnd.snmp.table;

import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Rows created with createAndWait that still lack a mandatory column (RowStatus notReady). They
 * cannot be configuration items yet, so they live here: in memory only (a restart forgets them,
 * as volatile rows), bounded in number, and dropped after {@link #MAX_AGE_NANOS} without a
 * change, as RFC 2579 lets an agent do with rows left notReady. Thread-safe.
 *
 * @param <K> index key
 */
final class PendingRows<K> {

    /** RFC 2579 suggests reclaiming abandoned rows after a few minutes. */
    static final long MAX_AGE_NANOS = TimeUnit.MINUTES.toNanos(5);

    private record Entry(RowValues values, long touchedNanos) {
    }

    private final TreeMap<K, Entry> rows;
    private final int capacity;
    private final LongSupplier nanoTime;
    /** Read without the lock: walks of tables without pending rows (nearly always) pay nothing. */
    private volatile boolean empty = true;

    PendingRows(Comparator<K> order, int capacity, LongSupplier nanoTime) {
        this.rows = new TreeMap<>(order);
        this.capacity = capacity;
        this.nanoTime = nanoTime;
    }

    /** A copy of the row's values, or {@code null}. */
    synchronized RowValues get(K key) {
        expire();
        Entry e = rows.get(key);
        return e == null ? null : new RowValues(e.values);
    }

    /** The first key at or after ({@code inclusive}) or after {@code key}; {@code null} key = first. */
    K ceilingKey(K key, boolean inclusive) {
        return empty ? null : lockedCeilingKey(key, inclusive);
    }

    private synchronized K lockedCeilingKey(K key, boolean inclusive) {
        expire();
        if (key == null) {
            return rows.isEmpty() ? null : rows.firstKey();
        }
        return inclusive ? rows.ceilingKey(key) : rows.higherKey(key);
    }

    /** Whether one more row fits. */
    synchronized boolean hasRoom() {
        expire();
        return rows.size() < capacity;
    }

    synchronized void put(K key, RowValues values) {
        rows.put(key, new Entry(new RowValues(values), nanoTime.getAsLong()));
        empty = false;
    }

    synchronized void remove(K key) {
        rows.remove(key);
        empty = rows.isEmpty();
    }

    private void expire() {
        long now = nanoTime.getAsLong();
        for (Iterator<Map.Entry<K, Entry>> it = rows.entrySet().iterator(); it.hasNext(); ) {
            if (now - it.next().getValue().touchedNanos > MAX_AGE_NANOS) {
                it.remove();
            }
        }
        empty = rows.isEmpty();
    }
}
