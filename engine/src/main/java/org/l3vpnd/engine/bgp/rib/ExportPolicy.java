package org.l3vpnd.engine.bgp.rib;

import java.util.ArrayList;
import java.util.List;

import org.l3vpnd.engine.bgp.wire.AsPath;
import org.l3vpnd.engine.bgp.wire.AttributeInterner;
import org.l3vpnd.engine.bgp.wire.MpNextHop;
import org.l3vpnd.engine.bgp.wire.PathAttributes;
import org.l3vpnd.engine.bgp.wire.PathAttributesBuilder;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;

/**
 * Which best paths go to which peer, and with what attributes (RFC 4271 9.2 and 5.1, RFC 4456).
 *
 * <ul>
 *   <li>Never back to the peer the path came from.</li>
 *   <li>Internal to internal only through route reflection: a client's path goes to every internal
 *       peer, a non-client's only to clients; a reflected path gains ORIGINATOR_ID (if absent) and
 *       our cluster ID in front of its CLUSTER_LIST, and is not offered to its originator. This
 *       holds for every family.</li>
 *   <li>To internal peers: LOCAL_PREF always present (the degree of preference the decision used),
 *       next hop unchanged except for our own paths, which get next-hop-self.</li>
 *   <li>To external peers: our AS prepended (confederation segments removed), next-hop-self,
 *       LOCAL_PREF, ORIGINATOR_ID and CLUSTER_LIST removed, and MED removed unless we originated
 *       the path (5.1.4: a MED learned from one neighbouring AS is not passed to another).</li>
 * </ul>
 *
 * <p>Next-hop-self is the session's local address, in the form the family needs: the classic
 * NEXT_HOP for IPv4 unicast, an IPv4 MP next hop for VPN-IPv4 and labeled IPv4, and for the IPv6
 * families an IPv6 address or, over an IPv4 session, an IPv4-mapped one (6PE/6VPE, RFC 4659
 * 3.2.1.1). Results are interned so routes with equal exports share one attribute set, which is
 * also how {@link UpdateBatch} groups them. Engine loop only.
 */
final class ExportPolicy {
    private final AttributeInterner interner;

    ExportPolicy(AttributeInterner interner) {
        this.interner = interner;
    }

    /** The attributes to announce {@code best} with to {@code target}, or null if it must not go there. */
    PathAttributes export(AfiSafi family, Path best, RibPeer source, RibPeer target, IpAddress localAddress,
                          long localPref, BgpRibSettings settings) {
        if (best.peerId() == target.id) {
            return null;
        }
        PathAttributes a = best.attrs();
        boolean fromInternal = !best.isLocal() && source.internal;
        PathAttributesBuilder b = a.toBuilder();
        if (target.internal) {
            if (fromInternal) {
                if (!source.routeReflectorClient && !target.routeReflectorClient) {
                    return null;
                }
                IpAddress originator = a.originatorId() != null ? a.originatorId()
                        : IpAddress.ofIpv4((int) source.routerId);
                if ((originator.ipv4() & 0xffffffffL) == target.routerId) {
                    return null;
                }
                b.originatorId(originator).clusterList(prepend(settings.clusterIdValue(), a.clusterList()));
            }
            b.localPref(localPref);
            if (best.isLocal()) {
                nextHopSelf(b, family, localAddress, settings.routerId());
            }
        } else {
            AsPath path = a.asPath() == null ? AsPath.EMPTY : a.asPath().withoutConfederationSegments();
            b.asPath(prepend(settings.localAs(), path)).localPref(-1).originatorId(null).clusterList();
            if (!best.isLocal()) {
                b.med(-1);
            }
            nextHopSelf(b, family, localAddress, settings.routerId());
        }
        return interner.intern(b.build());
    }

    static void nextHopSelf(PathAttributesBuilder b, AfiSafi family, IpAddress localAddress, IpAddress routerId) {
        IpAddress v4 = localAddress != null && !localAddress.isIpv6() ? localAddress : routerId;
        if (family == AfiSafi.IPV4_UNICAST) {
            b.nextHop(v4).mpNextHop(null);
        } else if (!family.isIpv6()) {
            b.nextHop(null).mpNextHop(MpNextHop.of(v4));
        } else {
            IpAddress v6 = localAddress != null && localAddress.isIpv6() ? localAddress : IpAddress.ipv4Mapped(v4.ipv4());
            b.nextHop(null).mpNextHop(MpNextHop.of(v6));
        }
    }

    /** {@code as} in front of the path's first AS_SEQUENCE, or as a new one when that is full or absent. */
    static AsPath prepend(long as, AsPath path) {
        List<AsPath.Segment> segments = new ArrayList<>(path.segments());
        if (!segments.isEmpty() && segments.get(0).type() == AsPath.SegmentType.AS_SEQUENCE
                && segments.get(0).size() < 255) {
            int[] old = segments.get(0).asns();
            int[] asns = new int[old.length + 1];
            asns[0] = (int) as;
            System.arraycopy(old, 0, asns, 1, old.length);
            segments.set(0, new AsPath.Segment(AsPath.SegmentType.AS_SEQUENCE, asns));
        } else {
            segments.add(0, new AsPath.Segment(AsPath.SegmentType.AS_SEQUENCE, new int[] {(int) as}));
        }
        return AsPath.of(segments);
    }

    private static int[] prepend(int id, int[] list) {
        int[] out = new int[list.length + 1];
        out[0] = id;
        System.arraycopy(list, 0, out, 1, list.length);
        return out;
    }
}
