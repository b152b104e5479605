package org.l3vpnd.engine.bgp.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import org.l3vpnd.engine.net.ExtendedCommunity;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.RouteTarget;

/**
 * The path attributes of an UPDATE, minus the NLRI: immutable, thread-safe, with value equality
 * and a cached hash so that equal sets can be interned ({@link AttributeInterner}) and shared by
 * every route that carries them. Build with {@link PathAttributesBuilder}.
 *
 * <p>Invariants: absent scalar attributes are null (objects) or -1 (MED, LOCAL_PREF); absent list
 * attributes are empty, which is unambiguous because RFC 7606 makes a zero-length COMMUNITIES,
 * CLUSTER_LIST, EXTENDED_COMMUNITIES or LARGE_COMMUNITY attribute malformed. AS numbers are held
 * in 4-octet form. Unknown attributes are sorted by type code. Arrays never leave this object
 * uncopied.
 */
public final class PathAttributes {
    public static final PathAttributes EMPTY = new PathAttributesBuilder().build();

    final Origin origin;
    final AsPath asPath;
    final IpAddress nextHop;
    final long med;
    final long localPref;
    final boolean atomicAggregate;
    final Aggregator aggregator;
    final int[] communities;
    final IpAddress originatorId;
    final int[] clusterList;
    final long[] extendedCommunities;
    final int[] largeCommunities;
    final MpNextHop mpNextHop;
    final List<OpaqueAttribute> unknown;
    private final int hash;

    PathAttributes(PathAttributesBuilder b) {
        origin = b.origin;
        asPath = b.asPath;
        nextHop = b.nextHop;
        med = b.med;
        localPref = b.localPref;
        atomicAggregate = b.atomicAggregate;
        aggregator = b.aggregator;
        communities = b.communities.clone();
        originatorId = b.originatorId;
        clusterList = b.clusterList.clone();
        extendedCommunities = b.extendedCommunities.clone();
        largeCommunities = b.largeCommunities.clone();
        mpNextHop = b.mpNextHop;
        List<OpaqueAttribute> sorted = new ArrayList<>(b.unknown);
        sorted.sort(null);
        unknown = List.copyOf(sorted);
        hash = computeHash();
    }

    public Origin origin() {
        return origin;
    }

    public AsPath asPath() {
        return asPath;
    }

    /** The classic IPv4 NEXT_HOP, or null. */
    public IpAddress nextHop() {
        return nextHop;
    }

    public boolean hasMed() {
        return med >= 0;
    }

    /** MULTI_EXIT_DISC as an unsigned value, or -1 when absent. */
    public long med() {
        return med;
    }

    public boolean hasLocalPref() {
        return localPref >= 0;
    }

    /** LOCAL_PREF as an unsigned value, or -1 when absent. */
    public long localPref() {
        return localPref;
    }

    public boolean atomicAggregate() {
        return atomicAggregate;
    }

    public Aggregator aggregator() {
        return aggregator;
    }

    /** RFC 1997 communities, each an unsigned 32-bit value in an int, in received order. */
    public int[] communities() {
        return communities.clone();
    }

    public boolean hasCommunity(int community) {
        for (int c : communities) {
            if (c == community) {
                return true;
            }
        }
        return false;
    }

    public IpAddress originatorId() {
        return originatorId;
    }

    public int[] clusterList() {
        return clusterList.clone();
    }

    /** The CLUSTER_LIST's length, without the copy {@link #clusterList()} makes. */
    public int clusterListLength() {
        return clusterList.length;
    }

    /** Whether {@code clusterId} is in the CLUSTER_LIST (RFC 4456 loop detection). */
    public boolean clusterListContains(int clusterId) {
        for (int id : clusterList) {
            if (id == clusterId) {
                return true;
            }
        }
        return false;
    }

    public List<ExtendedCommunity> extendedCommunities() {
        List<ExtendedCommunity> out = new ArrayList<>(extendedCommunities.length);
        for (long v : extendedCommunities) {
            out.add(new ExtendedCommunity(v));
        }
        return out;
    }

