package org.l3vpnd.engine.rib;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;

/**
 * One route of a VRF, as a row of mplsL3VpnVrfRteTable shows it. Immutable, thread-safe.
 *
 * <p>Compact on purpose, as a RIB holds one per route: the protocol and type sit in bytes, and the
 * policy, metrics and cross-connect pointer of the common case share one array each (a route built
 * with {0 0}, five unused metrics or the single octet 0 gets the shared array, never a copy). The
 * arrays never leave the object: accessors copy, and the indexed accessors read without allocating.
 *
 * <p>The key of a route within its VRF is (prefix, policy, next hop); {@link #MANAGEMENT_ORDER}
 * sorts keys exactly as the table's instance OIDs sort. A <em>probe</em> is a key-only route for
 * lookups; its other fields mean nothing.
 */
public sealed class Route permits Route.RawProbe {

    /** IANAipRouteProtocol values the engine produces. */
    public static final int PROTO_OTHER = 1;
    public static final int PROTO_LOCAL = 2;
    public static final int PROTO_NETMGMT = 3;
    public static final int PROTO_BGP = 14;

    /**
     * How a VRF prefers sources of one prefix, lower first: connected, then static, then other
     * protocols by code. The VRF's RIB and its VPN export both go by it.
     */
    public static int preferenceRank(int protocol) {
        return switch (protocol) {
            case PROTO_LOCAL -> 0;
            case PROTO_NETMGMT -> 1;
            default -> 2 + protocol;
        };
    }

    /** mplsL3VpnVrfRteInetCidrType values. */
    public static final int TYPE_OTHER = 1;
    public static final int TYPE_REJECT = 2;
    public static final int TYPE_LOCAL = 3;
    public static final int TYPE_REMOTE = 4;
    public static final int TYPE_BLACKHOLE = 5;

    /** InetAddressType values of the next hop index column. */
    public static final int NEXT_HOP_NONE = 0;
    public static final int NEXT_HOP_IPV4 = 1;
    public static final int NEXT_HOP_IPV6 = 2;

    /** The longest policy OID we keep: an OID has at most 128 sub-identifiers. */
    public static final int MAX_POLICY_LENGTH = 128;

    private static final int[] DEFAULT_POLICY = {0, 0};
    private static final int[] NO_METRICS = {-1, -1, -1, -1, -1};
    private static final byte[] NO_XC_POINTER = {0};

    /**
     * The order of mplsL3VpnVrfRteTable rows within one VRF: destination type (IPv4 first),
     * destination octets, prefix length, policy as a length-prefixed OID (length, then sub-ids as
     * unsigned 32-bit), next-hop type (none, IPv4, IPv6), next-hop octets. Every index component
     * either has a fixed width given by an earlier component or carries its length, so comparing
     * component by component equals comparing the encoded OIDs.
     */
    public static final Comparator<Route> MANAGEMENT_ORDER = Route::compareKeys;

    private final IpPrefix prefix;
    private final int[] policy;
    private final IpAddress nextHop;
    private final byte protocol;
    private final byte type;
    private final int ifIndex;
    private final long nextHopAs;
    private final int[] metrics;
    private final byte[] xcPointer;
    private final long updatedAtMillis;

