package org.l3vpnd.snmp.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.l3vpnd.snmp.bgp.BgpFixture.*;
import static org.l3vpnd.snmp.table.IndexOids.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.config.Setting;
import org.l3vpnd.engine.config.SettingNames;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.snmp.bgp.BgpPeerStatus.Capability;
import org.l3vpnd.snmp.bgp.BgpPeerStatus.FamilyStatus;
import org.l3vpnd.snmp.bgp.BgpPeerStatus.GrState;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/** Peer state, family state and BGP4-MIB over a fake speaker, with OIDs built by hand. */
class BgpStateSnmpTest {

    private static final int[] PROVIDER = name("");
    private static final int[] V6 = ipv6(0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
    /** Engine time of the test's "now". */
    private static final long NOW = 1_000_000;

    private BgpFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new BgpFixture();
        f.commit(vrf("red"), Setting.of(SettingNames.BGP_LOCAL_AS, "4200000000"),
                Setting.of(SettingNames.BGP_ROUTER_ID, "192.0.2.254"),
                peer("", "192.0.2.9", 65001, null, -1, -1, true, AfiSafi.IPV4_UNICAST, AfiSafi.VPNV4),
                peer("", "10.0.0.1", 4200000001L, "10.0.0.2", 9, 3, true, AfiSafi.IPV4_UNICAST),
                peer("", "2001:db8::1", 65002, null, -1, -1, true, AfiSafi.VPNV6, AfiSafi.IPV6_UNICAST),
                peer("red", "10.0.0.1", 65003, null, -1, -1, true, AfiSafi.IPV4_UNICAST),
                peer("", "192.0.2.200", 65004, null, -1, -1, false, AfiSafi.IPV4_UNICAST));
        f.speaker.set("", "192.0.2.9", established());
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    static BgpPeer peer(String vrf, String address, long as, String local, int hold, int keepalive, boolean active,
                        AfiSafi... families) {
        return new BgpPeer(vrf, IpAddress.parse(address), as, local == null ? null : IpAddress.parse(local), 179, 0,
                EnumSet.of(families[0], families), hold, keepalive, -1, -1, false, false, "", true, active,
                StorageType.NON_VOLATILE);
    }

    /** An established session with every value distinct. */
    static BgpPeerStatus established() {
        return new BgpPeerStatus(BgpPeerStatus.ESTABLISHED, NOW - 125_000, 3, 90, 30, 0xc0000201,
                Set.of(AfiSafi.IPV4_UNICAST, AfiSafi.VPNV4), Set.of(Capability.ROUTE_REFRESH, Capability.FOUR_OCTET_AS),
                6, 2, "Cease: administrative shutdown", 100, 200, 10, 20, NOW - 7_000, NOW - 1_000_000,
                IpAddress.parse("192.0.2.254"), 51000, 179,
                Map.of(AfiSafi.VPNV4, new FamilyStatus(5, 4, 3, GrState.NEGOTIATED),
                        AfiSafi.IPV4_UNICAST, new FamilyStatus(7, 6, 1 + (1L << 32), GrState.NOT_NEGOTIATED)));
    }

    private static org.snmp4j.smi.IpAddress ipAddress(String dotted) {
        return new org.snmp4j.smi.IpAddress(dotted);
    }

    private static OctetString bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) values[i];
        }
        return new OctetString(b);
    }

    @Test
    void bgp4MibShowsTheActiveIpv4ProviderPeersOnly() throws Exception {
        List<Variable> idle = List.of(ipAddress("0.0.0.0"), new Integer32(1), new Integer32(2), new Integer32(0),
                ipAddress("10.0.0.2"), new Integer32(0), ipAddress("10.0.0.1"), new Integer32(179),
                new Integer32(23456), new Counter32(0), new Counter32(0), new Counter32(0), new Counter32(0),
                bytes(0, 0), new Counter32(0), new Gauge32(0), new Integer32(120), new Integer32(0), new Integer32(0),
                new Integer32(9), new Integer32(3), new Integer32(15), new Integer32(30), new Gauge32(0));
        List<Variable> up = List.of(ipAddress("192.0.2.1"), new Integer32(6), new Integer32(2), new Integer32(4),
                ipAddress("192.0.2.254"), new Integer32(51000), ipAddress("192.0.2.9"), new Integer32(179),
                new Integer32(65001), new Counter32(10), new Counter32(20), new Counter32(100), new Counter32(200),
                bytes(6, 2), new Counter32(3), new Gauge32(125), new Integer32(120), new Integer32(90),
                new Integer32(30), new Integer32(90), new Integer32(30), new Integer32(15), new Integer32(30),
                new Gauge32(7));
        List<OID> oids = new ArrayList<>();
        List<Variable> values = new ArrayList<>();
        for (int col = 1; col <= 24; col++) {
            oids.add(oid(BGP_PEER, col, ip("10.0.0.1")));
            values.add(idle.get(col - 1));
            oids.add(oid(BGP_PEER, col, ip("192.0.2.9")));
            values.add(up.get(col - 1));
        }
        List<VariableBinding> walk = f.agent.walk(new OID(BGP + ".3"));
        assertEquals(oids, walk.stream().map(VariableBinding::getOid).toList());
        assertEquals(values, walk.stream().map(VariableBinding::getVariable).toList());
        assertEquals(oids, f.agent.bulkWalk(new OID(BGP + ".3"), 10).stream().map(VariableBinding::getOid).toList());
    }

    @Test
    void bgp4MibGlobals() throws Exception {
        List<? extends VariableBinding> r = f.agent.get(scalar(BGP, 1), scalar(BGP, 2), scalar(BGP, 4))
                .getVariableBindings();
        assertEquals(List.of(bytes(0x10), new Integer32(23456), ipAddress("192.0.2.254")),
                r.stream().map(VariableBinding::getVariable).toList(), "BGP-4, AS_TRANS for a 4-octet AS");
        f.commit(Setting.of(SettingNames.BGP_LOCAL_AS, "65535"));
        assertEquals(new Integer32(65535), f.agent.get(scalar(BGP, 2)).get(0).getVariable());
        // The walk of the module's scalars and table, in OID order.
        List<OID> walk = f.agent.walk(new OID(BGP)).stream().map(VariableBinding::getOid).toList();
        assertEquals(scalar(BGP, 1), walk.get(0));
        assertEquals(scalar(BGP, 2), walk.get(1));
        assertEquals(oid(BGP_PEER, 1, ip("10.0.0.1")), walk.get(2));
        assertEquals(scalar(BGP, 4), walk.get(walk.size() - 1));
        assertEquals(3 + 24 * 2, walk.size());
    }

    @Test
    void peerStateOfAnEstablishedAndAnIdlePeer() throws Exception {
        int[][] up = {PROVIDER, ipv4("192.0.2.9")};
        List<Variable> expected = List.of(new Integer32(6), new Gauge32(125), new Integer32(90), new Integer32(30),
                ipAddress("192.0.2.1"), bytes(0xa3, 0x00), bytes(6, 2), new OctetString("Cease: administrative shutdown"),
                new Counter32(100), new Counter32(200), new Counter32(10), new Counter32(20), new Counter32(3),
                // sysUpTime now less 1,000 s: 500,000 + 100,000 - 100,000 centiseconds.
                new TimeTicks(500_000));
        List<OID> oids = new ArrayList<>();
        for (int col = 1; col <= 14; col++) {
            oids.add(oid(STATE, col, up));
        }
        assertEquals(expected, f.agent.get(oids.toArray(new OID[0])).getVariableBindings().stream()
                .map(VariableBinding::getVariable).toList());

        int[][] idle = {name("red"), ipv4("10.0.0.1")};
        List<Variable> idleValues = List.of(new Integer32(1), new Gauge32(0), new Integer32(0), new Integer32(0),
                ipAddress("0.0.0.0"), bytes(0, 0), bytes(0, 0), new OctetString(), new Counter32(0), new Counter32(0),
                new Counter32(0), new Counter32(0), new Counter32(0), new TimeTicks(0));
        oids.clear();
        for (int col = 1; col <= 14; col++) {
            oids.add(oid(STATE, col, idle));
        }
        assertEquals(idleValues, f.agent.get(oids.toArray(new OID[0])).getVariableBindings().stream()
                .map(VariableBinding::getVariable).toList());

        // Every peer has a state row, notInService ones too; in index order.
        List<OID> rows = List.of(oid(STATE, 1, PROVIDER, ipv4("10.0.0.1")), oid(STATE, 1, PROVIDER, ipv4("192.0.2.9")),
                oid(STATE, 1, PROVIDER, ipv4("192.0.2.200")), oid(STATE, 1, PROVIDER, V6), oid(STATE, 1, idle));
        assertEquals(rows, f.agent.walk(new OID(STATE + ".1")).stream().map(VariableBinding::getOid).toList());
        assertEquals(14 * 5, f.agent.walk(new OID(STATE)).size(), "no accessible-for-notify column is readable");
    }

    @Test
    void negotiatedValuesInOpenConfirmFollowEachMibsText() throws Exception {
        BgpPeerStatus s = established();
        f.speaker.set("", "192.0.2.9", new BgpPeerStatus(BgpPeerStatus.OPEN_CONFIRM, s.establishedChangeMillis(),
                s.establishedTransitions(), 90, 30, s.remoteIdentifier(), s.negotiatedFamilies(),
                s.negotiatedCapabilities(), 0, 0, "", 1, 1, 0, 0, BgpPeerStatus.NEVER, BgpPeerStatus.NEVER, null, 0, 0,
                Map.of()));
        int[][] idx = {PROVIDER, ipv4("192.0.2.9")};
        // L3VPND-MIB: timers and capabilities are 0 / empty unless established.
        assertEquals(List.of(new Integer32(0), new Integer32(0), bytes(0, 0), ipAddress("192.0.2.1")),
                f.agent.get(oid(STATE, 3, idx), oid(STATE, 4, idx), oid(STATE, 6, idx), oid(STATE, 5, idx))
                        .getVariableBindings().stream().map(VariableBinding::getVariable).toList());
        // BGP4-MIB: the OPEN is accepted in OpenConfirm, so identifier, version and timers are known.
        assertEquals(List.of(ipAddress("192.0.2.1"), new Integer32(4), new Integer32(90), new Integer32(30),
                        new Gauge32(0)),
                f.agent.get(oid(BGP_PEER, 1, ip("192.0.2.9")), oid(BGP_PEER, 4, ip("192.0.2.9")),
                        oid(BGP_PEER, 18, ip("192.0.2.9")), oid(BGP_PEER, 19, ip("192.0.2.9")),
                        oid(BGP_PEER, 24, ip("192.0.2.9"))).getVariableBindings().stream()
                        .map(VariableBinding::getVariable).toList());
    }

    @Test
    void familyRowsForEveryConfiguredFamilyOfActivePeers() throws Exception {
        List<OID> expected = List.of(
                oid(FAM, 3, PROVIDER, ipv4("10.0.0.1"), ids(1, 1)),
                oid(FAM, 3, PROVIDER, ipv4("192.0.2.9"), ids(1, 1)),
                oid(FAM, 3, PROVIDER, ipv4("192.0.2.9"), ids(1, 128)),
                oid(FAM, 3, PROVIDER, V6, ids(2, 1)),
                oid(FAM, 3, PROVIDER, V6, ids(2, 128)),
                oid(FAM, 3, name("red"), ipv4("10.0.0.1"), ids(1, 1)));
        List<VariableBinding> walk = f.agent.walk(new OID(FAM + ".3"));
        assertEquals(expected, walk.stream().map(VariableBinding::getOid).toList());
        assertEquals(List.of(new Integer32(2), new Integer32(1), new Integer32(1), new Integer32(2), new Integer32(2),
                new Integer32(2)), walk.stream().map(VariableBinding::getVariable).toList());

        int[][] vpn = {PROVIDER, ipv4("192.0.2.9"), ids(1, 128)};
        int[][] uni = {PROVIDER, ipv4("192.0.2.9"), ids(1, 1)};
        assertEquals(List.of(new Gauge32(5), new Gauge32(4), new Gauge32(3), new Integer32(2), new Gauge32(7),
                        new Gauge32(0xFFFFFFFFL), new Integer32(1)),
                f.agent.get(oid(FAM, 4, vpn), oid(FAM, 5, vpn), oid(FAM, 6, vpn), oid(FAM, 7, vpn), oid(FAM, 4, uni),
                        oid(FAM, 6, uni), oid(FAM, 7, uni)).getVariableBindings().stream()
                        .map(VariableBinding::getVariable).toList());
        // An AFI/SAFI pair that is no family, and a family the peer does not have.
        assertEquals(Null.noSuchInstance,
                f.agent.get(oid(FAM, 3, PROVIDER, ipv4("192.0.2.9"), ids(1, 2))).get(0).getVariable());
        assertEquals(Null.noSuchInstance,
                f.agent.get(oid(FAM, 3, PROVIDER, ipv4("192.0.2.9"), ids(2, 1))).get(0).getVariable());
        // GETNEXT from between two families.
        assertEquals(oid(FAM, 3, PROVIDER, ipv4("192.0.2.9"), ids(1, 128)),
                f.agent.getNext(oid(FAM, 3, PROVIDER, ipv4("192.0.2.9"), ids(1, 4))).get(0).getOid());
        assertEquals(5 * expected.size(), f.agent.walk(new OID(FAM)).size());
    }
}
