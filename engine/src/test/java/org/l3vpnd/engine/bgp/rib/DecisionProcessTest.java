package org.l3vpnd.engine.bgp.rib;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.bgp.wire.AsPath;
import org.l3vpnd.engine.bgp.wire.AsPath.Segment;
import org.l3vpnd.engine.bgp.wire.AsPath.SegmentType;
import org.l3vpnd.engine.bgp.wire.Origin;
import org.l3vpnd.engine.bgp.wire.PathAttributes;
import org.l3vpnd.engine.bgp.wire.PathAttributesBuilder;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;

/** Each tie-break of RFC 4271 9.1.2.2 / RFC 4456 9 on its own, every candidate order tried. */
class DecisionProcessTest {
    private final List<RibPeer> peers = new ArrayList<>();
    private final Map<IpAddress, Long> igpCost = new HashMap<>();
    private final List<IpAddress> unreachable = new ArrayList<>();
    private final BgpRibSettings settings = BgpRibSettings.of(65000, IpAddress.parse("10.0.0.1"));
    private final DecisionProcess decision;

    DecisionProcessTest() {
        peers.add(new RibPeer(0, null));
        NextHopResolver resolver = new NextHopResolver() {
            @Override
            public boolean reachable(AfiSafi family, IpAddress nextHop) {
                return !unreachable.contains(nextHop);
            }

            @Override
            public long igpCost(AfiSafi family, IpAddress nextHop) {
                return igpCost.getOrDefault(nextHop, 0L);
            }
        };
        decision = new DecisionProcess(peers::get, () -> settings, resolver);
    }

    private RibPeer peer(String address, String routerId, long as) {
        RibPeer p = new RibPeer(peers.size(), null);
        p.address = IpAddress.parse(address);
        p.routerId = IpAddress.parse(routerId).ipv4() & 0xffffffffL;
        p.remoteAs = as;
        p.internal = as == settings.localAs();
        peers.add(p);
        return p;
    }

    private RibPeer ibgp(String address, String routerId) {
        return peer(address, routerId, 65000);
    }

    private static PathAttributesBuilder base(String nextHop) {
        return new PathAttributesBuilder().origin(Origin.IGP).asPath(AsPath.sequence(65100))
                .nextHop(IpAddress.parse(nextHop));
    }

    private static Path path(RibPeer peer, PathAttributesBuilder b) {
        return new Path(b.build(), -1, peer.id);
    }

    /** The winner, checked to be the same for every order of the candidates. */
    private Path select(Path... paths) {
        List<List<Path>> orders = new ArrayList<>();
        permute(new ArrayList<>(List.of(paths)), 0, orders);
        Path winner = null;
        for (List<Path> order : orders) {
            for (int i = 0; i < order.size(); i++) {
                order.get(i).next = i + 1 < order.size() ? order.get(i + 1) : null;
            }
            Path w = decision.select(AfiSafi.IPV4_UNICAST, order.get(0));
            if (winner != null) {
                assertSame(winner, w, "the winner depends on the order " + order);
            }
            winner = w;
        }
        return winner;
    }

    private static void permute(List<Path> list, int k, List<List<Path>> out) {
        if (k == list.size()) {
            out.add(new ArrayList<>(list));
            return;
        }
        for (int i = k; i < list.size(); i++) {
            java.util.Collections.swap(list, k, i);
            permute(list, k + 1, out);
            java.util.Collections.swap(list, k, i);
        }
    }

    @Test
    void locallyOriginatedPathsComeFirst() {
        Path local = new LocalPath(base("10.0.0.1").build(), 16, "red", null);
        Path learned = path(ibgp("10.1.1.1", "1.1.1.1"), base("10.1.1.1").localPref(1000).asPath(AsPath.EMPTY));
        assertSame(local, select(local, learned));
    }

    @Test
    void highestLocalPrefWinsOverAShorterPath() {
        Path high = path(ibgp("10.1.1.1", "9.9.9.9"), base("10.1.1.1").localPref(200).asPath(AsPath.sequence(1, 2, 3)));
        Path low = path(ibgp("10.1.1.2", "1.1.1.1"), base("10.1.1.2").localPref(100));
        assertSame(high, select(high, low));
    }

