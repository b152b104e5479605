package org.l3vpnd.engine.config;

import java.util.Objects;

import org.l3vpnd.engine.net.RouteDistinguisher;

/**
 * A VPN routing and forwarding instance (RFC 4364 section 3), as an operator configures it
 * (one row of mplsL3VpnVrfTable).
 *
 * @param name          1 to 31 octets of UTF-8
 * @param vpnId         RFC 2685 VPN-ID, 7 octets, or empty when not set
 * @param rd            the route distinguisher, or {@code null} while not configured
 * @param midThreshold  route count that raises the mid-threshold notification; 0 = none
 * @param highThreshold route count that raises the high-threshold notification; 0 = none
 * @param maxRoutes     routes beyond this are dropped; 0 = no limit
 * @param adminStatus   1 up, 2 down, 3 testing (MIB values)
 */
public record Vrf(String name, byte[] vpnId, String description, RouteDistinguisher rd, long midThreshold,
                  long highThreshold, long maxRoutes, int adminStatus, boolean inService, StorageType storage)
        implements ConfigItem {

    public static final int ADMIN_UP = 1;
    public static final int ADMIN_DOWN = 2;
    public static final int ADMIN_TESTING = 3;

    public Vrf {
        Objects.requireNonNull(name, "name");
        vpnId = vpnId == null ? new byte[0] : vpnId.clone();
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(storage, "storage");
    }

    public static ItemKey keyOf(String name) {
        return new ItemKey(Vrf.class, name);
    }

    @Override
    public ItemKey key() {
        return keyOf(name);
    }

    @Override
    public byte[] vpnId() {
        return vpnId.clone();
    }

    public boolean adminUp() {
        return adminStatus == ADMIN_UP;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vrf v && name.equals(v.name) && java.util.Arrays.equals(vpnId, v.vpnId)
                && description.equals(v.description) && Objects.equals(rd, v.rd) && midThreshold == v.midThreshold
                && highThreshold == v.highThreshold && maxRoutes == v.maxRoutes && adminStatus == v.adminStatus
                && inService == v.inService && storage == v.storage;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, rd, adminStatus, inService);
    }
}
