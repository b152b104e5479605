package org.l3vpnd.engine.bgp.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.l3vpnd.engine.net.AfiSafi.VPNV4;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.bgp.wire.BgpKeepalive;

/** Hold and keepalive timers against a scripted peer. */
class HoldTimerTest {
    private static final String SPEAKER = "127.0.0.4";
    private static final String PEER = "127.0.0.5";

    private SpeakerNode node;

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void silentPeerHitsTheHoldTimerAndTheSessionGoesIdle() throws IOException {
        node = new SpeakerNode("s", SPEAKER, 65000, "10.0.0.4", false);
        node.commit(PeerConfig.to(PEER, 65001, 179).families(VPNV4).passive().build());
        node.awaitState(PEER, FsmState.ACTIVE);
        try (RawPeer peer = RawPeer.connect(PEER, SPEAKER, node.port())) {
            peer.establish(RawPeer.open(65001, 3, "10.9.9.9", List.of(VPNV4)));
            node.awaitState(PEER, FsmState.ESTABLISHED);
            assertEquals(3, node.status(PEER).holdTime());
            assertEquals(1, node.status(PEER).keepalive());
            long start = System.nanoTime();
            peer.expectNotification(4, 0);
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(waitedMillis >= 2_000, "hold timer fired after " + waitedMillis + " ms");
            assertTrue(peer.keepalivesSkipped >= 2, "keepalives every second meanwhile: " + peer.keepalivesSkipped);
            peer.expectClosed();
        }
        Await.until(SpeakerNode.WAIT, "the RIB to hear down", () -> node.rib.count(RecordingRib.Down.class) == 1);
        assertFalse(node.rib.all(RecordingRib.Down.class).get(0).retainRoutes(), "no graceful restart negotiated");
        assertEquals("4/0", node.status(PEER).lastErrorCode() + "/" + node.status(PEER).lastErrorSubcode());
        assertTrue(node.transitions.contains(PEER + " ESTABLISHED->IDLE"), node.transitions.toString());
        node.assertNoViolations();
    }

    @Test
    void holdTimeZeroMeansNoKeepalivesAndNoHoldTimer() throws IOException {
        node = new SpeakerNode("s", SPEAKER, 65000, "10.0.0.4", false);
        node.commit(PeerConfig.to(PEER, 65001, 179).families(VPNV4).passive().build());
        node.awaitState(PEER, FsmState.ACTIVE);
        try (RawPeer peer = RawPeer.connect(PEER, SPEAKER, node.port())) {
            peer.establish(RawPeer.open(65001, 0, "10.9.9.9", List.of(VPNV4)));
            node.awaitState(PEER, FsmState.ESTABLISHED);
            assertEquals(0, node.status(PEER).holdTime());
            assertEquals(0, node.status(PEER).keepalive());
            // Nothing may arrive: a short read timeout must expire with the session still up.
            peer.socket.setSoTimeout(1_500);
            try {
                peer.read();
                throw new AssertionError("the speaker sent something with hold time 0");
            } catch (java.net.SocketTimeoutException expected) {
                // silence, as negotiated
            }
            assertEquals(FsmState.ESTABLISHED, node.status(PEER).state());
            peer.send(BgpKeepalive.INSTANCE);
        }
    }
}