    /**
     * @param policy    policy OID sub-ids (unsigned 32-bit in an int); {@code null} for {0 0}
     * @param nextHop   {@code null} for none
     * @param protocol  IANAipRouteProtocol, 1..255
     * @param type      other(1), reject(2), local(3), remote(4), blackhole(5)
     * @param ifIndex   0 for none
     * @param nextHopAs 0 when unknown, else an unsigned 32-bit AS number
     * @param metrics   five metrics, -1 = unused; {@code null} for all unused
     * @param xcPointer an mplsXCIndex (1..24 octets); {@code null} or {0} for none
     */
    public Route(IpPrefix prefix, int[] policy, IpAddress nextHop, int protocol, int type, int ifIndex,
                 long nextHopAs, int[] metrics, byte[] xcPointer, long updatedAtMillis) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.policy = canonicalPolicy(policy);
        this.nextHop = nextHop;
        if (protocol < 1 || protocol > 255) {
            throw new IllegalArgumentException("route protocol " + protocol + " is not an IANAipRouteProtocol value");
        }
        if (type < TYPE_OTHER || type > TYPE_BLACKHOLE) {
            throw new IllegalArgumentException("route type " + type + " is not 1..5");
        }
        if (ifIndex < 0) {
            throw new IllegalArgumentException("ifIndex " + ifIndex + " is negative");
        }
        if (nextHopAs < 0 || nextHopAs > 0xffffffffL) {
            throw new IllegalArgumentException("next-hop AS " + nextHopAs + " is not an unsigned 32-bit number");
        }
        this.protocol = (byte) protocol;
        this.type = (byte) type;
        this.ifIndex = ifIndex;
        this.nextHopAs = nextHopAs;
        this.metrics = canonicalMetrics(metrics);
        this.xcPointer = canonicalXcPointer(xcPointer);
        this.updatedAtMillis = updatedAtMillis;
    }

    /** For probes: key fields only, nothing checked beyond the policy. */
    private Route(IpPrefix prefix, int[] policy, IpAddress nextHop) {
        this.prefix = prefix;
        this.policy = canonicalPolicy(policy);
        this.nextHop = nextHop;
        this.protocol = 0;
        this.type = 0;
        this.ifIndex = 0;
        this.nextHopAs = 0;
        this.metrics = NO_METRICS;
        this.xcPointer = NO_XC_POINTER;
        this.updatedAtMillis = 0;
    }

    /** A connected route: the interface's subnet, no next hop, protocol local(2), type local(3). */
    public static Route connected(IpPrefix prefix, int ifIndex, long nowMillis) {
        return new Route(prefix, null, null, PROTO_LOCAL, TYPE_LOCAL, ifIndex, 0, null, null, nowMillis);
    }

    /** A key-only route for {@link VrfRib} lookups; {@code policy} {@code null} means {0 0}. */
    public static Route probe(IpPrefix prefix, int[] policy, IpAddress nextHop) {
        return new Route(Objects.requireNonNull(prefix, "prefix"), policy, nextHop);
    }

    /**
     * A key-only route whose destination may have host bits set and whose next-hop type may lie
     * beyond IPv6, for GETNEXT from an instance OID that names no real row: such a probe sorts
     * exactly where that OID sorts among real rows (for a truncated address, pad it with zeros).
     *
     * @param destination  any address; its family is the destination type
     * @param prefixLength 0..255, not checked against the family
     * @param nextHopType  0 none, 1 IPv4, 2 IPv6, or higher to sort after every real next hop
     * @param nextHop      of the family {@code nextHopType} names; {@code null} for 0 and above 2
     */
    public static Route probe(IpAddress destination, int prefixLength, int[] policy, int nextHopType,
                              IpAddress nextHop) {
        return new RawProbe(destination, prefixLength, policy, nextHopType, nextHop);
    }

    public IpPrefix prefix() {
        return prefix;
    }

    /** A copy of the policy OID's sub-identifiers. */
    public int[] policy() {
        return policy.clone();
    }

    public int policyLength() {
        return policy.length;
    }

    /** Sub-identifier {@code i} of the policy, an unsigned 32-bit value in an int. */
    public int policySubId(int i) {
        return policy[i];
    }

    public boolean defaultPolicy() {
        return policy == DEFAULT_POLICY;
    }

    /** {@code null} when the route has none. */
    public IpAddress nextHop() {
        return nextHop;
    }

    /** The next hop's InetAddressType: {@link #NEXT_HOP_NONE}, {@link #NEXT_HOP_IPV4} or {@link #NEXT_HOP_IPV6}. */
    public int nextHopType() {
        return nextHop == null ? NEXT_HOP_NONE : nextHop.isIpv6() ? NEXT_HOP_IPV6 : NEXT_HOP_IPV4;
    }

    public int protocol() {
        return protocol & 0xff;
    }

    public int type() {
        return type & 0xff;
    }

    public int ifIndex() {
        return ifIndex;
    }

    public long nextHopAs() {
        return nextHopAs;
    }

    /** Metric {@code n} (1..5); -1 = unused. */
    public int metric(int n) {
        return metrics[n - 1];
    }

    public int[] metrics() {
        return metrics.clone();
    }

    /** A copy of the mplsXCIndex; the single octet 0 when the route has no label stack. */
    public byte[] xcPointer() {
        return xcPointer.clone();
    }

    public boolean hasXcPointer() {
        return xcPointer != NO_XC_POINTER;
    }

    /** {@link org.l3vpnd.engine.loop.EngineClock} time of the last change; the age column counts from it. */
    public long updatedAtMillis() {
        return updatedAtMillis;
    }

    /** Whether both routes have the same key in {@link #MANAGEMENT_ORDER}. */
    public boolean sameKey(Route o) {
        return compareKeys(this, o) == 0;
    }

    /** Equal in every field but the update time: replacing one by the other changes nothing visible but the age. */
    public boolean sameContent(Route o) {
        return sameKey(o) && protocol == o.protocol && type == o.type && ifIndex == o.ifIndex
                && nextHopAs == o.nextHopAs && Arrays.equals(metrics, o.metrics)
                && Arrays.equals(xcPointer, o.xcPointer);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Route r && getClass() == r.getClass() && sameContent(r)
                && updatedAtMillis == r.updatedAtMillis;
    }

    @Override
    public int hashCode() {
        return Objects.hash(prefix, Arrays.hashCode(policy), nextHop);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Route[").append(prefix);
        if (!defaultPolicy()) {
            sb.append(" policy=").append(policyText(policy));
        }
        sb.append(" via ").append(nextHop == null ? "-" : nextHop.toString())
                .append(" proto=").append(protocol()).append(" type=").append(type());
        if (ifIndex != 0) {
            sb.append(" if=").append(ifIndex);
        }
        return sb.append(']').toString();
    }

    // --- the key, overridden by raw probes --------------------------------------------------

    boolean destIpv6() {
        return prefix.isIpv6();
    }

    long destHigh() {
        return prefix.high();
    }

    long destLow() {
        return prefix.low();
    }

    int destLength() {
        return prefix.length();
    }

    private static int compareKeys(Route a, Route b) {
        int c = Boolean.compare(a.destIpv6(), b.destIpv6());
        if (c != 0) {
            return c;
        }
        c = Long.compareUnsigned(a.destHigh(), b.destHigh());
        if (c != 0) {
            return c;
        }
        c = Long.compareUnsigned(a.destLow(), b.destLow());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.destLength(), b.destLength());
        if (c != 0) {
            return c;
        }
        c = comparePolicies(a.policy, b.policy);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.nextHopType(), b.nextHopType());
        if (c != 0 || a.nextHop == null || b.nextHop == null) {
            return c;
        }
        // Same type, so the same octet count: the address octets decide, unsigned.
        c = Long.compareUnsigned(a.nextHop.high(), b.nextHop.high());
        return c != 0 ? c : Long.compareUnsigned(a.nextHop.low(), b.nextHop.low());
    }

    private static int comparePolicies(int[] a, int[] b) {
        if (a == b) {
            return 0;
        }
        int c = Integer.compare(a.length, b.length);
        for (int i = 0; c == 0 && i < a.length; i++) {
            c = Integer.compareUnsigned(a[i], b[i]);
        }
        return c;
    }

    private static int[] canonicalPolicy(int[] policy) {
        if (policy == null || Arrays.equals(policy, DEFAULT_POLICY)) {
            return DEFAULT_POLICY;
        }
        if (policy.length > MAX_POLICY_LENGTH) {
            throw new IllegalArgumentException("policy OID has " + policy.length + " sub-identifiers, more than "
                    + MAX_POLICY_LENGTH);
        }
        return policy.clone();
    }

    private static int[] canonicalMetrics(int[] metrics) {
        if (metrics == null || Arrays.equals(metrics, NO_METRICS)) {
            return NO_METRICS;
        }
        if (metrics.length != 5) {
            throw new IllegalArgumentException("a route has five metrics, not " + metrics.length);
        }
        for (int m : metrics) {
            if (m < -1) {
                throw new IllegalArgumentException("metric " + m + " is neither -1 (unused) nor 0..2147483647");
            }
        }
        return metrics.clone();
    }

    private static byte[] canonicalXcPointer(byte[] xc) {
        if (xc == null || Arrays.equals(xc, NO_XC_POINTER)) {
            return NO_XC_POINTER;
        }
        if (xc.length < 1 || xc.length > 24) {
            throw new IllegalArgumentException("an MplsIndexType has 1..24 octets, not " + xc.length);
        }
        return xc.clone();
    }

    static String policyText(int[] policy) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < policy.length; i++) {
            sb.append(i == 0 ? "" : ".").append(Integer.toUnsignedString(policy[i]));
        }
        return sb.toString();
    }

    /** A lookup key that names no real route: see {@link #probe(IpAddress, int, int[], int, IpAddress)}. */
    static final class RawProbe extends Route {
        private final IpAddress destination;
        private final int length;
        private final int nextHopType;

        RawProbe(IpAddress destination, int prefixLength, int[] policy, int nextHopType, IpAddress nextHop) {
            super(null, policy, nextHop);
            if (nextHopType < 0) {
                throw new IllegalArgumentException("next-hop type " + nextHopType + " is negative");
            }
            boolean needsAddress = nextHopType == NEXT_HOP_IPV4 || nextHopType == NEXT_HOP_IPV6;
            if (needsAddress != (nextHop != null)
                    || (nextHop != null && nextHop.isIpv6() != (nextHopType == NEXT_HOP_IPV6))) {
                throw new IllegalArgumentException("next hop " + nextHop + " does not match next-hop type " + nextHopType);
            }
            this.destination = Objects.requireNonNull(destination, "destination");
            this.length = prefixLength;
            this.nextHopType = nextHopType;
        }

        @Override
        boolean destIpv6() {
            return destination.isIpv6();
        }

        @Override
        long destHigh() {
            return destination.high();
        }

        @Override
        long destLow() {
            return destination.low();
        }

        @Override
        int destLength() {
            return length;
        }

        @Override
        public int nextHopType() {
            return nextHopType;
        }

        @Override
        public String toString() {
            return "RouteProbe[" + destination + "/" + length + " nhType=" + nextHopType + "]";
        }
    }
}
