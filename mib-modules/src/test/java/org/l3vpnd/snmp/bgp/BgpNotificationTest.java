package org.l3vpnd.snmp.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.l3vpnd.snmp.bgp.BgpFixture.*;
import static org.l3vpnd.snmp.table.IndexOids.*;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.net.AfiSafi;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.VariableBinding;

/** The peer notifications of L3VPND-MIB and BGP4-MIB: which are sent, and their exact varbinds. */
class BgpNotificationTest {

    private static final OID L3VPND_ESTABLISHED = new OID(L3VPND + ".0.1");
    private static final OID L3VPND_BACKWARD = new OID(L3VPND + ".0.2");
    private static final OID BGP_ESTABLISHED = new OID(BGP + ".0.1");
    private static final OID BGP_BACKWARD = new OID(BGP + ".0.2");

    private BgpFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new BgpFixture();
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    private static BgpPeerStatus state(int fsm, int code, int subcode) {
        return new BgpPeerStatus(fsm, 0, 1, 0, 0, 0, Set.of(AfiSafi.IPV4_UNICAST), Set.of(), code, subcode, "", 0, 0,
                0, 0, BgpPeerStatus.NEVER, BgpPeerStatus.NEVER, null, 0, 0, Map.of());
    }

    private static VariableBinding vb(OID oid, org.snmp4j.smi.Variable v) {
        return new VariableBinding(oid, v);
    }

    @Test
    void theModuleListensToTheSpeaker() {
        assertEquals(1, f.speaker.listenerCount());
    }

    @Test
    void anIpv4ProviderPeerGetsBothNotifications() {
        f.speaker.transition("", "192.0.2.9", BgpPeerStatus.OPEN_CONFIRM, state(BgpPeerStatus.ESTABLISHED, 0, 0));
        int[][] idx = {name(""), ipv4("192.0.2.9")};
        assertEquals(List.of(
                new Sent(L3VPND_ESTABLISHED, List.of(
                        vb(oid(STATE, 15, idx), new Integer32(1)),
                        vb(oid(STATE, 16, idx), new OctetString(new byte[] {(byte) 192, 0, 2, 9})),
                        vb(oid(STATE, 1, idx), new Integer32(6)),
                        vb(oid(STATE, 7, idx), new OctetString(new byte[] {0, 0})),
                        vb(oid(STATE, 17, idx), new OctetString()))),
                new Sent(BGP_ESTABLISHED, List.of(
                        vb(oid(BGP_PEER, 7, ip("192.0.2.9")), new IpAddress("192.0.2.9")),
                        vb(oid(BGP_PEER, 14, ip("192.0.2.9")), new OctetString(new byte[] {0, 0})),
                        vb(oid(BGP_PEER, 2, ip("192.0.2.9")), new Integer32(6))))), f.sent);

        f.sent.clear();
        // Hold timer expired: NOTIFICATION code 4, subcode 0; the FSM is back in idle.
        f.speaker.transition("", "192.0.2.9", BgpPeerStatus.ESTABLISHED, state(BgpPeerStatus.IDLE, 4, 0));
        assertEquals(List.of(L3VPND_BACKWARD, BGP_BACKWARD), f.sent.stream().map(Sent::trap).toList());
        assertEquals(vb(oid(STATE, 7, idx), new OctetString(new byte[] {4, 0})), f.sent.get(0).varbinds().get(3));
        assertEquals(vb(oid(STATE, 1, idx), new Integer32(1)), f.sent.get(0).varbinds().get(2));
        assertEquals(List.of(
                vb(oid(BGP_PEER, 7, ip("192.0.2.9")), new IpAddress("192.0.2.9")),
                vb(oid(BGP_PEER, 14, ip("192.0.2.9")), new OctetString(new byte[] {4, 0})),
                vb(oid(BGP_PEER, 2, ip("192.0.2.9")), new Integer32(1))), f.sent.get(1).varbinds());
    }

    @Test
    void vrfAndIpv6PeersGetTheExtensionNotificationOnly() {
        f.speaker.transition("red", "10.0.0.1", BgpPeerStatus.ESTABLISHED, state(BgpPeerStatus.ACTIVE, 6, 2));
        int[][] idx = {name("red"), ipv4("10.0.0.1")};
        assertEquals(List.of(new Sent(L3VPND_BACKWARD, List.of(
                vb(oid(STATE, 15, idx), new Integer32(1)),
                vb(oid(STATE, 16, idx), new OctetString(new byte[] {10, 0, 0, 1})),
                vb(oid(STATE, 1, idx), new Integer32(3)),
                vb(oid(STATE, 7, idx), new OctetString(new byte[] {6, 2})),
                vb(oid(STATE, 17, idx), new OctetString("red"))))), f.sent);

        f.sent.clear();
        f.speaker.transition("", "2001:db8::1", BgpPeerStatus.OPEN_CONFIRM, state(BgpPeerStatus.ESTABLISHED, 0, 0));
        int[] v6 = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
        int[][] idx6 = {name(""), ipv6(v6)};
        byte[] raw = new byte[16];
        for (int i = 0; i < 16; i++) {
            raw[i] = (byte) v6[i];
        }
        assertEquals(List.of(new Sent(L3VPND_ESTABLISHED, List.of(
                vb(oid(STATE, 15, idx6), new Integer32(2)),
                vb(oid(STATE, 16, idx6), new OctetString(raw)),
                vb(oid(STATE, 1, idx6), new Integer32(6)),
                vb(oid(STATE, 7, idx6), new OctetString(new byte[] {0, 0})),
                vb(oid(STATE, 17, idx6), new OctetString())))), f.sent);
    }
}
