package org.l3vpnd.engine.bgp.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.l3vpnd.engine.net.AfiSafi.VPNV4;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.bgp.wire.BgpNotification;
import org.l3vpnd.engine.bgp.wire.BgpOpen;
import org.l3vpnd.engine.loop.ManualClock;

/**
 * The engine-loop timers on a manual clock: Idle hold after failures (RFC 4271 8.1.1), during
 * which the peer refuses connections with Cease 6/5 for exactly the damped time, doubling per
 * failure; and ConnectRetry, which alone makes an active peer try again. A peer that refuses our
 * connection leaves us Active instead: its own connection is taken at once, and only our next
 * attempt waits out the damped time.
 */
class ManualClockTimersTest {
    private static final String SPEAKER = "127.0.0.4";
    private static final String PEER = "127.0.0.5";
    private static final SpeakerTiming TIMING = new SpeakerTiming(Duration.ofSeconds(10), Duration.ofSeconds(40),
            Duration.ofSeconds(60), 240, Duration.ofSeconds(5));

    private final ManualClock clock = new ManualClock();
    private SpeakerNode node;

    @BeforeEach
    void start() {
        node = new SpeakerNode("s", SPEAKER, 65000, "10.0.0.4", false, clock, TIMING);
        node.commit(PeerConfig.to(PEER, 65001, 179).families(VPNV4).passive().build());
        node.awaitState(PEER, FsmState.ACTIVE);
    }

    @AfterEach
    void stop() {
        node.close();
    }

    private void failOnce() throws IOException {
        try (RawPeer peer = RawPeer.connect(PEER, SPEAKER, node.port())) {
            peer.expect(BgpOpen.class);
            peer.send(RawPeer.open(65002, 90, "10.9.9.9", List.of(VPNV4))); // wrong AS
            peer.expectNotification(2, 2);
        }
        node.awaitState(PEER, FsmState.IDLE);
    }

    private void expectRejected() throws IOException {
        try (RawPeer peer = RawPeer.connect(PEER, SPEAKER, node.port())) {
            peer.expectNotification(6, 5);
        }
        assertEquals(FsmState.IDLE, node.status(PEER).state());
    }

    @Test
    void idleHoldDoublesWithEachFailureAndEndsOnTime() throws IOException {
        failOnce();
        expectRejected();
        clock.advance(Duration.ofMillis(9_999));
        expectRejected();
        clock.advance(Duration.ofMillis(1));
        assertEquals(FsmState.ACTIVE, node.status(PEER).state());

        failOnce();
        clock.advance(Duration.ofSeconds(10));
        expectRejected();
        clock.advance(Duration.ofSeconds(10));
        assertEquals(FsmState.ACTIVE, node.status(PEER).state());

        failOnce();
        failOnceMoreAfter(Duration.ofSeconds(40)); // 40 s: the cap
        clock.advance(Duration.ofSeconds(39));
        expectRejected();
        clock.advance(Duration.ofSeconds(1));
        assertEquals(FsmState.ACTIVE, node.status(PEER).state());
    }

    @Test
    void administrativeRestartClearsTheDamping() throws IOException {
        failOnce();
        node.commit(PeerConfig.to(PEER, 65001, 179).families(VPNV4).passive().adminUp(false).build());
        node.commit(PeerConfig.to(PEER, 65001, 179).families(VPNV4).passive().build());
        node.awaitState(PEER, FsmState.ACTIVE); // at once, with the clock standing still
    }

    @Test
    void connectRetryTriesAgainOnlyWhenItExpires() throws IOException {
        int port = Daemon.freePort(PEER);
        PeerConfig active = PeerConfig.to(PEER, 65001, port).families(VPNV4);
        active.connectRetry = 30;
        node.commit(active.build());
        Await.until(SpeakerNode.WAIT, () -> "the refused attempt: " + node.describe(PEER),
                () -> node.status(PEER).state() == FsmState.ACTIVE
                        && node.status(PEER).lastErrorText().startsWith("TCP connection failed"));
        try (ServerSocket listener = new ServerSocket()) {
            listener.bind(new InetSocketAddress(PEER, port));
            clock.advance(Duration.ofSeconds(29));
            assertEquals(FsmState.ACTIVE, node.status(PEER).state());
            clock.advance(Duration.ofSeconds(1));
            try (RawPeer peer = RawPeer.accept(listener)) {
                peer.expect(BgpOpen.class);
                // The OPEN leaves before the loop publishes the new state to other threads.
                node.awaitState(PEER, FsmState.OPENSENT);
            }
        }
    }

    /** The peer refuses our connection with 6/5; the speaker is then Active, not Idle. */
    private ServerSocket refusedOnce() throws IOException {
        ServerSocket listener = new ServerSocket();
        listener.bind(new InetSocketAddress(PEER, 0));
        PeerConfig active = PeerConfig.to(PEER, 65001, listener.getLocalPort()).families(VPNV4);
        active.connectRetry = 30;
        node.commit(active.build());
        try (RawPeer refusing = RawPeer.accept(listener)) {
            refusing.expect(BgpOpen.class);
            refusing.send(BgpNotification.of(6, 5));
            refusing.expectClosed();
        }
        Await.until(SpeakerNode.WAIT, () -> "the refusal: " + node.describe(PEER),
                () -> node.status(PEER).lastErrorText().startsWith("received 6/5"));
        assertEquals(FsmState.ACTIVE, node.status(PEER).state());
        return listener;
    }

    @Test
    void refusedByThePeerTheSpeakerStaysActiveAndTakesThePeersConnection() throws IOException {
        try (ServerSocket listener = refusedOnce();
             RawPeer peersOwn = RawPeer.connect(PEER, SPEAKER, node.port())) {
            // Idle would refuse this one with 6/5 in turn: two active peers could keep missing each other.
            peersOwn.establish(RawPeer.open(65001, 90, "10.9.9.9", List.of(VPNV4)));
            node.awaitState(PEER, FsmState.ESTABLISHED);
        }
    }

    @Test
    void refusedByThePeerTheSpeakerTriesAgainAfterTheDampedTime() throws IOException {
        try (ServerSocket listener = refusedOnce()) {
            clock.advance(Duration.ofMillis(9_999));
            assertEquals(FsmState.ACTIVE, node.status(PEER).state());
            clock.advance(Duration.ofMillis(1)); // 10 s: the Idle hold of one failure, not ConnectRetry
            try (RawPeer again = RawPeer.accept(listener)) {
                again.expect(BgpOpen.class);
            }
        }
    }

    private void failOnceMoreAfter(Duration hold) throws IOException {
        clock.advance(hold.dividedBy(2));
        clock.advance(hold.dividedBy(2));
        assertEquals(FsmState.ACTIVE, node.status(PEER).state());
        failOnce();
    }
}
