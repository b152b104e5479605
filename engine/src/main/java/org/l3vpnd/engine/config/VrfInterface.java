package org.l3vpnd.engine.config;

import java.util.Arrays;
import java.util.Objects;

/**
 * An interface bound to a VRF (one row of mplsL3VpnIfConfTable). An interface is bound to at most
 * one VRF.
 *
 * @param classification      carrierOfCarrier(1), enterprise(2), interProvider(3)
 * @param routeDistProtocols  the BITS octets of mplsL3VpnIfVpnRouteDistProtocol (none(0) .. other(6))
 */
public record VrfInterface(String vrf, int ifIndex, int classification, byte[] routeDistProtocols,
                           boolean inService, StorageType storage) implements ConfigItem {

    public VrfInterface {
        Objects.requireNonNull(vrf, "vrf");
        routeDistProtocols = routeDistProtocols == null ? new byte[0] : routeDistProtocols.clone();
        Objects.requireNonNull(storage, "storage");
    }

    public static ItemKey keyOf(String vrf, int ifIndex) {
        return new ItemKey(VrfInterface.class, ItemKey.join(vrf, String.format("%010d", ifIndex)));
    }

    public static String vrfPrefix(String vrf) {
        return vrf + '\u0000';
    }

    @Override
    public ItemKey key() {
        return keyOf(vrf, ifIndex);
    }

    @Override
    public byte[] routeDistProtocols() {
        return routeDistProtocols.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VrfInterface v && vrf.equals(v.vrf) && ifIndex == v.ifIndex
                && classification == v.classification && Arrays.equals(routeDistProtocols, v.routeDistProtocols)
                && inService == v.inService && storage == v.storage;
    }

    @Override
    public int hashCode() {
        return Objects.hash(vrf, ifIndex);
    }
}
