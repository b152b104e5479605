package org.l3vpnd.engine.bgp.rib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.bgp.wire.BgpCapability;
import org.l3vpnd.engine.bgp.wire.Nlri;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.net.RouteDistinguisher;

/** Per-peer, per-family route counts as management reads them, from another thread. */
class RouteCountsTest {
    private static final IpAddress UNREACHABLE = IpAddress.parse("172.16.9.9");
    private static final BgpCapability.GracefulRestart GR_IPV4 = new BgpCapability.GracefulRestart(0, 60,
            List.of(new BgpCapability.GracefulRestart.Family(1, 1, 0x80)));

    private final RibHarness h = new RibHarness(new NextHopResolver() {
        @Override
        public boolean reachable(AfiSafi family, IpAddress nextHop) {
            return !nextHop.equals(UNREACHABLE);
        }

        @Override
        public long igpCost(AfiSafi family, IpAddress nextHop) {
            return 0;
        }
    });
    private final FakePeerSession sender = FakePeerSession.of("172.16.0.1", 65100, "3.0.0.1", false)
            .gracefulRestart(GR_IPV4);
    private final FakePeerSession observer = FakePeerSession.of("10.1.0.1", 65000, "1.0.0.1", false);

    @AfterEach
    void close() {
        h.close();
    }

    /** Read the way the SNMP agent does: on a thread of its own, never on the loop. */
    private Map<AfiSafi, FamilyRouteCounts> countsOf(FakePeerSession s) {
        return CompletableFuture.supplyAsync(() -> h.rib.routeCounts(s.config().key())).join();
    }

    private Map<AfiSafi, FamilyRouteCounts> freshCountsOf(FakePeerSession s) throws InterruptedException {
        Thread.sleep(RouteCountBoard.MAX_AGE_NANOS / 1_000_000 + 50);
        return countsOf(s);
    }

    @Test
    void countsReceivedAcceptedAndAdvertisedPerFamily() throws InterruptedException {
        h.up(observer);
        h.up(sender);
        h.announce(sender, RibHarness.attrs("172.16.0.1", 65100).build(), "50.0.0.0/24", "50.0.1.0/24");
        h.announce(sender, RibHarness.attrs(UNREACHABLE.toString(), 65100).build(), "50.0.2.0/24");
        h.announce(sender, RibHarness.attrs("172.16.0.1", 65100, 65000).build(), "50.0.3.0/24"); // our AS: a loop
        h.announceMp(sender, AfiSafi.VPNV4, RibHarness.mpAttrs("172.16.0.1", 65100).build(),
                List.of(new Nlri.Vpn(RouteDistinguisher.ofAs2(65100, 1), IpPrefix.parse("60.0.0.0/16"), 16)));

        Map<AfiSafi, FamilyRouteCounts> fromSender = countsOf(sender);
        assertEquals(new FamilyRouteCounts(3, 2, 0, false), fromSender.get(AfiSafi.IPV4_UNICAST));
        assertEquals(new FamilyRouteCounts(1, 1, 0, false), fromSender.get(AfiSafi.VPNV4));
        Map<AfiSafi, FamilyRouteCounts> toObserver = countsOf(observer);
        assertEquals(new FamilyRouteCounts(0, 0, 2, false), toObserver.get(AfiSafi.IPV4_UNICAST));
        assertEquals(1, toObserver.get(AfiSafi.VPNV4).advertised());

        h.withdraw(sender, "50.0.0.0/24");
        assertEquals(3, countsOf(sender).get(AfiSafi.IPV4_UNICAST).received(), "a second's cache holds");
        assertEquals(new FamilyRouteCounts(2, 1, 0, false), freshCountsOf(sender).get(AfiSafi.IPV4_UNICAST));
        assertEquals(1, countsOf(observer).get(AfiSafi.IPV4_UNICAST).advertised());
    }

    @Test
    void aGracefulDownKeepsTheCountsAndMarksTheFamilyStale() throws InterruptedException {
        h.up(sender);
        h.announce(sender, RibHarness.attrs("172.16.0.1", 65100).build(), "50.0.0.0/24");
        h.down(sender, true);
        assertEquals(new FamilyRouteCounts(1, 1, 0, true), countsOf(sender).get(AfiSafi.IPV4_UNICAST));
        assertTrue(countsOf(observer).isEmpty(), "a peer without a session has no counts");
    }

    @Test
    void aHardDownEmptiesTheCounts() throws InterruptedException {
        h.up(sender);
        h.announce(sender, RibHarness.attrs("172.16.0.1", 65100).build(), "50.0.0.0/24");
        assertEquals(1, countsOf(sender).get(AfiSafi.IPV4_UNICAST).received());
        h.down(sender, false);
        assertTrue(freshCountsOf(sender).isEmpty());
    }
}
