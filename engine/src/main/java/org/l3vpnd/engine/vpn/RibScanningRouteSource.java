package org.l3vpnd.engine.vpn;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.l3vpnd.engine.loop.EngineLoop;
import org.l3vpnd.engine.loop.ScheduledTask;
import org.l3vpnd.engine.rib.Route;
import org.l3vpnd.engine.vrf.VrfStatus;
import org.l3vpnd.engine.vrf.VrfView;

/**
 * A {@link VrfRouteSource} that compares each VRF's RIB with what it reported last time, on
 * {@link #rescan()} and, if started with a period, on a timer. A stopgap until the VRF manager
 * reports changes itself: a rescan walks every RIB, BGP routes included (skipped, but walked), so
 * it costs time proportional to all VRF routes and should be triggered rather than frequent. The
 * connector triggers one after each configuration commit; the lead should also trigger one on
 * interface changes. Engine loop only.
 */
public final class RibScanningRouteSource implements VrfRouteSource {
    private final EngineLoop loop;
    private final VrfView view;
    private final Duration period;
    private final Map<String, TreeMap<Route, Route>> reported = new HashMap<>();
    private Listener listener;
    private ScheduledTask timer;

    /** @param period time between rescans, or null for on-demand only */
    public RibScanningRouteSource(EngineLoop loop, VrfView view, Duration period) {
        this.loop = Objects.requireNonNull(loop, "loop");
        this.view = Objects.requireNonNull(view, "view");
        this.period = period;
    }

    @Override
    public void start(Listener l) {
        loop.checkInLoop();
        if (listener != null) {
            throw new IllegalStateException("already started");
        }
        listener = Objects.requireNonNull(l, "listener");
        rescan();
    }

    /** Reports what changed in every VRF since the last scan. */
    public void rescan() {
        loop.checkInLoop();
        if (listener == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (VrfStatus vrf : view.all()) {
            seen.add(vrf.name());
            scan(vrf);
        }
        for (Iterator<Map.Entry<String, TreeMap<Route, Route>>> it = reported.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, TreeMap<Route, Route>> e = it.next();
            if (!seen.contains(e.getKey())) {
                it.remove();
                e.getValue().values().forEach(r -> listener.routeRemoved(e.getKey(), r));
            }
        }
        if (period != null && (timer == null || !timer.pending())) {
            timer = loop.schedule(this::rescan, period);
        }
    }

    private void scan(VrfStatus vrf) {
        TreeMap<Route, Route> before = reported.computeIfAbsent(vrf.name(), k -> new TreeMap<>(Route.MANAGEMENT_ORDER));
        TreeMap<Route, Route> now = new TreeMap<>(Route.MANAGEMENT_ORDER);
        for (Route r : vrf.rib().routes()) {
            if (r.protocol() != Route.PROTO_BGP) {
                now.put(r, r);
            }
        }
        for (Route old : before.values()) {
            if (!now.containsKey(old)) {
                listener.routeRemoved(vrf.name(), old);
            }
        }
        for (Route r : now.values()) {
            Route old = before.get(r);
            if (old == null || !old.sameContent(r)) {
                listener.routeAdded(vrf.name(), r);
            }
        }
        reported.put(vrf.name(), now);
    }
}
