package org.l3vpnd.snmp.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.l3vpnd.snmp.bgp.BgpFixture.*;
import static org.l3vpnd.snmp.table.IndexOids.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.config.SettingNames;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;
import org.snmp4j.PDU;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UnsignedInteger32;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/** l3vpndBgpPeerTable and the l3vpndBgpGlobal scalars, through a real UDP agent. */
class BgpPeerTableSnmpTest {

    private static final int[] RED = name("red");
    private static final int[] PROVIDER = name("");
    private static final int[] CE = ipv4("10.0.0.1");

    private BgpFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new BgpFixture();
        f.commit(vrf("red"), vrf("blue"));
        // An active peer needs the local AS and the router ID.
        assertOk(f.agent.set(new VariableBinding(scalar(GLOBAL, 1), new UnsignedInteger32(4200000000L)),
                new VariableBinding(scalar(GLOBAL, 2), new org.snmp4j.smi.IpAddress("192.0.2.254"))));
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    static VariableBinding vb(OID oid, int value) {
        return new VariableBinding(oid, new Integer32(value));
    }

    static VariableBinding vb(OID oid, String value) {
        return new VariableBinding(oid, new OctetString(value));
    }

    static VariableBinding unsigned(OID oid, long value) {
        return new VariableBinding(oid, new UnsignedInteger32(value));
    }