    @Test
    void localPrefFromAnExternalPeerIsIgnored() {
        Path external = path(peer("172.16.0.1", "1.1.1.1", 65100), base("172.16.0.1").localPref(500));
        Path internal = path(ibgp("10.1.1.1", "9.9.9.9"), base("10.1.1.1").localPref(150).asPath(AsPath.sequence(1, 2)));
        assertSame(internal, select(external, internal));
    }

    @Test
    void missingLocalPrefCountsAsDefault() {
        Path none = path(ibgp("10.1.1.1", "9.9.9.9"), base("10.1.1.1"));
        Path ninety = path(ibgp("10.1.1.2", "1.1.1.1"), base("10.1.1.2").localPref(90));
        assertSame(none, select(none, ninety));
    }

    @Test
    void shorterAsPathWins() {
        Path shortPath = path(ibgp("10.1.1.1", "9.9.9.9"), base("10.1.1.1").asPath(AsPath.sequence(1)));
        Path longPath = path(ibgp("10.1.1.2", "1.1.1.1"), base("10.1.1.2").asPath(AsPath.sequence(1, 2)));
        assertSame(shortPath, select(shortPath, longPath));
    }

    @Test
    void anAsSetCountsOneAndConfederationSegmentsNothing() {
        AsPath withSet = AsPath.of(List.of(new Segment(SegmentType.AS_SEQUENCE, new int[] {1}),
                new Segment(SegmentType.AS_SET, new int[] {2, 3, 4, 5})));
        AsPath threeLong = AsPath.sequence(1, 2, 3);
        Path set = path(ibgp("10.1.1.1", "9.9.9.9"), base("10.1.1.1").asPath(withSet));
        Path seq = path(ibgp("10.1.1.2", "1.1.1.1"), base("10.1.1.2").asPath(threeLong));
        assertSame(set, select(set, seq));

        AsPath confed = AsPath.of(List.of(new Segment(SegmentType.AS_CONFED_SEQUENCE, new int[] {64512, 64513, 64514}),
                new Segment(SegmentType.AS_SEQUENCE, new int[] {1})));
        Path conf = path(ibgp("10.1.1.3", "9.9.9.8"), base("10.1.1.3").asPath(confed));
        Path two = path(ibgp("10.1.1.4", "1.1.1.2"), base("10.1.1.4").asPath(AsPath.sequence(1, 2)));
        assertSame(conf, select(conf, two));
    }

    @Test
    void lowestOriginWins() {
        Path igp = path(ibgp("10.1.1.1", "9.9.9.9"), base("10.1.1.1").origin(Origin.IGP));
        Path egp = path(ibgp("10.1.1.2", "1.1.1.1"), base("10.1.1.2").origin(Origin.EGP));
        Path incomplete = path(ibgp("10.1.1.3", "1.1.1.0"), base("10.1.1.3").origin(Origin.INCOMPLETE));
        assertSame(igp, select(igp, egp, incomplete));
        assertSame(egp, select(egp, incomplete));
    }

    @Test
    void lowerMedWinsWithinOneNeighbourAs() {
        Path low = path(ibgp("10.1.1.1", "9.9.9.9"), base("10.1.1.1").med(10));
        Path high = path(ibgp("10.1.1.2", "1.1.1.1"), base("10.1.1.2").med(20));
        assertSame(low, select(low, high));
    }

    @Test
    void medIsNotComparedAcrossNeighbourAses() {
        // AS 1 with MED 50 and lowest router ID, AS 2 with MED 10: MED must not decide between them.
        Path as1 = path(ibgp("10.1.1.1", "1.1.1.1"), base("10.1.1.1").asPath(AsPath.sequence(1)).med(50));
        Path as2 = path(ibgp("10.1.1.2", "5.5.5.5"), base("10.1.1.2").asPath(AsPath.sequence(2)).med(10));
        assertSame(as1, select(as1, as2));
        // A third path from AS 1 with a lower MED removes the first, and then wins on router ID over AS 2.
        Path as1better = path(ibgp("10.1.1.3", "3.3.3.3"), base("10.1.1.3").asPath(AsPath.sequence(1)).med(20));
        assertSame(as1better, select(as1, as2, as1better));
    }

