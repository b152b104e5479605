package org.l3vpnd.engine.bgp.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.l3vpnd.engine.net.AfiSafi.IPV4_UNICAST;
import static org.l3vpnd.engine.net.AfiSafi.IPV6_UNICAST;
import static org.l3vpnd.engine.net.AfiSafi.VPNV4;
import static org.l3vpnd.engine.net.AfiSafi.VPNV6;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.bgp.wire.AsPath;
import org.l3vpnd.engine.bgp.wire.BgpCapability;
import org.l3vpnd.engine.bgp.wire.BgpRouteRefresh;
import org.l3vpnd.engine.bgp.wire.MpNextHop;
import org.l3vpnd.engine.bgp.wire.Nlri;
import org.l3vpnd.engine.bgp.wire.Origin;
import org.l3vpnd.engine.bgp.wire.PathAttributes;
import org.l3vpnd.engine.bgp.wire.PathAttributesBuilder;
import org.l3vpnd.engine.bgp.wire.UpdateOutcome;
import org.l3vpnd.engine.bgp.wire.UpdatePacker;
import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.net.RouteDistinguisher;

/** Two speakers in one JVM on loopback addresses: sessions, negotiation, routes, resets. */
class TwoSpeakersTest {
    private static final String A = "127.0.0.2";
    private static final String B = "127.0.0.3";

    private SpeakerNode a;
    private SpeakerNode b;

    @AfterEach
    void close() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    private void ibgp(boolean bothActive) {
        nodes();
        peers(bothActive);
    }

    private void nodes() {
        a = new SpeakerNode("a", A, 65000, "10.0.0.2", false);
        b = new SpeakerNode("b", B, 65000, "10.0.0.3", false);
    }

    private void peers(boolean bothActive) {
        a.commit(PeerConfig.to(B, 65000, b.port()).from(A).families(VPNV4, VPNV6, IPV4_UNICAST).build());
        PeerConfig pb = PeerConfig.to(A, 65000, a.port()).from(B).families(VPNV4, IPV6_UNICAST, IPV4_UNICAST);
        b.commit((bothActive ? pb : pb.passive()).build());
    }

    @Test
    void ibgpOverIpv4ComesUpWithTheIntersectionOfFamilies() {
        ibgp(false);
        a.awaitState(B, FsmState.ESTABLISHED);
        b.awaitState(A, FsmState.ESTABLISHED);
        PeerStatus sa = a.status(B);
        PeerStatus sb = b.status(A);
        assertEquals(Set.of(VPNV4, IPV4_UNICAST), sa.families());
        assertEquals(Set.of(VPNV4, IPV4_UNICAST), sb.families());
        assertTrue(sa.capabilities().fourOctetAs());
        assertTrue(sa.capabilities().enhancedRouteRefresh());
        assertFalse(sa.capabilities().external());
        assertEquals(90, sa.holdTime());
        assertEquals(30, sa.keepalive());
        assertEquals(IpAddress.parse("10.0.0.3").ipv4(), sa.remoteRouterId());
        assertEquals(65000, sa.remoteAs());
        assertEquals(4, sa.negotiatedVersion());
        assertEquals(1, sa.establishedTransitions());
        // One TCP connection, seen from both ends: a connected (b is passive) from its source address.
        assertEquals(b.port(), sa.remotePort());
        assertEquals(sa.localPort(), sb.remotePort());
        assertEquals(IpAddress.parse(A), sa.localAddress());
        assertTrue(sb.peerAdvertised(BgpCapability.ENHANCED_ROUTE_REFRESH));
        assertFalse(sb.peerAdvertised(BgpCapability.GRACEFUL_RESTART));
        PeerSession session = a.session(B);
        assertTrue(session.internal());
        assertEquals(IpAddress.parse(B), session.remoteAddress());
        assertTrue(a.transitions.contains(B + " ESTABLISHED"));
        a.assertNoViolations();
        b.assertNoViolations();
    }

