package org.l3vpnd.engine.vrf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

import org.l3vpnd.engine.rib.Route;
import org.l3vpnd.engine.rib.VrfRib;

/**
 * Decides which routes of one VRF enter its RIB. Engine loop only.
 *
 * <p>Every source (a connected interface, the static configuration, a routing protocol) offers
 * <em>candidates</em>; per key the most preferred one is installed: connected before static before
 * protocol routes, then the lower ifIndex. While the VRF is disabled nothing is installed, but the
 * candidates are kept, so enabling it needs no rebuild. A candidate that finds the VRF at its
 * route limit is counted as dropped once and parked; it is installed, in index order, as soon as
 * the count falls under the limit. Lowering the limit does not evict installed routes.
 */
final class VrfRoutes {

    /** Hears about installs, removals and drops, to count them and raise threshold events. */
    interface Listener {
        void countChanged(boolean grew);

        void dropped();

        /** The RIB changed under one key, as {@link VrfRouteListener#routeChanged} tells it. */
        void routeChanged(Route before, Route after);
    }

    private final VrfRib rib;
    private final Listener listener;
    private final TreeMap<Route, Route[]> candidates = new TreeMap<>(Route.MANAGEMENT_ORDER);
    private final TreeSet<Route> parked = new TreeSet<>(Route.MANAGEMENT_ORDER);
    private boolean enabled;
    private long maxRoutes;
    /** While set, installs are not reported one by one. */
    private boolean quiet;

    VrfRoutes(VrfRib rib, Listener listener) {
        this.rib = rib;
        this.listener = listener;
    }

    /** Adds or replaces the candidate of the route's source (its protocol, and ifIndex for connected routes). */
    void offer(Route route) {
        Route[] list = candidates.get(route);
        if (list == null) {
            candidates.put(route, new Route[] {route});
        } else {
            int i = indexOfSource(list, route.protocol(), route.ifIndex());
            Route[] next;
            if (i >= 0) {
                next = list.clone();
                next[i] = route;
            } else {
                next = Arrays.copyOf(list, list.length + 1);
                next[list.length] = route;
            }
            Arrays.sort(next, VrfRoutes::preference);
            candidates.put(route, next);
        }
        reconcile(route);
    }

    /** Withdraws the candidate of one source; {@code ifIndex} matters for connected routes only. */
    void withdraw(Route probe, int protocol, int ifIndex) {
        Route[] list = candidates.get(probe);
        if (list == null) {
            return;
        }
        int i = indexOfSource(list, protocol, ifIndex);
        if (i < 0) {
            return;
        }
        if (list.length == 1) {
            candidates.remove(probe);
        } else {
            Route[] next = new Route[list.length - 1];
            System.arraycopy(list, 0, next, 0, i);
            System.arraycopy(list, i + 1, next, i, list.length - i - 1);
            candidates.put(probe, next);
        }
        reconcile(probe);
    }

    void enable(boolean on) {
        if (on == enabled) {
            return;
        }
        enabled = on;
        if (on) {
            // One count report for the whole refill, not one threshold evaluation per route.
            int before = rib.size();
            quiet = true;
            try {
                for (Route key : candidates.keySet()) {
                    reconcile(key);
                }
            } finally {
                quiet = false;
            }
            if (rib.size() != before) {
                listener.countChanged(rib.size() > before);
            }
        } else {
            parked.clear();
            List<Route> removed = new ArrayList<>(rib.routes());
            if (rib.clear() > 0) {
                listener.countChanged(false);
            }
            for (Route r : removed) {
                listener.routeChanged(r, null);
            }
        }
    }

    void maxRoutes(long max) {
        this.maxRoutes = max;
        if (fillFromParked() > 0) {
            listener.countChanged(true);
        }
    }

    private void reconcile(Route key) {
        if (!enabled) {
            return;
        }
        Route[] list = candidates.get(key);
        Route winner = list == null ? null : list[0];
        Route installed = rib.get(key);
        if (winner == null) {
            parked.remove(key);
            if (installed != null) {
                rib.remove(key);
                listener.routeChanged(installed, null);
                // Refill before telling: a removal that a parked route replaces leaves the count
                // where it was, and must not look like a fall below a threshold and a new rise.
                fillFromParked();
                listener.countChanged(false);
            }
            return;
        }
        if (installed != null) {
            // Same key: a replacement, the count stays; the same content is no change at all.
            if (rib.add(winner)) {
                listener.routeChanged(installed, winner);
            }
            return;
        }
        if (atLimit()) {
            if (parked.add(winner)) {
                listener.dropped();
            }
            return;
        }
        parked.remove(key);
        rib.add(winner);
        listener.routeChanged(null, winner);
        if (!quiet) {
            listener.countChanged(true);
        }
    }

    /** Installs parked routes, in index order, while there is room; the caller reports the count. */
    private int fillFromParked() {
        int installed = 0;
        while (enabled && !atLimit() && !parked.isEmpty()) {
            Route key = parked.pollFirst();
            Route[] list = candidates.get(key);
            if (list != null && rib.get(key) == null) {
                rib.add(list[0]);
                listener.routeChanged(null, list[0]);
                installed++;
            }
        }
        return installed;
    }

    private boolean atLimit() {
        return maxRoutes != 0 && rib.size() >= maxRoutes;
    }

    private static int indexOfSource(Route[] list, int protocol, int ifIndex) {
        for (int i = 0; i < list.length; i++) {
            Route r = list[i];
            if (r.protocol() == protocol && (protocol != Route.PROTO_LOCAL || r.ifIndex() == ifIndex)) {
                return i;
            }
        }
        return -1;
    }

    /** Connected, then static, then other protocols by code; then the lower ifIndex. */
    private static int preference(Route a, Route b) {
        int c = Integer.compare(Route.preferenceRank(a.protocol()), Route.preferenceRank(b.protocol()));
        return c != 0 ? c : Integer.compare(a.ifIndex(), b.ifIndex());
    }
}
