package org.l3vpnd.engine.vpn;

import org.l3vpnd.engine.rib.Route;

/**
 * Where the connector learns the routes of each VRF that it may export: connected, static and
 * other non-BGP routes installed in the VRF's RIB. BGP routes are not reported, because the
 * connector sees those (CE-learned and imported alike) in the BGP RIB's VRF tables already.
 */
public interface VrfRouteSource {
    /**
     * Starts reporting to {@code listener}, on the engine loop: every current route as added, then
     * every change. Called once.
     */
    void start(Listener listener);

    /** Route events of one VRF. A route whose key is already known replaces it. */
    interface Listener {
        void routeAdded(String vrf, Route route);

        void routeRemoved(String vrf, Route route);
    }
}
