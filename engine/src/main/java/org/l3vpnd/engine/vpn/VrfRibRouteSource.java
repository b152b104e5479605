package org.l3vpnd.engine.vpn;

import java.util.Objects;

import org.l3vpnd.engine.loop.EngineLoop;
import org.l3vpnd.engine.rib.Route;
import org.l3vpnd.engine.vrf.VrfManager;
import org.l3vpnd.engine.vrf.VrfRouteListener;
import org.l3vpnd.engine.vrf.VrfStatus;

/**
 * The non-BGP routes installed in the VRF RIBs, as the VRF manager reports their changes: work per
 * change, nothing per route kept here. A route replaced by a BGP route under the same key is
 * reported removed; BGP routes themselves the connector sees in the BGP RIB. Engine loop only.
 */
public final class VrfRibRouteSource implements VrfRouteSource {
    private final EngineLoop loop;
    private final VrfManager vrfs;
    private boolean started;

    public VrfRibRouteSource(EngineLoop loop, VrfManager vrfs) {
        this.loop = Objects.requireNonNull(loop, "loop");
        this.vrfs = Objects.requireNonNull(vrfs, "vrfs");
    }

    @Override
    public void start(Listener listener) {
        loop.checkInLoop();
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        Objects.requireNonNull(listener, "listener");
        vrfs.addRouteListener(new Adapter(listener));
        for (VrfStatus vrf : vrfs.all()) {
            for (Route r : vrf.rib().routes()) {
                if (exported(r)) {
                    listener.routeAdded(vrf.name(), r);
                }
            }
        }
    }

    private static boolean exported(Route r) {
        return r != null && r.protocol() != Route.PROTO_BGP;
    }

    private record Adapter(Listener listener) implements VrfRouteListener {
        @Override
        public void routeChanged(String vrf, Route before, Route after) {
            if (exported(after)) {
                listener.routeAdded(vrf, after);
            } else if (exported(before)) {
                listener.routeRemoved(vrf, before);
            }
        }
    }
}
