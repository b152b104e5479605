package org.l3vpnd.engine.bgp.rib;

import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import org.l3vpnd.engine.config.ItemKey;
import org.l3vpnd.engine.loop.EngineLoop;
import org.l3vpnd.engine.net.AfiSafi;

/**
 * Per-peer route counts for readers off the engine loop. Counting walks every path, so it is done
 * on demand: a reader that finds the last count older than a second asks the loop for a new one
 * and waits a little for it; readers meanwhile get the previous count. Nothing is counted while
 * nobody asks, and a busy loop delays a management read by at most {@link #WAIT_MILLIS}.
 * Thread-safe.
 */
final class RouteCountBoard {
    static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(1);
    static final long WAIT_MILLIS = 250;

    private record Snapshot(long takenNanos, Map<ItemKey, Map<AfiSafi, FamilyRouteCounts>> counts) {
    }

    private final EngineLoop loop;
    private final Supplier<Map<ItemKey, Map<AfiSafi, FamilyRouteCounts>>> counter;
    private final AtomicBoolean counting = new AtomicBoolean();
    private volatile Snapshot snapshot;

    RouteCountBoard(EngineLoop loop, Supplier<Map<ItemKey, Map<AfiSafi, FamilyRouteCounts>>> counter) {
        this.loop = loop;
        this.counter = counter;
    }

    Map<AfiSafi, FamilyRouteCounts> get(ItemKey peer) {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.takenNanos() > MAX_AGE_NANOS) {
            s = recount(s);
        }
        return s == null ? Map.of() : s.counts().getOrDefault(peer, Map.of());
    }

    private Snapshot recount(Snapshot previous) {
        if (loop.inLoop()) {
            snapshot = new Snapshot(System.nanoTime(), counter.get());
            return snapshot;
        }
        if (!counting.compareAndSet(false, true)) {
            return previous;
        }
        CountDownLatch done = new CountDownLatch(1);
        try {
            loop.execute(() -> {
                try {
                    snapshot = new Snapshot(System.nanoTime(), counter.get());
                } finally {
                    counting.set(false);
                    done.countDown();
                }
            });
            done.await(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            counting.set(false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Snapshot now = snapshot;
        return now == null ? previous : now;
    }
}
