package org.l3vpnd.engine.bgp.rib;

import org.l3vpnd.engine.net.AfiSafi;

/**
 * Hears every change of a destination's best path in any Loc-RIB table. Called on the engine loop
 * right after the table changed, after the Adj-RIBs-Out were told; the listener may change other
 * tables from inside the call (the VPN connector imports and exports that way).
 */
@FunctionalInterface
public interface LocRibListener {
    /**
     * @param instance "" for the provider tables, else the VRF whose CE table changed
     * @param oldBest  the previous best path, or null
     * @param newBest  the new best path, or null when no usable path is left
     */
    void bestChanged(String instance, AfiSafi family, RouteKey key, Path oldBest, Path newBest);
}
