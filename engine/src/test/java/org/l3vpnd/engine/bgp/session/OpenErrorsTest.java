package org.l3vpnd.engine.bgp.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.l3vpnd.engine.net.AfiSafi.VPNV4;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.l3vpnd.engine.bgp.wire.BgpCapability;
import org.l3vpnd.engine.bgp.wire.BgpKeepalive;
import org.l3vpnd.engine.bgp.wire.BgpOpen;
import org.l3vpnd.engine.net.IpAddress;

/**
 * A scripted peer on a raw socket sends OPENs the speaker must refuse, and connects from places
 * it must not be let in from.
 */
class OpenErrorsTest {
    private static final String SPEAKER = "127.0.0.4";
    private static final String EBGP = "127.0.0.5";
    private static final String IBGP = "127.0.0.6";
    private static final String SPEAKER_ID = "10.0.0.4";

    private SpeakerNode node;

    @BeforeEach
    void start() {
        node = new SpeakerNode("s", SPEAKER, 65000, SPEAKER_ID, false);
        node.commit(PeerConfig.to(EBGP, 65001, 179).families(VPNV4).passive().build(),
                PeerConfig.to(IBGP, 65000, 179).families(VPNV4).passive().build(),
                PeerConfig.to("127.0.0.7", 65001, 179).families(VPNV4).passive().adminUp(false).build());
        node.awaitState(EBGP, FsmState.ACTIVE);
        node.awaitState(IBGP, FsmState.ACTIVE);
    }

    @AfterEach
    void stop() {
        node.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // case,                     from,      version, AS,    hold, router ID,  code, subcode
        "unsupported version,        127.0.0.5, 3,       65001, 90,   10.9.9.9,   2,    1",
        "wrong peer AS,              127.0.0.5, 4,       65002, 90,   10.9.9.9,   2,    2",
        "router ID zero,             127.0.0.5, 4,       65001, 90,   0.0.0.0,    2,    3",
        "iBGP peer with our ID,      127.0.0.6, 4,       65000, 90,   10.0.0.4,   2,    3",
        "hold time 1,                127.0.0.5, 4,       65001, 1,    10.9.9.9,   2,    6",
        "hold time 2,                127.0.0.6, 4,       65000, 2,    10.9.9.9,   2,    6",
    })
    void badOpenIsAnsweredWithItsNotification(String name, String from, int version, long as, int hold,
                                              String routerId, int code, int subcode) throws IOException {
        try (RawPeer peer = RawPeer.connect(from, SPEAKER, node.port())) {
            BgpOpen good = RawPeer.open(as, hold, routerId, List.of(VPNV4));
            peer.expect(BgpOpen.class);
            peer.send(new BgpOpen(version, good.myAs(), good.holdTime(), good.bgpId(), good.capabilities()));
            peer.expectNotification(code, subcode);
            peer.expectClosed();
        }
        // The NOTIFICATION may reach the peer before the engine loop has published the status.
        Await.until(SpeakerNode.WAIT, () -> "the status to show the error: " + node.describe(from),
                () -> node.status(from).lastErrorCode() == code);
        PeerStatus s = node.status(from);
        assertEquals(code + "/" + subcode, s.lastErrorCode() + "/" + s.lastErrorSubcode());
        assertTrue(s.lastErrorText().startsWith("sent " + code + "/" + subcode), s.lastErrorText());
        assertNotEquals(FsmState.ESTABLISHED, s.state());
        assertEquals(0, node.rib.events.size(), "nothing reaches the RIB");
    }

    @Test
    void keepaliveBeforeOpenIsAnFsmError() throws IOException {
        try (RawPeer peer = RawPeer.connect(EBGP, SPEAKER, node.port())) {
            peer.expect(BgpOpen.class);
            peer.send(BgpKeepalive.INSTANCE);
            peer.expectNotification(5, 1); // RFC 6608: unexpected message in OpenSent
            peer.expectClosed();
        }
    }

    @Test
    void speakersOpenAdvertisesWhatTheRfcsAsk() throws IOException {
        try (RawPeer peer = RawPeer.connect(EBGP, SPEAKER, node.port())) {
            BgpOpen open = peer.expect(BgpOpen.class);
            assertEquals(4, open.version());
            assertEquals(65000, open.myAs());
            assertEquals(90, open.holdTime());
            assertEquals(IpAddress.parse(SPEAKER_ID).ipv4(), open.bgpId());
            assertTrue(open.capabilities().contains(new BgpCapability.Multiprotocol(1, 128)));
            assertTrue(open.hasCapability(BgpCapability.ROUTE_REFRESH));
            assertTrue(open.hasCapability(BgpCapability.ENHANCED_ROUTE_REFRESH));
            assertTrue(open.capabilities().contains(new BgpCapability.FourOctetAs(65000)));
            assertTrue(open.capability(BgpCapability.GracefulRestart.class).isEmpty(), "GR is off");
        }
    }

    @Test
    void unknownAddressIsClosedWithoutAWord() throws IOException {
        try (RawPeer peer = RawPeer.connect("127.0.0.99", SPEAKER, node.port())) {
            peer.expectClosed();
        }
    }

    @Test
    void administrativelyDownPeerIsRejectedWithCease5() throws IOException {
        try (RawPeer peer = RawPeer.connect("127.0.0.7", SPEAKER, node.port())) {
            peer.expectNotification(6, 5);
            peer.expectClosed();
        }
        assertEquals(FsmState.IDLE, node.status("127.0.0.7").state());
    }
}