    @Test
    void ebgpOverIpv6WithFourOctetAsAndGracefulRestart() {
        a = new SpeakerNode("a", "::1", 4_200_000_001L, "10.0.0.2", true);
        b = new SpeakerNode("b", "::1", 65002, "10.0.0.3", true);
        a.commit(PeerConfig.to("::1", 65002, b.port()).families(VPNV4, VPNV6).passive().build());
        b.commit(PeerConfig.to("::1", 4_200_000_001L, a.port()).families(VPNV6, IPV6_UNICAST).build());
        a.awaitState("::1", FsmState.ESTABLISHED);
        b.awaitState("::1", FsmState.ESTABLISHED);
        PeerStatus sb = b.status("::1");
        assertEquals(4_200_000_001L, sb.remoteAs());
        assertEquals(Set.of(VPNV6), sb.families());
        assertTrue(sb.capabilities().external());
        assertTrue(sb.capabilities().fourOctetAs());
        BgpCapability.GracefulRestart gr = b.session("::1").peerGracefulRestart().orElseThrow();
        assertEquals(120, gr.restartTimeSeconds());
        assertFalse(gr.restarting());
        assertFalse(b.session("::1").internal());
        // The 2-octet header field of a's OPEN held AS_TRANS.
        assertTrue(sb.receivedCapabilities().contains(new BgpCapability.FourOctetAs(4_200_000_001L)));
        a.assertNoViolations();
        b.assertNoViolations();
    }

    @Test
    void bothActiveCollideIntoOneSession() {
        ibgp(true);
        a.awaitState(B, FsmState.ESTABLISHED);
        b.awaitState(A, FsmState.ESTABLISHED);
        // The status shows Established just before the RIB hears of it.
        Await.until(SpeakerNode.WAIT, () -> "both RIBs to hear established: a " + a.rib + ", b " + b.rib,
                () -> a.rib.count(RecordingRib.Up.class) >= 1 && b.rib.count(RecordingRib.Up.class) >= 1);
        PeerStatus sa = a.status(B);
        PeerStatus sb = b.status(A);
        // Whatever the race, both ends hold the same single connection, and neither end ever took
        // to Established a connection that the other then closed.
        assertEquals(sa.localPort(), sb.remotePort());
        assertEquals(sb.localPort(), sa.remotePort());
        assertEquals("[Up]", a.rib.toString(), "a's RIB");
        assertEquals("[Up]", b.rib.toString(), "b's RIB");
        assertEquals(0, sa.lastErrorCode(), "a collision loser is not the peer's last error");
        a.assertNoViolations();
        b.assertNoViolations();
    }

    @Test
    void routesEndOfRibAndRouteRefreshFlowBetweenTheSpeakers() {
        nodes();
        List<Nlri> routes = List.of(
                new Nlri.Vpn(RouteDistinguisher.ofAs2(65000, 1), IpPrefix.parse("10.1.0.0/16"), 100),
                new Nlri.Vpn(RouteDistinguisher.ofAs2(65000, 1), IpPrefix.parse("10.2.0.0/16"), 101));
        PathAttributes attrs = new PathAttributesBuilder().origin(Origin.IGP).asPath(AsPath.EMPTY).localPref(100)
                .mpNextHop(MpNextHop.of(IpAddress.parse(A))).build();
        a.rib.onEstablished = s -> {
            UpdatePacker packer = new UpdatePacker(s.capabilities(), ByteBufAllocator.DEFAULT);
            for (ByteBuf m : packer.announce(VPNV4, attrs, routes)) {
                s.send(m);
            }
            s.sendEndOfRib(VPNV4);
            s.requestRouteRefresh(VPNV4);
        };
        peers(false);
        a.awaitState(B, FsmState.ESTABLISHED);
        Await.until(SpeakerNode.WAIT, () -> "b to receive the routes and EoR: " + b.rib,
                () -> b.rib.count(RecordingRib.Update.class) >= 2 && b.rib.count(RecordingRib.Refresh.class) >= 1);
        List<RecordingRib.Update> updates = b.rib.all(RecordingRib.Update.class);
        UpdateOutcome.Ok first = assertInstanceOf(UpdateOutcome.Ok.class, updates.get(0).outcome());
        assertEquals(routes, first.update().mpReach().nlri());
        assertEquals(attrs.localPref(), first.update().attributes().localPref());
        UpdateOutcome.Ok eor = assertInstanceOf(UpdateOutcome.Ok.class, updates.get(1).outcome());
        assertTrue(eor.update().isEndOfRib());
        RecordingRib.Refresh refresh = b.rib.all(RecordingRib.Refresh.class).get(0);
        assertEquals(VPNV4, refresh.family());
        assertEquals(BgpRouteRefresh.NORMAL, refresh.subtype());
        PeerStatus sa = a.status(B);
        PeerStatus sb = b.status(A);
        assertEquals(2, sa.outUpdates());
        assertEquals(2, sb.inUpdates());
        assertTrue(sb.lastUpdateInMillis() >= 0);
        assertTrue(sb.inMessages() >= 5, "OPEN, KEEPALIVE, 2 UPDATEs, ROUTE-REFRESH: " + sb.inMessages());
        a.assertNoViolations();
        b.assertNoViolations();
    }

