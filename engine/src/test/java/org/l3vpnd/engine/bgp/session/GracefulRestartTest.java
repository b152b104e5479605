package org.l3vpnd.engine.bgp.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.l3vpnd.engine.net.AfiSafi.VPNV4;
import static org.l3vpnd.engine.net.AfiSafi.VPNV6;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.l3vpnd.engine.bgp.wire.BgpCapability;
import org.l3vpnd.engine.bgp.wire.BgpNotification;
import org.l3vpnd.engine.bgp.wire.BgpOpen;
import org.l3vpnd.engine.bgp.wire.UpdateOutcome;

/**
 * RFC 4724 against a scripted peer: which endings keep the peer's routes (helper side), a peer
 * that reconnects while its old session still stands, and our own restart flags and End-of-RIB.
 */
class GracefulRestartTest {
    private static final String SPEAKER = "127.0.0.4";
    private static final String PEER = "127.0.0.5";
    private static final BgpCapability.GracefulRestart PEER_GR = RawPeer.gracefulRestart(0, 90, VPNV4);

    private SpeakerNode node;

    @BeforeEach
    void start() {
        node = new SpeakerNode("s", SPEAKER, 65000, "10.0.0.4", true);
        node.commit(PeerConfig.to(PEER, 65001, 179).families(VPNV4, VPNV6).passive().build());
        node.awaitState(PEER, FsmState.ACTIVE);
    }

    @AfterEach
    void stop() {
        node.close();
    }

    private RawPeer establish(int hold, BgpCapability... extra) throws IOException {
        RawPeer peer = RawPeer.connect(PEER, SPEAKER, node.port());
        peer.establish(RawPeer.open(65001, hold, "10.9.9.9", List.of(VPNV4, VPNV6), extra));
        node.awaitState(PEER, FsmState.ESTABLISHED);
        return peer;
    }

    private boolean awaitDown() {
        Await.until(SpeakerNode.WAIT, () -> "the RIB to hear down: " + node.rib,
                () -> node.rib.count(RecordingRib.Down.class) == 1);
        node.assertNoViolations();
        return node.rib.all(RecordingRib.Down.class).get(0).retainRoutes();
    }

    @ParameterizedTest(name = "reset={0}")
    @ValueSource(booleans = {false, true})
    void lostTransportKeepsRoutes(boolean reset) throws IOException {
        RawPeer peer = establish(90, PEER_GR);
        if (reset) {
            peer.reset();
        } else {
            peer.close();
        }
        assertTrue(awaitDown());
    }

    @Test
    void holdTimerExpiryKeepsRoutes() throws IOException {
        try (RawPeer peer = establish(3, PEER_GR)) {
            peer.expectNotification(4, 0);
        }
        assertTrue(awaitDown());
    }

    @Test
    void notificationFromThePeerFlushesRoutes() throws IOException {
        try (RawPeer peer = establish(90, PEER_GR)) {
            peer.send(BgpNotification.of(6, 2));
            peer.expectClosed();
        }
        assertFalse(awaitDown());
    }

    @Test
    void peerWithoutTheCapabilityIsNotHelped() throws IOException {
        establish(90).close();
        assertFalse(awaitDown());
    }

    @Test
    void peerWithoutForwardingStateFamiliesIsNotHelped() throws IOException {
        establish(90, RawPeer.gracefulRestart(0, 90)).close();
        assertFalse(awaitDown());
    }

    @Test
    void peerThatRestartsWhileEstablishedReplacesItsOldSession() throws IOException {
        try (RawPeer before = establish(90, PEER_GR)) {
            PeerSession old = node.session(PEER);
            try (RawPeer after = RawPeer.connect(PEER, SPEAKER, node.port())) {
                BgpCapability.GracefulRestart restarting = RawPeer.gracefulRestart(
                        BgpCapability.GracefulRestart.FLAG_RESTARTING, 90, VPNV4);
                after.establish(RawPeer.open(65001, 90, "10.9.9.9", List.of(VPNV4, VPNV6), restarting));
                before.expectClosed();
                Await.until(SpeakerNode.WAIT, () -> "the new session: " + node.rib,
                        () -> node.rib.count(RecordingRib.Up.class) == 2);
                RecordingRib.Down down = node.rib.all(RecordingRib.Down.class).get(0);
                assertTrue(down.retainRoutes());
                assertNotSame(old, node.session(PEER));
                assertTrue(node.session(PEER).peerGracefulRestart().orElseThrow().restarting());
                assertEquals(FsmState.ESTABLISHED, node.status(PEER).state());
            }
        }
        node.assertNoViolations();
    }

    @Test
    void afterOurRestartOpenCarriesTheRestartFlagsAndEndOfRibIsSent() throws IOException {
        node.speaker.restarted(true);
        node.rib.onEstablished = s -> s.sendEndOfRib(VPNV4);
        try (RawPeer peer = RawPeer.connect(PEER, SPEAKER, node.port())) {
            BgpOpen ours = peer.establish(RawPeer.open(65001, 90, "10.9.9.9", List.of(VPNV4, VPNV6), PEER_GR));
            BgpCapability.GracefulRestart gr = ours.capability(BgpCapability.GracefulRestart.class).orElseThrow();
            assertTrue(gr.restarting());
            assertEquals(120, gr.restartTimeSeconds());
            assertEquals(2, gr.families().size());
            assertTrue(gr.families().stream().allMatch(BgpCapability.GracefulRestart.Family::forwardingPreserved));
            UpdateOutcome.Ok eor = assertInstanceOf(UpdateOutcome.Ok.class, peer.read());
            assertTrue(eor.update().isEndOfRib());
            assertEquals(VPNV4, eor.update().mpUnreach().family());
        }
    }
}
