package org.l3vpnd.engine.bgp.rib;

import org.l3vpnd.engine.bgp.wire.Nlri;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.net.RouteDistinguisher;

/**
 * The key of a destination in one RIB table: a prefix, and for VPN families the route
 * distinguisher in front of it. Immutable, thread-safe.
 *
 * <p>Flat on purpose: the RD, the 128-bit address and the length live in this one object (40
 * bytes with compressed oops) instead of an {@link IpPrefix} plus an RD object, because a VPN
 * table holds one key per route and shares it between the Loc-RIB and every Adj-RIB-Out. The label
 * is not part of the key: RFC 8277 withdrawals do not name it.
 */
public final class RouteKey implements Comparable<RouteKey> {
    private static final byte IPV6 = 1;
    private static final byte HAS_RD = 2;

    private final long rd;
    private final long high;
    private final long low;
    private final byte length;
    private final byte kind;

    private RouteKey(long rd, long high, long low, int length, byte kind) {
        this.rd = rd;
        this.high = high;
        this.low = low;
        this.length = (byte) length;
        this.kind = kind;
    }

    /** The key of a unicast or labeled-unicast prefix. */
    public static RouteKey of(IpPrefix prefix) {
        return new RouteKey(0, prefix.high(), prefix.low(), prefix.length(), prefix.isIpv6() ? IPV6 : 0);
    }

    /** The key of a VPN route. */
    public static RouteKey of(RouteDistinguisher rd, IpPrefix prefix) {
        byte kind = (byte) (HAS_RD | (prefix.isIpv6() ? IPV6 : 0));
        return new RouteKey(rd.value(), prefix.high(), prefix.low(), prefix.length(), kind);
    }

    /** The key of a decoded NLRI entry; its label, if any, is not part of it. */
    public static RouteKey of(Nlri nlri) {
        return nlri.rd() == null ? of(nlri.prefix()) : of(nlri.rd(), nlri.prefix());
    }

    public boolean hasRd() {
        return (kind & HAS_RD) != 0;
    }

    /** The route distinguisher, or null for non-VPN keys. */
    public RouteDistinguisher rd() {
        return hasRd() ? RouteDistinguisher.of(rd) : null;
    }

    /** The RD's eight wire octets as a long; 0 for non-VPN keys (use {@link #hasRd()} to tell). */
    public long rdValue() {
        return rd;
    }

    public boolean isIpv6() {
        return (kind & IPV6) != 0;
    }

    public IpPrefix prefix() {
        IpAddress base = isIpv6() ? IpAddress.ofIpv6(high, low) : IpAddress.ofIpv4((int) (high >>> 32));
        return IpPrefix.masked(base, length & 0xff);
    }

    /**
     * The NLRI entry announcing or withdrawing this key in {@code family}; {@code label} is used for
     * the labelled families only (withdrawals pass {@link org.l3vpnd.engine.net.MplsLabel#WITHDRAW_COMPAT}).
     */
    public Nlri toNlri(AfiSafi family, int label) {
        IpPrefix prefix = prefix();
        if (family.hasRouteDistinguisher()) {
            return new Nlri.Vpn(RouteDistinguisher.of(rd), prefix, label);
        }
        return family.hasLabel() ? new Nlri.Labeled(prefix, label) : new Nlri.Unicast(prefix);
    }

    /** RD (keys without one first), then the prefix order of {@link IpPrefix}. */
    @Override
    public int compareTo(RouteKey o) {
        int c = Boolean.compare(hasRd(), o.hasRd());
        if (c == 0) {
            c = Long.compareUnsigned(rd, o.rd);
        }
        if (c == 0) {
            c = Boolean.compare(isIpv6(), o.isIpv6());
        }
        if (c == 0) {
            c = Long.compareUnsigned(high, o.high);
        }
        if (c == 0) {
            c = Long.compareUnsigned(low, o.low);
        }
        return c != 0 ? c : Integer.compare(length & 0xff, o.length & 0xff);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RouteKey k && k.rd == rd && k.high == high && k.low == low && k.length == length
                && k.kind == kind;
    }

    /** Well mixed (a murmur3 finalizer), as the open-addressing tables probe linearly. */
    @Override
    public int hashCode() {
        long h = rd * 0x9E3779B97F4A7C15L ^ high ^ Long.rotateLeft(low, 29) ^ ((long) length << 8 | kind);
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h;
    }

    @Override
    public String toString() {
        return hasRd() ? rd() + ":" + prefix() : prefix().toString();
    }
}
