package org.l3vpnd.engine.bgp.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.l3vpnd.engine.net.AfiSafi.VPNV4;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.l3vpnd.engine.bgp.wire.BgpKeepalive;
import org.l3vpnd.engine.bgp.wire.BgpOpen;

/**
 * RFC 4271 6.8, made deterministic: a scripted peer accepts the speaker's connection and opens
 * one of its own, then orders the OPENs so that the speaker has one connection in OpenConfirm
 * when the second OPEN arrives. The BGP identifiers decide which connection is closed with 6/7.
 */
class CollisionTest {
    private static final String SPEAKER = "127.0.0.4";
    private static final String PEER = "127.0.0.5";

    private SpeakerNode node;
    private ServerSocket listener;

    @BeforeEach
    void start() throws IOException {
        node = new SpeakerNode("s", SPEAKER, 65000, "10.0.0.4", false);
        listener = new ServerSocket();
        listener.bind(new InetSocketAddress(PEER, 0));
    }

    @AfterEach
    void stop() throws IOException {
        node.close();
        listener.close();
    }

    @ParameterizedTest(name = "peer ID {0}: the speaker keeps its {1} connection")
    @CsvSource({"10.0.0.9, incoming", "10.0.0.1, outgoing"})
    void lowerIdentifiersConnectionIsClosed(String peerId, String kept) throws IOException {
        node.commit(PeerConfig.to(PEER, 65001, listener.getLocalPort()).families(VPNV4).build());
        try (RawPeer speakersConnection = RawPeer.accept(listener);
             RawPeer peersConnection = RawPeer.connect(PEER, SPEAKER, node.port())) {
            BgpOpen open = RawPeer.open(65001, 90, peerId, List.of(VPNV4));
            speakersConnection.expect(BgpOpen.class);
            peersConnection.expect(BgpOpen.class);
            speakersConnection.send(open);
            speakersConnection.expect(BgpKeepalive.class);
            node.awaitState(PEER, FsmState.OPENCONFIRM);
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
            node.awaitState(PEER, FsmState.ESTABLISHED);
            PeerStatus s = node.status(PEER);
            assertEquals(keepIncoming ? peersConnection.localPort() : listener.getLocalPort(), s.remotePort());
            assertEquals(0, s.lastErrorCode(), "collisions are not errors");
            assertEquals(1, node.rib.count(RecordingRib.Up.class));
        }
        node.assertNoViolations();
    }
}