    @Test
    void adminDownSendsCease2AndAdminUpReconnects() {
        ibgp(false);
        a.awaitState(B, FsmState.ESTABLISHED);
        b.awaitState(A, FsmState.ESTABLISHED); // else b may still be in OpenConfirm, and its RIB hear nothing
        BgpPeer peer = PeerConfig.to(B, 65000, b.port()).from(A).families(VPNV4, VPNV6, IPV4_UNICAST).build();
        a.commit(PeerConfig.to(B, 65000, b.port()).from(A).families(VPNV4, VPNV6, IPV4_UNICAST).adminUp(false)
                .build());
        a.awaitState(B, FsmState.IDLE);
        Await.until(SpeakerNode.WAIT, () -> "b to hear the Cease: " + b.describe(A),
                () -> b.status(A).lastErrorCode() == 6 && b.rib.count(RecordingRib.Down.class) == 1);
        assertEquals(2, b.status(A).lastErrorSubcode());
        assertTrue(b.status(A).lastErrorText().startsWith("received 6/2"), b.status(A).lastErrorText());
        assertEquals("6/2", a.status(B).lastErrorCode() + "/" + a.status(B).lastErrorSubcode());
        assertTrue(a.status(B).lastErrorText().startsWith("sent 6/2"), a.status(B).lastErrorText());
        assertFalse(b.rib.all(RecordingRib.Down.class).get(0).retainRoutes());
        assertTrue(a.transitions.contains(B + " ESTABLISHED->IDLE"), a.transitions.toString());
        assertFalse(a.status(B).adminUp());

        a.commit(peer);
        a.awaitState(B, FsmState.ESTABLISHED);
        b.awaitState(A, FsmState.ESTABLISHED);
        assertEquals(2, b.status(A).establishedTransitions());
        a.assertNoViolations();
        b.assertNoViolations();
    }

    @Test
    void configurationChangeResetsWithCease6AndDeletionWithCease3() {
        ibgp(false);
        a.awaitState(B, FsmState.ESTABLISHED);
        b.awaitState(A, FsmState.ESTABLISHED);
        // A new hold time changes the OPEN: reset, and the next session negotiates it.
        a.commit(PeerConfig.to(B, 65000, b.port()).from(A).families(VPNV4, VPNV6, IPV4_UNICAST).hold(30).build());
        Await.until(SpeakerNode.WAIT, () -> "b to be reset and re-established: " + b.describe(A),
                () -> b.status(A).establishedTransitions() == 2 && b.status(A).established());
        // b is Established once it has a's KEEPALIVE; a may not have b's yet, and a peer removed
        // before Established never reaches the RIB.
        Await.until(SpeakerNode.WAIT, () -> "a to be re-established: " + a.describe(B),
                () -> a.status(B).establishedTransitions() == 2 && a.status(B).established());
        assertEquals("6/6", b.status(A).lastErrorCode() + "/" + b.status(A).lastErrorSubcode());
        assertEquals(30, b.status(A).holdTime());
        assertEquals(10, b.status(A).keepalive());
        // A description is not negotiated: no reset.
        PeerConfig described = PeerConfig.to(B, 65000, b.port()).from(A).families(VPNV4, VPNV6, IPV4_UNICAST).hold(30);
        described.description = "PE 3";
        a.commit(described.build());
        a.remove(described.build());
        Await.until(SpeakerNode.WAIT, () -> "b to hear the de-configuration: " + b.describe(A),
                () -> b.status(A).lastErrorSubcode() == 3);
        assertEquals(2, b.status(A).establishedTransitions(), "the description change did not reset");
        assertTrue(a.speaker.peers().isEmpty());
        assertEquals(2, a.rib.count(RecordingRib.Down.class));
        a.assertNoViolations();
        b.assertNoViolations();
    }
}