    static VariableBinding octets(OID oid, int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) values[i];
        }
        return new VariableBinding(oid, new OctetString(b));
    }

    private static void assertOk(PDU response) {
        assertEquals(PDU.noError, response.getErrorStatus(), () -> "response " + response);
    }

    private BgpPeer peer(String vrf, String address) {
        return f.config.running().get(BgpPeer.class, BgpPeer.keyOf(vrf, IpAddress.parse(address)).id())
                .orElseThrow();
    }

    @Test
    void createAndGoWithEveryColumnThenReadEveryColumnBack() throws Exception {
        int[][] idx = {RED, CE};
        assertOk(f.agent.set(vb(oid(PEER, 19, idx), 4),
                unsigned(oid(PEER, 3, idx), 65001),
                vb(oid(PEER, 4, idx), 1),
                octets(oid(PEER, 5, idx), 10, 0, 0, 2),
                unsigned(oid(PEER, 6, idx), 1179),
                unsigned(oid(PEER, 7, idx), 40000),
                octets(oid(PEER, 8, idx), 0xc0),
                vb(oid(PEER, 9, idx), 9),
                vb(oid(PEER, 10, idx), 3),
                vb(oid(PEER, 11, idx), 10),
                vb(oid(PEER, 12, idx), 0),
                vb(oid(PEER, 13, idx), 1),
                vb(oid(PEER, 14, idx), 1),
                vb(oid(PEER, 16, idx), "customer red CE1"),
                vb(oid(PEER, 17, idx), 2),
                vb(oid(PEER, 18, idx), 2)));

        BgpPeer p = peer("red", "10.0.0.1");
        assertEquals(new BgpPeer("red", IpAddress.parse("10.0.0.1"), 65001, IpAddress.parse("10.0.0.2"), 1179, 40000,
                EnumSet.of(AfiSafi.IPV4_UNICAST, AfiSafi.IPV6_UNICAST), 9, 3, 10, 0, true, true, "customer red CE1",
                false, true, StorageType.VOLATILE), p);

        List<Variable> expected = List.of(new UnsignedInteger32(65001), new Integer32(1),
                new OctetString(new byte[] {10, 0, 0, 2}), new UnsignedInteger32(1179), new UnsignedInteger32(40000),
                new OctetString(new byte[] {(byte) 0xc0}), new Integer32(9), new Integer32(3), new Integer32(10),
                new Integer32(0), new Integer32(1), new Integer32(1), new OctetString("customer red CE1"),
                new Integer32(2), new Integer32(2), new Integer32(1));
        int[] columns = {3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19};
        List<OID> oids = new ArrayList<>();
        for (int c : columns) {
            oids.add(oid(PEER, c, idx));
        }
        PDU r = f.agent.get(oids.toArray(new OID[0]));
        assertOk(r);
        for (int i = 0; i < columns.length; i++) {
            assertEquals(expected.get(i), r.get(i).getVariable(), "column " + columns[i]);
        }
        // A walk gives the same cells in the same order: no index column is readable.
        List<VariableBinding> walk = f.agent.walk(new OID(PEER));
        assertEquals(oids, walk.stream().map(VariableBinding::getOid).toList());
        assertEquals(expected, walk.stream().map(VariableBinding::getVariable).toList());
    }

    @Test
    void createAndGoNeedsOnlyTheRemoteAsAndTakesTheDefvals() throws Exception {
        int[][] idx = {PROVIDER, ipv4("192.0.2.1")};
        assertOk(f.agent.set(vb(oid(PEER, 19, idx), 4), unsigned(oid(PEER, 3, idx), 4200000000L)));
        assertEquals(new BgpPeer("", IpAddress.parse("192.0.2.1"), 4200000000L, null, 179, 0,
                EnumSet.of(AfiSafi.IPV4_UNICAST), -1, -1, -1, -1, false, false, "", true, true,
                StorageType.NON_VOLATILE), peer("", "192.0.2.1"));
        PDU r = f.agent.get(oid(PEER, 4, idx), oid(PEER, 5, idx), oid(PEER, 8, idx), oid(PEER, 18, idx));
        assertEquals(List.of(new Integer32(0), new OctetString(), new OctetString(new byte[] {(byte) 0x80}),
                new Integer32(3)), r.getVariableBindings().stream().map(VariableBinding::getVariable).toList());
    }

    @Test
    void createAndWaitIsNotReadyThenNotInServiceThenActive() throws Exception {
        int[][] idx = {RED, CE};
        OID status = oid(PEER, 19, idx);
        assertOk(f.agent.set(vb(status, 5)));
        assertEquals(new Integer32(3), f.agent.get(status).get(0).getVariable(), "notReady: no remote AS yet");
        assertEquals(Null.noSuchInstance, f.agent.get(oid(PEER, 3, idx)).get(0).getVariable());
        assertEquals(new Integer32(-1), f.agent.get(oid(PEER, 9, idx)).get(0).getVariable(), "DEFVALs at once");
        assertTrue(f.config.running().all(BgpPeer.class).isEmpty(), "a notReady row is not configuration");
        assertEquals(Null.noSuchInstance, f.agent.get(oid(STATE, 1, idx)).get(0).getVariable(),
                "no state for a notReady row");

        assertOk(f.agent.set(unsigned(oid(PEER, 3, idx), 65001), vb(oid(PEER, 16, idx), "waiting")));
        assertEquals(new Integer32(2), f.agent.get(status).get(0).getVariable(), "notInService once complete");
        assertFalse(peer("red", "10.0.0.1").inService());
        assertEquals(new Integer32(1), f.agent.get(oid(STATE, 1, idx)).get(0).getVariable(), "idle");

        assertOk(f.agent.set(vb(status, 1)));
        assertEquals(new Integer32(1), f.agent.get(status).get(0).getVariable());
        assertTrue(peer("red", "10.0.0.1").inService());
        assertEquals("waiting", peer("red", "10.0.0.1").description());
    }

    @Test
    void theSameAddressInTwoVrfsAndTheProviderTable() throws Exception {
        for (int[] vrf : new int[][] {name("blue"), RED, PROVIDER}) {
            assertOk(f.agent.set(vb(oid(PEER, 19, vrf, CE), 4), unsigned(oid(PEER, 3, vrf, CE), 65000 + vrf[0])));
        }
        assertEquals(3, f.config.running().all(BgpPeer.class).size());
        assertEquals(65004, peer("blue", "10.0.0.1").remoteAs());
        assertEquals(65003, peer("red", "10.0.0.1").remoteAs());
        assertEquals(65000, peer("", "10.0.0.1").remoteAs());
        // Index order: the provider table (empty name) first, then by name length, then octets.
        List<OID> expected = List.of(oid(PEER, 3, PROVIDER, CE), oid(PEER, 3, RED, CE),
                oid(PEER, 3, name("blue"), CE));
        assertEquals(expected, f.agent.walk(new OID(PEER + ".3")).stream().map(VariableBinding::getOid).toList());
    }

    @Test
    void walkOrdersIpv4BeforeIpv6AndAddressesByOctets() throws Exception {
        int[] v6 = ipv6(0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
        int[][] rows = {v6, ipv4("192.0.2.10"), ipv4("192.0.2.9"), ipv4("10.255.0.1")};
        for (int[] a : rows) {
            assertOk(f.agent.set(vb(oid(PEER, 19, PROVIDER, a), 4), unsigned(oid(PEER, 3, PROVIDER, a), 65001),
                    octets(oid(PEER, 8, PROVIDER, a), 0xf0)));
        }
        List<OID> expected = List.of(oid(PEER, 19, PROVIDER, ipv4("10.255.0.1")),
                oid(PEER, 19, PROVIDER, ipv4("192.0.2.9")), oid(PEER, 19, PROVIDER, ipv4("192.0.2.10")),
                oid(PEER, 19, PROVIDER, v6));
        assertEquals(expected, f.agent.walk(new OID(PEER + ".19")).stream().map(VariableBinding::getOid).toList());
        assertEquals(expected, f.agent.bulkWalk(new OID(PEER + ".19"), 3).stream().map(VariableBinding::getOid)
                .toList());
        // GETNEXT from inside an index lands on the next row.
        PDU r = f.agent.getNext(new OID(PEER + ".19.0.1.4.192.0"));
        assertEquals(oid(PEER, 19, PROVIDER, ipv4("192.0.2.9")), r.get(0).getOid());
    }

    @Test
    void everyColumnMayChangeWhileActiveAndDestroyRemovesTheRow() throws Exception {
        int[][] idx = {PROVIDER, ipv4("192.0.2.1")};
        assertOk(f.agent.set(vb(oid(PEER, 19, idx), 4), unsigned(oid(PEER, 3, idx), 65001)));
        assertOk(f.agent.set(unsigned(oid(PEER, 3, idx), 65002), vb(oid(PEER, 4, idx), 1),
                octets(oid(PEER, 5, idx), 192, 0, 2, 2), octets(oid(PEER, 8, idx), 0x20), vb(oid(PEER, 18, idx), 2)));
        BgpPeer p = peer("", "192.0.2.1");
        assertTrue(p.inService());
        assertEquals(65002, p.remoteAs());
        assertEquals(IpAddress.parse("192.0.2.2"), p.localAddress());
        assertEquals(EnumSet.of(AfiSafi.VPNV4), p.families());
        assertEquals(StorageType.VOLATILE, p.storage());
        // Back to no local address: type and address together.
        assertOk(f.agent.set(vb(oid(PEER, 4, idx), 0), octets(oid(PEER, 5, idx))));
        assertEquals(null, peer("", "192.0.2.1").localAddress());

        assertOk(f.agent.set(vb(oid(PEER, 19, idx), 6)));
        assertTrue(f.config.running().all(BgpPeer.class).isEmpty());
        assertEquals(List.of(), f.agent.walk(new OID(L3VPND + ".1.1.2")));
        assertOk(f.agent.set(vb(oid(PEER, 19, idx), 6)));
    }

    @Test
    void globalScalarsReadDefaultsAndWriteSettings() throws Exception {
        List<Variable> defaults = List.of(new UnsignedInteger32(4200000000L),
                new org.snmp4j.smi.IpAddress("192.0.2.254"), new org.snmp4j.smi.IpAddress("0.0.0.0"),
                new Integer32(0), new OctetString(), new UnsignedInteger32(179), new Integer32(1), new Integer32(90),
                new Integer32(30), new Integer32(120), new Integer32(2), new UnsignedInteger32(120));
        List<VariableBinding> walk = f.agent.walk(new OID(GLOBAL));
        List<OID> oids = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            oids.add(scalar(GLOBAL, i));
        }
        assertEquals(oids, walk.stream().map(VariableBinding::getOid).toList());
        assertEquals(defaults, walk.stream().map(VariableBinding::getVariable).toList());

        assertOk(f.agent.set(new VariableBinding(scalar(GLOBAL, 3), new org.snmp4j.smi.IpAddress("192.0.2.100")),
                vb(scalar(GLOBAL, 4), 2),
                octets(scalar(GLOBAL, 5), 0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1),
                unsigned(scalar(GLOBAL, 6), 1179), vb(scalar(GLOBAL, 7), 2), vb(scalar(GLOBAL, 8), 9),
                vb(scalar(GLOBAL, 9), 3), vb(scalar(GLOBAL, 10), 5), vb(scalar(GLOBAL, 11), 1),
                unsigned(scalar(GLOBAL, 12), 4095)));
        var c = f.config.running();
        assertEquals("192.0.2.100", c.setting(SettingNames.BGP_CLUSTER_ID, null));
        assertEquals("ipv6", c.setting(org.l3vpnd.engine.config.BgpValidator.LISTEN_ADDRESS_TYPE, null));
        assertEquals("2001:db8::1", c.setting(org.l3vpnd.engine.config.BgpValidator.LISTEN_ADDRESS, null));
        assertEquals("1179", c.setting(org.l3vpnd.engine.config.BgpValidator.LISTEN_PORT, null));
        assertEquals("down", c.setting(SettingNames.BGP_ADMIN_STATUS, null));
        assertEquals("9", c.setting(SettingNames.BGP_HOLD_TIME, null));
        assertEquals("3", c.setting(SettingNames.BGP_KEEPALIVE, null));
        assertEquals("5", c.setting(SettingNames.BGP_CONNECT_RETRY, null));
        assertEquals("true", c.setting(SettingNames.BGP_GR_ENABLE, null));
        assertEquals("4095", c.setting(SettingNames.BGP_GR_RESTART_TIME, null));
        assertEquals(new Integer32(2), f.agent.get(scalar(GLOBAL, 4)).get(0).getVariable());
        assertEquals(new Integer32(9), f.agent.get(scalar(GLOBAL, 8)).get(0).getVariable());
    }

    @Test
    void scalarsAndRowsOfOneRequestAreValidatedTogether() throws Exception {
        int[][] idx = {PROVIDER, ipv4("192.0.2.1")};
        // Hold time 9 with the default keepalive 30 is refused alone, fine with keepalive 3 in the same request.
        PDU r = f.agent.set(vb(scalar(GLOBAL, 8), 9));
        assertEquals(PDU.inconsistentValue, r.getErrorStatus(), r::toString);
        assertOk(f.agent.set(vb(scalar(GLOBAL, 8), 9), vb(scalar(GLOBAL, 9), 3)));
        // A peer keepalive of 9 does not fit the new default hold time: the row and the scalar both stay.
        r = f.agent.set(vb(scalar(GLOBAL, 11), 1), vb(oid(PEER, 19, idx), 4), unsigned(oid(PEER, 3, idx), 65001),
                vb(oid(PEER, 10, idx), 9));
        assertEquals(PDU.inconsistentValue, r.getErrorStatus(), r::toString);
        assertEquals(2, r.getErrorIndex(), "the error names the row at fault");
        assertEquals("false", f.config.running().setting(SettingNames.BGP_GR_ENABLE, "false"));
        assertTrue(f.config.running().all(BgpPeer.class).isEmpty());
        // Clearing the local AS under an active peer is refused; with the peer destroyed in the same request, fine.
        assertOk(f.agent.set(vb(oid(PEER, 19, idx), 4), unsigned(oid(PEER, 3, idx), 65001)));
        r = f.agent.set(unsigned(scalar(GLOBAL, 1), 0));
        assertEquals(PDU.inconsistentValue, r.getErrorStatus(), r::toString);
        assertOk(f.agent.set(unsigned(scalar(GLOBAL, 1), 0), vb(oid(PEER, 19, idx), 6)));
        assertEquals("0", f.config.running().setting(SettingNames.BGP_LOCAL_AS, null));
    }
}
