package org.l3vpnd.engine.vrf;

import java.util.Collection;
import java.util.Optional;

/**
 * A read-only view of VRF live state for management threads. Thread-safe and lock-free; never
 * touches the engine loop.
 */
public interface VrfView {

    /** The VRF of that name, if it is configured (in service or not). */
    Optional<VrfStatus> vrf(String name);

    /** Every configured VRF, sorted by name as Java compares strings (not in SNMP index order). */
    Collection<VrfStatus> all();

    /** mplsL3VpnConfiguredVrfs. */
    int configuredVrfs();

    /** mplsL3VpnActiveVrfs: VRFs whose operational status is up. */
    int activeVrfs();

    /** mplsL3VpnConnectedInterfaces: interfaces bound (by an in-service binding) to any VRF. */
    int connectedInterfaces();
}
