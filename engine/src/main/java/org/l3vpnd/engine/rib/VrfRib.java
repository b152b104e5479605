package org.l3vpnd.engine.rib;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The installed routes of one VRF, kept in mplsL3VpnVrfRteTable index order
 * ({@link Route#MANAGEMENT_ORDER}), so GETNEXT is one {@link #higher} or {@link #ceiling} lookup.
 *
 * <p>Threading: one writer, the engine loop (the first thread that writes becomes the writer, and
 * any other writer fails fast); any number of lock-free readers. Entries are immutable
 * {@link Route}s, so a reader sees either the old or the new route of a key, never a mix. The
 * counters are kept as routes come and go, never by walking the map: a reader may see them a
 * moment behind the map, but each is a value the table really had.
 */
public final class VrfRib {

    private final ConcurrentSkipListMap<Route, Route> routes = new ConcurrentSkipListMap<>(Route.MANAGEMENT_ORDER);
    private volatile int size;
    private volatile long added;
    private volatile long deleted;
    private Thread writer;

    /** The first route in index order, or {@code null} when the table is empty. */
    public Route first() {
        Map.Entry<Route, Route> e = routes.firstEntry();
        return e == null ? null : e.getValue();
    }

    /** The route with the probe's key, or the next one in index order; {@code null} past the end. */
    public Route ceiling(Route probe) {
        Map.Entry<Route, Route> e = routes.ceilingEntry(probe);
        return e == null ? null : e.getValue();
    }

    /** The first route strictly after the probe's key (GETNEXT); {@code null} past the end. */
    public Route higher(Route probe) {
        Map.Entry<Route, Route> e = routes.higherEntry(probe);
        return e == null ? null : e.getValue();
    }

    /** The route with exactly the probe's key, or {@code null}. */
    public Route get(Route probe) {
        return routes.get(probe);
    }

    /** Installed routes (mplsL3VpnVrfPerfCurrNumRoutes). */
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Routes installed under a key that had none, since the RIB was made (mplsL3VpnVrfPerfRoutesAdded). */
    public long routesAdded() {
        return added;
    }

    /** Routes removed (mplsL3VpnVrfPerfRoutesDeleted). */
    public long routesDeleted() {
        return deleted;
    }

    /** A weakly consistent, read-only view in index order: it never fails, and may or may not show concurrent writes. */
    public Collection<Route> routes() {
        return Collections.unmodifiableCollection(routes.values());
    }

    /**
     * Installs the route, replacing any route with the same key. Engine loop only.
     *
     * @return whether anything visible changed: {@code false} when a route with the same content
     *         was there already (its update time is kept, so the age column keeps counting)
     */
    public boolean add(Route route) {
        checkWriter();
        Route old = routes.get(route);
        if (old != null && old.sameContent(route)) {
            return false;
        }
        routes.put(route, route);
        if (old == null) {
            added = added + 1;
            size = size + 1;
        }
        return true;
    }

    /** Removes the route with the probe's key. Engine loop only. @return whether there was one */
    public boolean remove(Route probe) {
        return removeAndGet(probe) != null;
    }

    /** Removes the route with the probe's key and returns it, or {@code null}. Engine loop only. */
    public Route removeAndGet(Route probe) {
        checkWriter();
        Route old = routes.remove(probe);
        if (old != null) {
            deleted = deleted + 1;
            size = size - 1;
        }
        return old;
    }

    /** Removes every route, counting each as deleted. Engine loop only. @return how many */
    public int clear() {
        checkWriter();
        int n = 0;
        Map.Entry<Route, Route> e;
        while ((e = routes.pollFirstEntry()) != null) {
            deleted = deleted + 1;
            size = size - 1;
            n++;
        }
        return n;
    }

    private void checkWriter() {
        Thread current = Thread.currentThread();
        if (writer != current) {
            if (writer != null) {
                throw new IllegalStateException("VrfRib has one writer, " + writer.getName()
                        + "; written from " + current.getName());
            }
            writer = current;
        }
    }

    @Override
    public String toString() {
        return "VrfRib[" + size + " routes]";
    }
}
