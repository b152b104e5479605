package org.l3vpnd.engine.bgp.rib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.bgp.wire.AsPath;
import org.l3vpnd.engine.bgp.wire.BgpUpdate;
import org.l3vpnd.engine.bgp.wire.Nlri;
import org.l3vpnd.engine.bgp.wire.PathAttributes;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.net.RouteDistinguisher;

/** Packing, End-of-RIB, MRAI batching on the manual clock, and backpressure. */
class UpdateGenerationTest {
    private final RibHarness h = new RibHarness();
    private final FakePeerSession source = FakePeerSession.of("172.16.0.1", 65100, "3.0.0.1", false);

    UpdateGenerationTest() {
        h.up(source);
    }

    @AfterEach
    void close() {
        h.close();
    }

    /** {@code n} /24s numbered from {@code firstOctet}.0.0.0 on, so distinct groups never overlap. */
    private static List<IpPrefix> prefixes(int n, int firstOctet) {
        List<IpPrefix> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(IpPrefix.ofIpv4(firstOctet << 24 | i << 8, 24));
        }
        return out;
    }

    private void announce(PathAttributes attrs, List<IpPrefix> list) {
        h.receive(source, new BgpUpdate(List.of(), attrs, list, null, null));
    }

    private static FakePeerSession ibgp(String address) {
        return FakePeerSession.of(address, 65000, "1.0.0.9", false);
    }

    @Test
    void aThousandRoutesSharingAttributesTravelInOneOrTwoUpdates() {
        FakePeerSession peer = ibgp("10.1.0.1");
        h.up(peer);
        announce(RibHarness.attrs("172.16.0.1", 65100).build(), prefixes(1000, 1));
        assertEquals(1000, peer.table(AfiSafi.IPV4_UNICAST).size());
        assertTrue(peer.updateCount() <= 2, "1000 IPv4 routes in " + peer.updateCount() + " UPDATEs");
    }

    @Test
    void aThousandVpnRoutesTravelInAHandfulOfUpdates() {
        FakePeerSession peer = ibgp("10.1.0.1");
        h.up(peer);
        List<Nlri> nlri = new ArrayList<>();
        for (IpPrefix p : prefixes(1000, 2)) {
            nlri.add(new Nlri.Vpn(RouteDistinguisher.parse("65100:7"), p, 5000 + nlri.size()));
        }
        h.announceMp(source, AfiSafi.VPNV4, RibHarness.mpAttrs("172.16.0.1", 65100).build(), nlri);
        assertEquals(1000, peer.table(AfiSafi.VPNV4).size());
        // 15 octets per VPN-IPv4 NLRI: 1000 of them need four 4096-octet messages.
        assertTrue(peer.updateCount() <= 5, "1000 VPN routes in " + peer.updateCount() + " UPDATEs");
        assertEquals(5000, peer.table(AfiSafi.VPNV4).get(nlri.get(0)).label(), "the label travels with its route");
    }

    @Test
    void routesAreGroupedByAttributes() {
        FakePeerSession peer = ibgp("10.1.0.1");
        h.up(peer);
        h.run(() -> {
            for (int g = 0; g < 10; g++) {
                for (IpPrefix p : prefixes(100, 10 + g)) {
                    h.rib.update(source, new org.l3vpnd.engine.bgp.wire.UpdateOutcome.Ok(new BgpUpdate(List.of(),
                            RibHarness.attrs("172.16.0.1", 65100, 100 + g).build(), List.of(p), null, null)));
                }
            }
        });
        assertEquals(1000, peer.table(AfiSafi.IPV4_UNICAST).size());
        assertEquals(10, peer.updateCount(), "one UPDATE per attribute set, though each route came alone");
    }

    @Test
    void endOfRibFollowsTheInitialDumpOfEachFamily() {
        announce(RibHarness.attrs("172.16.0.1", 65100).build(), prefixes(5000, 3));
        FakePeerSession peer = new FakePeerSession("", "10.1.0.1", 65000, RibHarness.LOCAL_AS, "1.0.0.9", false, 0,
                EnumSet.of(AfiSafi.IPV4_UNICAST, AfiSafi.VPNV4), false);
        h.up(peer);
        assertEquals(5000, peer.table(AfiSafi.IPV4_UNICAST).size());
        assertEquals(Set.of(AfiSafi.IPV4_UNICAST, AfiSafi.VPNV4), Set.copyOf(peer.endOfRibs()));
        assertEquals(2, peer.endOfRibs().size(), "one End-of-RIB per family");
        int lastIpv4Update = -1;
        int ipv4Eor = -1;
        for (int i = 0; i < peer.sent().size(); i++) {
            if (peer.sent().get(i).update() != null) {
                lastIpv4Update = i;
            }
            if (peer.sent().get(i).endOfRib() == AfiSafi.IPV4_UNICAST) {
                ipv4Eor = i;
            }
        }
        assertTrue(ipv4Eor > lastIpv4Update, "End-of-RIB after the last route");
        announce(RibHarness.attrs("172.16.0.1", 65100).build(), prefixes(1, 4));
        assertEquals(2, peer.endOfRibs().size(), "later changes bring no new End-of-RIB");
    }

    @Test
    void mraiBatchesChangesOnTheManualClock() {
        FakePeerSession slow = new FakePeerSession("", "172.16.9.1", 65300, RibHarness.LOCAL_AS, "3.0.0.9", false, -1,
                EnumSet.of(AfiSafi.IPV4_UNICAST), false);
        h.up(slow);
        assertEquals(List.of(AfiSafi.IPV4_UNICAST), slow.endOfRibs(), "the initial dump does not wait");
        slow.clear();
        announce(RibHarness.attrs("172.16.0.1", 65100).build(), prefixes(1, 5));
        assertEquals(0, slow.updateCount(), "an external peer's default MRAI is 30 s");
        h.advance(Duration.ofSeconds(10));
        announce(RibHarness.attrs("172.16.0.1", 65100).build(), List.of(IpPrefix.parse("6.1.0.0/24")));
        h.advance(Duration.ofMillis(19_999));
        assertEquals(0, slow.updateCount());
        h.advance(Duration.ofMillis(1));
        assertEquals(1, slow.updateCount(), "both changes in one UPDATE when the interval ends");
        assertEquals(2, slow.table(AfiSafi.IPV4_UNICAST).size());

        h.advance(Duration.ofSeconds(1));
        h.withdraw(source, "6.1.0.0/24");
        assertEquals(1, slow.updateCount(), "withdrawals wait for the interval too (RFC 4271 9.2.1.1)");
        h.advance(Duration.ofSeconds(29));
        assertEquals(2, slow.updateCount());
        assertEquals(1, slow.table(AfiSafi.IPV4_UNICAST).size());
    }

    /**
     * Churn beyond the table's size during one MRAI interval turns the change queue into one walk
     * of the table and of what was sent: the peer ends with exactly the final routes, withdrawals
     * of keys that left the table included.
     */
    @Test
    void churnBeyondTheTableSizeEndsInTheFinalStateWithItsWithdrawals() {
        FakePeerSession slow = new FakePeerSession("", "172.16.9.1", 65300, RibHarness.LOCAL_AS, "3.0.0.9", false, -1,
                EnumSet.of(AfiSafi.IPV4_UNICAST), false);
        h.up(slow);
        List<IpPrefix> routes = prefixes(200, 7);
        announce(RibHarness.attrs("172.16.0.1", 65100).build(), routes);
        h.advance(Duration.ofSeconds(30));
        assertEquals(200, slow.table(AfiSafi.IPV4_UNICAST).size());
        int updatesBefore = slow.updateCount();

        // The withdrawals come first, so that only the walk can still carry them.
        h.withdraw(source, routes.subList(0, 50).stream().map(IpPrefix::toString).toArray(String[]::new));
        for (int round = 0; round < 40; round++) { // 6,000 changes > 200 keys + one round of 4,096
            announce(RibHarness.attrs("172.16.0.1", 65100, 64000 + round).build(), routes.subList(50, 200));
        }
        announce(RibHarness.attrs("172.16.0.1", 65100).build(), prefixes(10, 8));
        assertEquals(updatesBefore, slow.updateCount(), "still within the interval");
        h.advance(Duration.ofSeconds(30));

        Map<Nlri, FakePeerSession.Received> table = slow.table(AfiSafi.IPV4_UNICAST);
        assertEquals(160, table.size());
        for (IpPrefix p : routes.subList(0, 50)) {
            assertFalse(table.containsKey(new Nlri.Unicast(p)), p + " withdrawn");
        }
        for (IpPrefix p : routes.subList(50, 200)) {
            assertEquals(AsPath.sequence(65000, 65100, 64039), table.get(new Nlri.Unicast(p)).attrs().asPath(),
                    p + " with its last AS path");
        }
        assertTrue(slow.updateCount() - updatesBefore < 10, "one walk, packed: " + (slow.updateCount() - updatesBefore));
    }

    @Test
    void internalPeersDefaultToNoMrai() {
        FakePeerSession peer = new FakePeerSession("", "10.1.0.7", 65000, RibHarness.LOCAL_AS, "1.0.0.7", false, -1,
                EnumSet.of(AfiSafi.IPV4_UNICAST), false);
        h.up(peer);
        announce(RibHarness.attrs("172.16.0.1", 65100).build(), prefixes(1, 7));
        assertEquals(1, peer.table(AfiSafi.IPV4_UNICAST).size());
    }

    @Test
    void anUnwritableSessionPausesGenerationUntilItsCallback() {
        FakePeerSession peer = ibgp("10.1.0.1");
        h.up(peer);
        peer.clear();
        peer.blockAfter(1);
        h.run(() -> {
            for (int g = 0; g < 3; g++) {
                h.rib.update(source, new org.l3vpnd.engine.bgp.wire.UpdateOutcome.Ok(new BgpUpdate(List.of(),
                        RibHarness.attrs("172.16.0.1", 65100, 100 + g).build(), prefixes(10, 20 + g), null, null)));
            }
        });
        assertEquals(1, peer.updateCount(), "nothing after the send that said stop");
        assertTrue(peer.waitingForWritable());
        // More changes while blocked only mark keys; nothing is generated or queued for sending.
        announce(RibHarness.attrs("172.16.0.1", 65100, 99).build(), prefixes(10, 30));
        assertEquals(1, peer.updateCount());

        peer.blockAfter(1);
        h.run(peer::fireWritable);
        assertEquals(2, peer.updateCount(), "one more, then stopped again");
        h.run(peer::unblock);
        assertFalse(peer.waitingForWritable());
        assertEquals(40, peer.table(AfiSafi.IPV4_UNICAST).size());
        assertEquals(4, peer.updateCount());
    }

    @Test
    void aPeerDownWhileBlockedReleasesItsQueue() {
        FakePeerSession peer = ibgp("10.1.0.1");
        h.up(peer);
        peer.blockAfter(1);
        h.run(() -> {
            for (int g = 0; g < 3; g++) {
                h.rib.update(source, new org.l3vpnd.engine.bgp.wire.UpdateOutcome.Ok(new BgpUpdate(List.of(),
                        RibHarness.attrs("172.16.0.1", 65100, 100 + g).build(), prefixes(10, 40 + g), null, null)));
            }
        });
        h.down(peer, false);
        h.run(peer::unblock);
        assertEquals(0, h.call(() -> h.rib.adjRibOutCount(peer.config().key(), AfiSafi.IPV4_UNICAST)));
        assertNotNull(h.best("40.0.0.0/24"), "the RIB itself is untouched");
    }

    @Test
    void attributesTooLargeForAnyUpdateTurnIntoAWithdrawal() {
        FakePeerSession peer = ibgp("10.1.0.1");
        h.up(peer);
        announce(RibHarness.attrs("172.16.0.1", 65100).build(), prefixes(1, 60));
        assertEquals(1, peer.table(AfiSafi.IPV4_UNICAST).size());
        announce(RibHarness.attrs("172.16.0.1", 65100).communities(new int[1100]).build(), prefixes(1, 60));
        assertTrue(peer.table(AfiSafi.IPV4_UNICAST).isEmpty(), "the peer must not keep the older version");
        assertEquals(0, h.call(() -> h.rib.adjRibOutCount(peer.config().key(), AfiSafi.IPV4_UNICAST)));
        announce(RibHarness.attrs("172.16.0.1", 65100).build(), prefixes(1, 60));
        assertEquals(1, peer.table(AfiSafi.IPV4_UNICAST).size(), "and gets it again once it fits");
    }

    @Test
    void adjRibCountsFollowTheRoutes() {
        FakePeerSession peer = ibgp("10.1.0.1");
        h.up(peer);
        announce(RibHarness.attrs("172.16.0.1", 65100).build(), prefixes(50, 50));
        assertEquals(50, h.call(() -> h.rib.adjRibInCount(source.config().key(), AfiSafi.IPV4_UNICAST)));
        assertEquals(50, h.call(() -> h.rib.adjRibOutCount(peer.config().key(), AfiSafi.IPV4_UNICAST)));
        h.withdraw(source, "50.0.0.0/24", "50.0.1.0/24");
        assertEquals(48, h.call(() -> h.rib.adjRibOutCount(peer.config().key(), AfiSafi.IPV4_UNICAST)));
        assertEquals(48, peer.table(AfiSafi.IPV4_UNICAST).size());
        assertEquals(IpAddress.parse("172.16.0.1"),
                peer.table(AfiSafi.IPV4_UNICAST).values().iterator().next().attrs().nextHop());
    }
}