    @Test
    void aMissingMedIsZero() {
        Path none = path(ibgp("10.1.1.1", "9.9.9.9"), base("10.1.1.1"));
        Path five = path(ibgp("10.1.1.2", "1.1.1.1"), base("10.1.1.2").med(5));
        assertSame(none, select(none, five));
    }

    @Test
    void externalBeatsInternal() {
        Path external = path(peer("172.16.0.1", "9.9.9.9", 65100), base("172.16.0.1"));
        Path internal = path(ibgp("10.1.1.1", "1.1.1.1"), base("10.1.1.1"));
        assertSame(external, select(external, internal));
    }

    @Test
    void lowerIgpCostToTheNextHopWins() {
        igpCost.put(IpAddress.parse("10.1.1.1"), 30L);
        igpCost.put(IpAddress.parse("10.1.1.2"), 20L);
        Path far = path(ibgp("10.1.1.1", "1.1.1.1"), base("10.1.1.1"));
        Path near = path(ibgp("10.1.1.2", "9.9.9.9"), base("10.1.1.2"));
        assertSame(near, select(far, near));
    }

    @Test
    void unresolvableNextHopsAreNotCandidates() {
        unreachable.add(IpAddress.parse("10.1.1.1"));
        Path better = path(ibgp("10.1.1.1", "1.1.1.1"), base("10.1.1.1").localPref(500));
        Path worse = path(ibgp("10.1.1.2", "9.9.9.9"), base("10.1.1.2"));
        assertSame(worse, select(better, worse));
        unreachable.add(IpAddress.parse("10.1.1.2"));
        assertNull(select(better, worse));
    }

    @Test
    void lowestRouterIdWins() {
        Path low = path(ibgp("10.1.1.2", "1.1.1.1"), base("10.1.1.2"));
        Path high = path(ibgp("10.1.1.1", "200.1.1.1"), base("10.1.1.1"));
        assertSame(low, select(low, high));
    }

    @Test
    void originatorIdStandsInForTheRouterIdOfAReflectedPath() {
        Path reflected = path(ibgp("10.1.1.1", "9.9.9.9"), base("10.1.1.1").originatorId(IpAddress.parse("1.1.1.1"))
                .clusterList(0x0a000063));
        Path direct = path(ibgp("10.1.1.2", "5.5.5.5"), base("10.1.1.2"));
        assertSame(reflected, select(reflected, direct));
    }

    @Test
    void shorterClusterListWins() {
        IpAddress originator = IpAddress.parse("3.3.3.3");
        Path one = path(ibgp("10.1.1.2", "9.9.9.9"), base("10.1.1.2").originatorId(originator).clusterList(7));
        Path two = path(ibgp("10.1.1.1", "1.1.1.1"), base("10.1.1.1").originatorId(originator).clusterList(7, 8));
        assertSame(one, select(one, two));
    }

    @Test
    void lowestPeerAddressDecidesTheRest() {
        IpAddress originator = IpAddress.parse("3.3.3.3");
        Path a = path(ibgp("10.1.1.9", "9.9.9.9"), base("10.1.1.9").originatorId(originator).clusterList(7));
        Path b = path(ibgp("10.1.1.3", "1.1.1.1"), base("10.1.1.3").originatorId(originator).clusterList(8));
        assertSame(b, select(a, b));
    }

    @Test
    void importedCopiesOfEqualPathsAreOrderedByRd() {
        RibPeer pe = ibgp("10.1.1.1", "1.1.1.1");
        PathAttributes attrs = base("10.1.1.1").build();
        Path source = new Path(attrs, 100, pe.id);
        Path rd2 = new ImportedPath(source, 2);
        Path rd1 = new ImportedPath(source, 1);
        assertSame(rd1, select(rd2, rd1));
    }
}
