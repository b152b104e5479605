package org.l3vpnd.engine.config;

import java.util.Arrays;
import java.util.Objects;

import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;

/**
 * An operator-configured route of a VRF (a row of mplsL3VpnVrfRteTable created by management).
 * The index fields (destination, policy, next hop) identify it, as in inetCidrRouteTable.
 *
 * @param policy    the opaque policy OID's sub-identifiers; {0, 0} by default
 * @param nextHop   {@code null} for routes without a next hop (local, reject, blackhole)
 * @param ifIndex   outgoing interface, 0 if none
 * @param type      other(1), reject(2), local(3), remote(4), blackhole(5)
 * @param metrics   metric1..metric5, -1 = unused
 * @param xcPointer mplsXCIndex of the label stack, or the single octet 0 for none
 */
public record StaticRoute(String vrf, IpPrefix destination, int[] policy, IpAddress nextHop, int ifIndex, int type,
                          long nextHopAs, int[] metrics, byte[] xcPointer, boolean inService, StorageType storage)
        implements ConfigItem {

    public static final int TYPE_OTHER = 1;
    public static final int TYPE_REJECT = 2;
    public static final int TYPE_LOCAL = 3;
    public static final int TYPE_REMOTE = 4;
    public static final int TYPE_BLACKHOLE = 5;

    public StaticRoute {
        Objects.requireNonNull(vrf, "vrf");
        Objects.requireNonNull(destination, "destination");
        policy = policy == null ? new int[] {0, 0} : policy.clone();
        metrics = metrics == null ? new int[] {-1, -1, -1, -1, -1} : metrics.clone();
        if (metrics.length != 5) {
            throw new IllegalArgumentException("five metrics");
        }
        xcPointer = xcPointer == null ? new byte[] {0} : xcPointer.clone();
        Objects.requireNonNull(storage, "storage");
    }

    public static ItemKey keyOf(String vrf, IpPrefix destination, int[] policy, IpAddress nextHop) {
        return new ItemKey(StaticRoute.class, ItemKey.join(vrf, destination,
                Arrays.toString(policy), nextHop == null ? "-" : nextHop.toString()));
    }

    public static String vrfPrefix(String vrf) {
        return vrf + '\u0000';
    }

    @Override
    public ItemKey key() {
        return keyOf(vrf, destination, policy, nextHop);
    }

    @Override
    public int[] policy() {
        return policy.clone();
    }

    @Override
    public int[] metrics() {
        return metrics.clone();
    }

    @Override
    public byte[] xcPointer() {
        return xcPointer.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StaticRoute r && vrf.equals(r.vrf) && destination.equals(r.destination)
                && Arrays.equals(policy, r.policy) && Objects.equals(nextHop, r.nextHop) && ifIndex == r.ifIndex
                && type == r.type && nextHopAs == r.nextHopAs && Arrays.equals(metrics, r.metrics)
                && Arrays.equals(xcPointer, r.xcPointer) && inService == r.inService && storage == r.storage;
    }

    @Override
    public int hashCode() {
        return Objects.hash(vrf, destination, Arrays.hashCode(policy), nextHop);
    }
}
