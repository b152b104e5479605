package org.l3vpnd.engine.bgp.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.l3vpnd.engine.net.AfiSafi.VPNV4;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.l3vpnd.engine.bgp.wire.BgpCapability;
import org.l3vpnd.engine.bgp.wire.BgpKeepalive;
import org.l3vpnd.engine.bgp.wire.BgpOpen;
import org.l3vpnd.engine.bgp.wire.BgpUpdate;

/**
 * RFC 4271 6.8, made deterministic: a scripted peer accepts the speaker's connection and opens
 * one of its own, and orders the messages on the two so that the speaker meets each collision
 * case on cue. When both connections are in the OPEN exchange, the BGP identifiers decide which
 * one is closed with 6/7; a connection whose OPEN arrives once the other is Established is closed
 * itself, whatever the identifiers say.
 */
class CollisionTest {
    private static final String SPEAKER = "127.0.0.4";
    private static final String SPEAKER_ID = "10.0.0.4";
    private static final String PEER = "127.0.0.5";
    /** Higher than the speaker's: by identifiers alone, the peer's own connection would win. */
    private static final String HIGHER_ID = "10.0.0.9";

    private SpeakerNode node;
    private ServerSocket listener;

    @BeforeEach
    void listen() throws IOException {
        listener = new ServerSocket();
        listener.bind(new InetSocketAddress(PEER, 0));
    }

    @AfterEach
    void stop() throws IOException {
        if (node != null) {
            node.close();
        }
        listener.close();
    }

    /** The speaker, actively connecting to the scripted peer's listener. */
    private void speaker(boolean gracefulRestart) {
        node = new SpeakerNode("s", SPEAKER, 65000, SPEAKER_ID, gracefulRestart);
        node.commit(PeerConfig.to(PEER, 65001, listener.getLocalPort()).families(VPNV4).build());
    }

    private static BgpOpen open(String routerId, boolean gracefulRestart) {
        return gracefulRestart
                ? RawPeer.open(65001, 90, routerId, List.of(VPNV4), RawPeer.gracefulRestart(0, 90, VPNV4))
                : RawPeer.open(65001, 90, routerId, List.of(VPNV4));
    }

    @ParameterizedTest(name = "peer ID {0}: the speaker keeps its {1} connection")
    @CsvSource({"10.0.0.9, incoming", "10.0.0.1, outgoing"})
    void withOneConnectionInOpenConfirmTheLowerIdentifiersConnectionIsClosed(String peerId, String kept)
            throws IOException {
        speaker(false);
        BgpOpen open = open(peerId, false);
        try (RawPeer speakersConnection = RawPeer.accept(listener)) {
            speakersConnection.expect(BgpOpen.class);
            speakersConnection.send(open);
            speakersConnection.expect(BgpKeepalive.class);
            node.awaitState(PEER, FsmState.OPENCONFIRM);
            try (RawPeer peersConnection = RawPeer.connect(PEER, SPEAKER, node.port())) {
                peersConnection.expect(BgpOpen.class);
                peersConnection.send(open);

                boolean keepIncoming = kept.equals("incoming");
                RawPeer winner = keepIncoming ? peersConnection : speakersConnection;
                RawPeer loser = keepIncoming ? speakersConnection : peersConnection;
                loser.expectNotification(6, 7);
                loser.expectClosed();
                if (keepIncoming) {
                    winner.expect(BgpKeepalive.class);
                }
                winner.send(BgpKeepalive.INSTANCE);
                assertEstablishedOn(keepIncoming ? peersConnection.localPort() : listener.getLocalPort());
            }
        }
    }

