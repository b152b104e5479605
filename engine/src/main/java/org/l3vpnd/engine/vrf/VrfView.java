package org.l3vpnd.engine.vrf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * A read-only view of VRF live state for management threads. Thread-safe and lock-free; never
 * touches the engine loop.
 */
public interface VrfView {

    /**
     * The order of VRF names as a non-IMPLIED OCTET STRING index orders them: UTF-8 length first,
     * then the octets unsigned ("zz" before "aaa"). For management tables; {@link #all()} is not in it.
     */
    Comparator<String> INDEX_ORDER = (a, b) -> {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        int c = Integer.compare(x.length, y.length);
        return c != 0 ? c : Arrays.compareUnsigned(x, y);
    };

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
