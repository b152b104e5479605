package org.l3vpnd.engine.vrf;

import org.l3vpnd.engine.rib.Route;

/**
 * Hears every change of the routes installed in a VRF's RIB, on the engine loop, right after it
 * happened: an install ({@code before} null), a removal ({@code after} null), or a replacement of
 * the route under one key by another source's ({@code before} and {@code after} share the key).
 * Routes of every protocol are reported, BGP imports included.
 */
public interface VrfRouteListener {
    void routeChanged(String vrf, Route before, Route after);
}