    /**
     * 6.8 allows an OpenSent connection to be weighed when the peer's identifier is known; the
     * speaker knows it from the first OPEN, and decides before its KEEPALIVE commits it to either
     * connection. Both ends thus decide the same way before either can reach Established.
     */
    @ParameterizedTest(name = "peer ID {0}: the speaker keeps its {1} connection")
    @CsvSource({"10.0.0.9, incoming", "10.0.0.1, outgoing"})
    void withBothConnectionsInOpenSentTheFirstOpenDecides(String peerId, String kept) throws IOException {
        speaker(false);
        BgpOpen open = open(peerId, false);
        try (RawPeer speakersConnection = RawPeer.accept(listener);
             RawPeer peersConnection = RawPeer.connect(PEER, SPEAKER, node.port())) {
            speakersConnection.expect(BgpOpen.class);
            peersConnection.expect(BgpOpen.class);
            speakersConnection.send(open);

            boolean keepIncoming = kept.equals("incoming");
            RawPeer winner = keepIncoming ? peersConnection : speakersConnection;
            RawPeer loser = keepIncoming ? speakersConnection : peersConnection;
            loser.expectNotification(6, 7);
            loser.expectClosed();
            assertEquals(0, loser.keepalivesSkipped, "the speaker never confirmed the losing connection");
            if (keepIncoming) {
                winner.send(open);
            }
            winner.expect(BgpKeepalive.class);
            winner.send(BgpKeepalive.INSTANCE);
            assertEstablishedOn(keepIncoming ? peersConnection.localPort() : listener.getLocalPort());
        }
    }

    /**
     * The second connection was accepted while the first was in OpenConfirm, and its OPEN arrives
     * only once the first is Established: it is the one closed (6/7), although the identifiers
     * favour it, and the RIB keeps its one session. Under graceful restart too: a connection that
     * was already open before Established is not the peer restarting.
     */
    @ParameterizedTest(name = "graceful restart {0}")
    @ValueSource(booleans = {false, true})
    void openArrivingAfterTheOtherConnectionIsEstablishedClosesTheNewConnection(boolean gracefulRestart)
            throws IOException {
        speaker(gracefulRestart);
        BgpOpen open = open(HIGHER_ID, gracefulRestart);
        try (RawPeer speakersConnection = RawPeer.accept(listener)) {
            speakersConnection.expect(BgpOpen.class);
            speakersConnection.send(open);
            speakersConnection.expect(BgpKeepalive.class);
            node.awaitState(PEER, FsmState.OPENCONFIRM);
            try (RawPeer peersConnection = RawPeer.connect(PEER, SPEAKER, node.port())) {
                peersConnection.expect(BgpOpen.class); // the speaker has it in OpenSent
                speakersConnection.send(BgpKeepalive.INSTANCE);
                node.awaitState(PEER, FsmState.ESTABLISHED);
                Await.until(SpeakerNode.WAIT, () -> "the RIB to hear established: " + node.rib,
                        () -> node.rib.count(RecordingRib.Up.class) == 1);

                peersConnection.send(open);
                peersConnection.expectNotification(6, 7);
                peersConnection.expectClosed();
                assertEquals(0, peersConnection.keepalivesSkipped, "the new connection was never confirmed");
            }
            // The Established connection carries on: an UPDATE on it still reaches the RIB.
            speakersConnection.send(BgpUpdate.endOfRib(VPNV4));
            Await.until(SpeakerNode.WAIT, () -> "the End-of-RIB to reach the RIB: " + node.rib,
                    () -> node.rib.count(RecordingRib.Update.class) == 1);
            assertEstablishedOn(listener.getLocalPort());
            assertEquals(0, node.rib.count(RecordingRib.Down.class), "the Established session was never replaced");
            assertTrue(node.transitions.stream().noneMatch(t -> t.contains("ESTABLISHED->")),
                    node.transitions::toString);
        }
    }

    private void assertEstablishedOn(int remotePort) {
        node.awaitState(PEER, FsmState.ESTABLISHED);
        Await.until(SpeakerNode.WAIT, () -> "the RIB to hear established: " + node.rib,
                () -> node.rib.count(RecordingRib.Up.class) >= 1);
        PeerStatus s = node.status(PEER);
        assertEquals(remotePort, s.remotePort());
        assertEquals(0, s.lastErrorCode(), "collisions are not errors");
        assertEquals(1, node.rib.count(RecordingRib.Up.class));
        node.assertNoViolations();
    }
}
