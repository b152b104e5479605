package org.l3vpnd.engine.bgp.wire;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.ExtendedCommunity;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.net.MplsLabel;
import org.l3vpnd.engine.net.RouteDistinguisher;
import org.l3vpnd.engine.net.RouteTarget;

/**
 * Random valid UPDATEs for a given session, within what the protocol lets such a session carry:
 * no internal-only attributes towards external peers, no AS 0, no literal AS_TRANS, and
 * confederation segments only at the front of the path (where RFC 6793 can restore them).
 */
final class RandomWire {
    private final Random r;
    private final NegotiatedCapabilities caps;

    RandomWire(long seed, NegotiatedCapabilities caps) {
        this.r = new Random(seed);
        this.caps = caps;
    }

    BgpUpdate update() {
        AfiSafi[] families = AfiSafi.values();
        AfiSafi family = families[r.nextInt(families.length)];
        switch (r.nextInt(5)) {
            case 0:
                return new BgpUpdate(List.of(), attributes(null), ipv4Prefixes(1 + r.nextInt(20)), null, null);
            case 1:
                return new BgpUpdate(ipv4Prefixes(1 + r.nextInt(20)), PathAttributes.EMPTY, List.of(), null, null);
            case 2:
                return new BgpUpdate(List.of(), attributes(family), List.of(),
                        new BgpUpdate.MpReach(family, nlri(family, 1 + r.nextInt(20), false)), null);
            case 3:
                return new BgpUpdate(List.of(), PathAttributes.EMPTY, List.of(), null,
                        new BgpUpdate.MpUnreach(family, nlri(family, r.nextInt(20), true)));
            default:
                return BgpUpdate.endOfRib(family);
        }
    }

    /** Attributes for classic IPv4 NLRI ({@code mpFamily} null) or for MP_REACH of that family. */
    PathAttributes attributes(AfiSafi mpFamily) {
        PathAttributesBuilder b = new PathAttributesBuilder()
                .origin(Origin.values()[r.nextInt(3)])
                .asPath(asPath());
        if (mpFamily == null) {
            b.nextHop(unicastIpv4());
        } else {
            b.mpNextHop(nextHop(mpFamily));
        }
        if (r.nextBoolean()) {
            b.med(r.nextInt() & 0xffffffffL);
        }
        if (!caps.external()) {
            if (r.nextBoolean()) {
                b.localPref(r.nextInt() & 0xffffffffL);
            }
            if (r.nextInt(4) == 0) {
                b.originatorId(unicastIpv4());
                b.clusterList(ints(1 + r.nextInt(3)));
            }
        }
        b.atomicAggregate(r.nextInt(4) == 0);
        if (r.nextInt(4) == 0) {
            b.aggregator(new Aggregator(as(), unicastIpv4()));
        }
        if (r.nextBoolean()) {
            b.communities(ints(1 + r.nextInt(4)));
        }
        if (r.nextBoolean()) {
            List<ExtendedCommunity> ecs = new ArrayList<>();
            for (int i = 1 + r.nextInt(3); i > 0; i--) {
                ecs.add(r.nextBoolean() ? RouteTarget.ofAs2(1 + r.nextInt(65535), r.nextInt() & 0xffffffffL)
                        .toExtendedCommunity() : new ExtendedCommunity(r.nextLong()));
            }
            b.extendedCommunities(ecs);
        }
        if (r.nextInt(3) == 0) {
            List<LargeCommunity> lcs = new ArrayList<>();
            for (int i = 1 + r.nextInt(3); i > 0; i--) {
                lcs.add(new LargeCommunity(as(), r.nextInt() & 0xffffffffL, r.nextInt() & 0xffffffffL));
            }
            b.largeCommunities(lcs);
        }
        if (r.nextInt(3) == 0) {
            Set<Integer> types = new LinkedHashSet<>();
            for (int i = 1 + r.nextInt(2); i > 0; i--) {
                int t;
                do {
                    t = 11 + r.nextInt(245);
                } while (AttributeType.isRecognized(t));
                types.add(t);
            }
            for (int t : types) {
                byte[] v = new byte[r.nextInt(12)];
                r.nextBytes(v);
                b.addUnknown(t, v);
            }
        }
        return b.build();
    }

    private AsPath asPath() {
        List<AsPath.Segment> segs = new ArrayList<>();
        if (r.nextInt(5) == 0) {
            // AS4_PATH never carries confederation segments (RFC 6793 3), so towards an old peer
            // their member ASes must fit in two octets to survive.
            int[] members = asns(1 + r.nextInt(3));
            for (int i = 0; i < members.length && !caps.fourOctetAs(); i++) {
                members[i] = 1 + (members[i] & 0x3fff);
            }
            segs.add(new AsPath.Segment(r.nextBoolean() ? AsPath.SegmentType.AS_CONFED_SEQUENCE
                    : AsPath.SegmentType.AS_CONFED_SET, members));
        }
        for (int i = r.nextInt(4); i > 0; i--) {
            segs.add(new AsPath.Segment(r.nextInt(4) == 0 ? AsPath.SegmentType.AS_SET
                    : AsPath.SegmentType.AS_SEQUENCE, asns(1 + r.nextInt(6))));
        }
        return AsPath.of(segs);
    }

    private int[] asns(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = (int) as();
        }
        return out;
    }

    /** Non-zero, not AS_TRANS; a third need four octets. */
    long as() {
        long as;
        do {
            as = r.nextInt(3) == 0 ? (r.nextInt() & 0xffffffffL) : r.nextInt(65536);
        } while (as == 0 || as == BgpOpen.AS_TRANS);
        return as;
    }

    private int[] ints(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = r.nextInt();
        }
        return out;
    }

    IpAddress unicastIpv4() {
        return IpAddress.ofIpv4((1 + r.nextInt(223)) << 24 | r.nextInt(1 << 24));
    }

    private MpNextHop nextHop(AfiSafi family) {
        if (!family.isIpv6()) {
            return MpNextHop.of(unicastIpv4());
        }
        IpAddress global = r.nextInt(4) == 0 ? IpAddress.ipv4Mapped(unicastIpv4().ipv4())
                : IpAddress.ofIpv6(0x20010db800000000L | r.nextInt(), r.nextLong());
        IpAddress linkLocal = r.nextBoolean() ? null : IpAddress.ofIpv6(0xfe80000000000000L, 1 + r.nextInt(1000));
        return new MpNextHop(global, linkLocal);
    }

    List<IpPrefix> ipv4Prefixes(int n) {
        List<IpPrefix> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(prefix(false));
        }
        return out;
    }

    IpPrefix prefix(boolean v6) {
        return IpPrefix.masked(v6, r.nextLong(), v6 ? r.nextLong() : 0, r.nextInt(v6 ? 129 : 33));
    }

    List<Nlri> nlri(AfiSafi family, int n, boolean withdraw) {
        List<Nlri> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            IpPrefix p = prefix(family.isIpv6());
            int label = withdraw ? MplsLabel.WITHDRAW_COMPAT : r.nextInt(MplsLabel.MAX + 1);
            switch (family.safi()) {
                case AfiSafi.SAFI_UNICAST -> out.add(new Nlri.Unicast(p));
                case AfiSafi.SAFI_LABELED -> out.add(new Nlri.Labeled(p, label));
                default -> out.add(new Nlri.Vpn(RouteDistinguisher.of((long) r.nextInt(3) << 48
                        | (r.nextLong() & 0xffffffffffffL)), p, label));
            }
        }
        return out;
    }
}
