package org.l3vpnd.engine.bgp.rib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.bgp.wire.BgpRouteRefresh;
import org.l3vpnd.engine.net.AfiSafi;

/** RFC 2918 / RFC 7313 in both directions. */
class RouteRefreshTest {
    private final RibHarness h = new RibHarness();
    private final FakePeerSession source = FakePeerSession.of("172.16.0.1", 65100, "3.0.0.1", false);

    RouteRefreshTest() {
        h.up(source);
        h.announce(source, RibHarness.attrs("172.16.0.1", 65100).build(), "40.0.0.0/24", "40.0.1.0/24", "40.0.2.0/24");
    }

    @AfterEach
    void close() {
        h.close();
    }

    private FakePeerSession peer(boolean enhanced) {
        FakePeerSession p = new FakePeerSession("", "10.1.0.1", 65000, RibHarness.LOCAL_AS, "1.0.0.1", false, 0,
                EnumSet.of(AfiSafi.IPV4_UNICAST, AfiSafi.VPNV4), enhanced);
        h.up(p);
        return p;
    }

    @Test
    void aRefreshRequestResendsTheAdjRibOut() {
        FakePeerSession peer = peer(false);
        assertEquals(3, peer.table(AfiSafi.IPV4_UNICAST).size());
        peer.clear();
        h.run(() -> h.rib.routeRefreshRequested(peer, AfiSafi.IPV4_UNICAST, BgpRouteRefresh.NORMAL));
        assertEquals(3, peer.table(AfiSafi.IPV4_UNICAST).size(), "everything again, though nothing changed");
        assertEquals(1, peer.updateCount());
        assertTrue(peer.endOfRibs().isEmpty(), "End-of-RIB belongs to the initial transfer only");
    }

    @Test
    void enhancedRefreshIsBracketedByBorrAndEorr() {
        FakePeerSession peer = peer(true);
        peer.clear();
        h.run(() -> h.rib.routeRefreshRequested(peer, AfiSafi.IPV4_UNICAST, BgpRouteRefresh.NORMAL));
        List<FakePeerSession.Sent> sent = peer.sent();
        assertEquals(3, sent.size());
        assertEquals(BgpRouteRefresh.BEGIN_OF_ROUTE_REFRESH, sent.get(0).routeRefresh().subtype());
        assertNotNull(sent.get(1).update());
        assertEquals(BgpRouteRefresh.END_OF_ROUTE_REFRESH, sent.get(2).routeRefresh().subtype());
        assertEquals(AfiSafi.IPV4_UNICAST.afi(), sent.get(2).routeRefresh().afi());
    }

    @Test
    void aRefreshOfAnEmptyFamilyIsJustTheMarkers() {
        FakePeerSession peer = peer(true);
        peer.clear();
        h.run(() -> h.rib.routeRefreshRequested(peer, AfiSafi.VPNV4, BgpRouteRefresh.NORMAL));
        assertEquals(2, peer.sent().size());
        assertEquals(AfiSafi.VPNV4.safi(), peer.sent().get(1).routeRefresh().safi());
    }

    @Test
    void routesThePeerDoesNotResendBetweenItsBorrAndEorrAreRemoved() {
        h.run(() -> h.rib.routeRefreshRequested(source, AfiSafi.IPV4_UNICAST, BgpRouteRefresh.BEGIN_OF_ROUTE_REFRESH));
        assertNotNull(h.best("40.0.0.0/24"), "BoRR only marks");
        h.announce(source, RibHarness.attrs("172.16.0.1", 65100).build(), "40.0.1.0/24");
        h.run(() -> h.rib.routeRefreshRequested(source, AfiSafi.IPV4_UNICAST, BgpRouteRefresh.END_OF_ROUTE_REFRESH));
        assertNull(h.best("40.0.0.0/24"));
        assertNotNull(h.best("40.0.1.0/24"), "re-sent, so no longer stale");
        assertNull(h.best("40.0.2.0/24"));
    }
}