    /** The route targets among the extended communities, in received order. */
    public List<RouteTarget> routeTargets() {
        List<RouteTarget> out = new ArrayList<>();
        for (long v : extendedCommunities) {
            ExtendedCommunity ec = new ExtendedCommunity(v);
            if (ec.isRouteTarget()) {
                out.add(RouteTarget.of(ec));
            }
        }
        return out;
    }

    public List<LargeCommunity> largeCommunities() {
        List<LargeCommunity> out = new ArrayList<>(largeCommunities.length / 3);
        for (int i = 0; i < largeCommunities.length; i += 3) {
            out.add(new LargeCommunity(largeCommunities[i] & 0xffffffffL, largeCommunities[i + 1] & 0xffffffffL,
                    largeCommunities[i + 2] & 0xffffffffL));
        }
        return out;
    }

    /** The MP_REACH_NLRI next hop, or null. */
    public MpNextHop mpNextHop() {
        return mpNextHop;
    }

    /** Optional transitive attributes this router does not interpret, by type code. */
    public List<OpaqueAttribute> unknown() {
        return unknown;
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    public PathAttributesBuilder toBuilder() {
        return new PathAttributesBuilder(this);
    }

    private int computeHash() {
        int h = Objects.hash(origin, asPath, nextHop, med, localPref, atomicAggregate, aggregator, originatorId,
                mpNextHop, unknown);
        h = 31 * h + Arrays.hashCode(communities);
        h = 31 * h + Arrays.hashCode(clusterList);
        h = 31 * h + Arrays.hashCode(extendedCommunities);
        return 31 * h + Arrays.hashCode(largeCommunities);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof PathAttributes p && p.hash == hash
                && med == p.med && localPref == p.localPref && atomicAggregate == p.atomicAggregate
                && origin == p.origin && Objects.equals(asPath, p.asPath) && Objects.equals(nextHop, p.nextHop)
                && Objects.equals(aggregator, p.aggregator) && Objects.equals(originatorId, p.originatorId)
                && Objects.equals(mpNextHop, p.mpNextHop) && Arrays.equals(communities, p.communities)
                && Arrays.equals(clusterList, p.clusterList)
                && Arrays.equals(extendedCommunities, p.extendedCommunities)
                && Arrays.equals(largeCommunities, p.largeCommunities) && unknown.equals(p.unknown);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ", "PathAttributes[", "]");
        if (origin != null) {
            j.add("origin=" + origin);
        }
        if (asPath != null) {
            j.add("asPath=" + asPath);
        }
        if (nextHop != null) {
            j.add("nextHop=" + nextHop);
        }
        if (mpNextHop != null) {
            j.add("mpNextHop=" + mpNextHop);
        }
        if (hasMed()) {
            j.add("med=" + med);
        }
        if (hasLocalPref()) {
            j.add("localPref=" + localPref);
        }
        if (atomicAggregate) {
            j.add("atomicAggregate");
        }
        if (aggregator != null) {
            j.add("aggregator=" + aggregator.as() + "/" + aggregator.address());
        }
        if (communities.length > 0) {
            StringJoiner c = new StringJoiner(" ", "communities=", "");
            for (int v : communities) {
                c.add((v >>> 16) + ":" + (v & 0xffff));
            }
            j.add(c.toString());
        }
        if (originatorId != null) {
            j.add("originatorId=" + originatorId);
        }
        if (clusterList.length > 0) {
            j.add("clusterList=" + clusterList.length);
        }
        if (extendedCommunities.length > 0) {
            j.add("extendedCommunities=" + extendedCommunities());
        }
        if (largeCommunities.length > 0) {
            j.add("largeCommunities=" + largeCommunities());
        }
        if (!unknown.isEmpty()) {
            j.add("unknown=" + unknown);
        }
        return j.toString();
    }
}
