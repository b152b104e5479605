package org.l3vpnd.engine.bgp.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.l3vpnd.engine.net.ExtendedCommunity;
import org.l3vpnd.engine.net.IpAddress;

/** Mutable builder of {@link PathAttributes}; single-threaded, as every builder. */
public final class PathAttributesBuilder {
    private static final int[] NO_INTS = new int[0];
    private static final long[] NO_LONGS = new long[0];

    Origin origin;
    AsPath asPath;
    IpAddress nextHop;
    long med = -1;
    long localPref = -1;
    boolean atomicAggregate;
    Aggregator aggregator;
    int[] communities = NO_INTS;
    IpAddress originatorId;
    int[] clusterList = NO_INTS;
    long[] extendedCommunities = NO_LONGS;
    int[] largeCommunities = NO_INTS;
    MpNextHop mpNextHop;
    final List<OpaqueAttribute> unknown = new ArrayList<>();

    public PathAttributesBuilder() {
    }

    PathAttributesBuilder(PathAttributes a) {
        origin = a.origin;
        asPath = a.asPath;
        nextHop = a.nextHop;
        med = a.med;
        localPref = a.localPref;
        atomicAggregate = a.atomicAggregate;
        aggregator = a.aggregator;
        communities = a.communities;
        originatorId = a.originatorId;
        clusterList = a.clusterList;
        extendedCommunities = a.extendedCommunities;
        largeCommunities = a.largeCommunities;
        mpNextHop = a.mpNextHop;
        unknown.addAll(a.unknown);
    }

    public PathAttributesBuilder origin(Origin v) {
        origin = v;
        return this;
    }

    public PathAttributesBuilder asPath(AsPath v) {
        asPath = v;
        return this;
    }

    public PathAttributesBuilder nextHop(IpAddress v) {
        if (v != null && v.isIpv6()) {
            throw new IllegalArgumentException("NEXT_HOP is IPv4; IPv6 next hops go in mpNextHop");
        }
        nextHop = v;
        return this;
    }

    /** Unsigned 32-bit MED, or -1 to remove it. */
    public PathAttributesBuilder med(long v) {
        med = checkU32OrAbsent(v, "MED");
        return this;
    }

    /** Unsigned 32-bit LOCAL_PREF, or -1 to remove it. */
    public PathAttributesBuilder localPref(long v) {
        localPref = checkU32OrAbsent(v, "LOCAL_PREF");
        return this;
    }

    public PathAttributesBuilder atomicAggregate(boolean v) {
        atomicAggregate = v;
        return this;
    }

    public PathAttributesBuilder aggregator(Aggregator v) {
        aggregator = v;
        return this;
    }

    public PathAttributesBuilder communities(int... v) {
        communities = v.clone();
        return this;
    }

    public PathAttributesBuilder originatorId(IpAddress v) {
        if (v != null && v.isIpv6()) {
            throw new IllegalArgumentException("ORIGINATOR_ID is an IPv4-format identifier");
        }
        originatorId = v;
        return this;
    }

    public PathAttributesBuilder clusterList(int... v) {
        clusterList = v.clone();
        return this;
    }

    public PathAttributesBuilder extendedCommunities(List<ExtendedCommunity> v) {
        long[] out = new long[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.get(i).value();
        }
        extendedCommunities = out;
        return this;
    }

    /** Sets large communities; duplicates are dropped as RFC 8092 section 5 asks of receivers. */
    public PathAttributesBuilder largeCommunities(List<LargeCommunity> v) {
        int[] out = new int[v.size() * 3];
        int n = 0;
        for (LargeCommunity c : v) {
            n = appendLargeCommunity(out, n, (int) c.globalAdministrator(), (int) c.localData1(), (int) c.localData2());
        }
        largeCommunities = Arrays.copyOf(out, n);
        return this;
    }

    /** Appends one triple unless already present; returns the new fill. */
    static int appendLargeCommunity(int[] out, int n, int g, int l1, int l2) {
        for (int i = 0; i < n; i += 3) {
            if (out[i] == g && out[i + 1] == l1 && out[i + 2] == l2) {
                return n;
            }
        }
        out[n] = g;
        out[n + 1] = l1;
        out[n + 2] = l2;
        return n + 3;
    }

    public PathAttributesBuilder mpNextHop(MpNextHop v) {
        mpNextHop = v;
        return this;
    }

    /** Adds an unrecognized optional transitive attribute, marking it Partial (RFC 4271 5). */
    public PathAttributesBuilder addUnknown(int typeCode, byte[] value) {
        unknown.removeIf(u -> u.typeCode() == typeCode);
        unknown.add(new OpaqueAttribute(AttributeType.OPTIONAL | AttributeType.TRANSITIVE | AttributeType.PARTIAL,
                typeCode, value));
        return this;
    }

    public PathAttributes build() {
        return new PathAttributes(this);
    }

    private static long checkU32OrAbsent(long v, String what) {
        if (v < -1 || v > 0xffffffffL) {
            throw new IllegalArgumentException(what + " " + v + " is outside 0..4294967295");
        }
        return v;
    }
}
