package org.l3vpnd.snmp.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.l3vpnd.snmp.bgp.BgpFixture.*;
import static org.l3vpnd.snmp.table.IndexOids.*;
import static org.l3vpnd.snmp.bgp.BgpPeerTableSnmpTest.octets;
import static org.l3vpnd.snmp.bgp.BgpPeerTableSnmpTest.unsigned;
import static org.l3vpnd.snmp.bgp.BgpPeerTableSnmpTest.vb;

import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.Setting;
import org.l3vpnd.engine.config.SettingNames;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;
import org.snmp4j.PDU;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/** Every SET error status of the BGP tables and scalars; a refused request changes nothing. */
class BgpSetErrorsSnmpTest {

    private static final int[] PROVIDER = name("");
    private static final int[] A = ipv4("192.0.2.1");

    private BgpFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new BgpFixture();
        f.commit(vrf("red"), Setting.of(SettingNames.BGP_LOCAL_AS, "65000"),
                Setting.of(SettingNames.BGP_ROUTER_ID, "192.0.2.254"));
        // One active provider peer to work on.
        expect(PDU.noError, 0, vb(oid(PEER, 19, PROVIDER, A), 4), unsigned(oid(PEER, 3, PROVIDER, A), 65001));
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    /** Sends a SET and checks error-status and error-index; on error the configuration must not change. */
    private void expect(int status, int index, VariableBinding... vbs) throws Exception {
        RunningConfig before = f.config.running();
        PDU r = f.agent.set(vbs);
        assertEquals(PDU.toErrorStatusText(status), PDU.toErrorStatusText(r.getErrorStatus()), () -> "response " + r);
        assertEquals(index, r.getErrorIndex(), () -> "error index in " + r);
        if (status != PDU.noError) {
            assertTrue(before == f.config.running(), "a refused request changes nothing");
        }
    }

    @Test
    void wrongValue() throws Exception {
        int[][] b = {PROVIDER, ipv4("192.0.2.2")};
        // Remote AS 0, on a new row and on the existing one.
        expect(PDU.wrongValue, 2, vb(oid(PEER, 19, b), 4), unsigned(oid(PEER, 3, b), 0));
        expect(PDU.wrongValue, 1, unsigned(oid(PEER, 3, PROVIDER, A), 0));
        // Hold times 1, 2 and 65536; -2.
        for (int hold : new int[] {1, 2, 65536, -2}) {
            expect(PDU.wrongValue, 1, vb(oid(PEER, 9, PROVIDER, A), hold));
        }
        expect(PDU.wrongValue, 1, vb(oid(PEER, 10, PROVIDER, A), 21846));
        expect(PDU.wrongValue, 1, vb(oid(PEER, 11, PROVIDER, A), 0));
        expect(PDU.wrongValue, 1, vb(oid(PEER, 12, PROVIDER, A), -2));
        expect(PDU.wrongValue, 1, unsigned(oid(PEER, 6, PROVIDER, A), 0));
        expect(PDU.wrongValue, 1, unsigned(oid(PEER, 7, PROVIDER, A), 65536));
        expect(PDU.wrongValue, 1, vb(oid(PEER, 4, PROVIDER, A), 3));
        expect(PDU.wrongValue, 1, vb(oid(PEER, 13, PROVIDER, A), 0));
        expect(PDU.wrongValue, 1, vb(oid(PEER, 17, PROVIDER, A), 3));
        // permanent(4) is the agent's to give.
        expect(PDU.wrongValue, 1, vb(oid(PEER, 18, PROVIDER, A), 4));
        // Family bit 6 is not named.
        expect(PDU.wrongValue, 1, octets(oid(PEER, 8, PROVIDER, A), 0x82));
        // Multicast and unspecified peer addresses (the engine's check).
        int[][] mc = {PROVIDER, ipv4("224.0.0.5")};
        expect(PDU.wrongValue, 1, vb(oid(PEER, 19, mc), 4), unsigned(oid(PEER, 3, mc), 65001));
        int[][] zero = {PROVIDER, ipv4("0.0.0.0")};
        expect(PDU.wrongValue, 1, vb(oid(PEER, 19, zero), 4), unsigned(oid(PEER, 3, zero), 65001));
        // Scalars.
        expect(PDU.wrongValue, 1, vb(scalar(GLOBAL, 8), 2));
        expect(PDU.wrongValue, 1, vb(scalar(GLOBAL, 9), 21846));
        expect(PDU.wrongValue, 1, vb(scalar(GLOBAL, 4), 16));
        expect(PDU.wrongValue, 1, unsigned(scalar(GLOBAL, 12), 0));
        expect(PDU.wrongValue, 1, unsigned(scalar(GLOBAL, 6), 65536));
        expect(PDU.wrongValue, 1, vb(scalar(GLOBAL, 7), 3));
    }

    @Test
    void inconsistentValue() throws Exception {
        // A CE peer in a VRF that does not exist; fine once the VRF does.
        int[][] ce = {name("blue"), ipv4("10.0.0.1")};
        expect(PDU.inconsistentValue, 1, vb(oid(PEER, 19, ce), 4), unsigned(oid(PEER, 3, ce), 65001));
        f.commit(vrf("blue"));
        expect(PDU.noError, 0, vb(oid(PEER, 19, ce), 4), unsigned(oid(PEER, 3, ce), 65001));
        // A CE peer may only carry IPv4/IPv6 unicast.
        expect(PDU.inconsistentValue, 1, octets(oid(PEER, 8, ce), 0xa0));
        // createAndGo without the remote AS; createAndGo on an existing row; active on no row.
        int[][] b = {PROVIDER, ipv4("192.0.2.2")};
        expect(PDU.inconsistentValue, 1, vb(oid(PEER, 19, b), 4));
        expect(PDU.inconsistentValue, 1, vb(oid(PEER, 19, PROVIDER, A), 4));
        expect(PDU.inconsistentValue, 1, vb(oid(PEER, 19, b), 1));
        // Local address type and length disagree; local address of the other family.
        expect(PDU.inconsistentValue, 1, vb(oid(PEER, 4, PROVIDER, A), 1));
        expect(PDU.inconsistentValue, 2, vb(oid(PEER, 4, PROVIDER, A), 2), octets(oid(PEER, 5, PROVIDER, A),
                192, 0, 2, 254));
        expect(PDU.inconsistentValue, 1, vb(oid(PEER, 4, PROVIDER, A), 2), octets(oid(PEER, 5, PROVIDER, A),
                0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2));
        // Keepalive not below the hold time (the error names the row's first varbind); no families.
        expect(PDU.inconsistentValue, 1, vb(oid(PEER, 9, PROVIDER, A), 9), vb(oid(PEER, 10, PROVIDER, A), 9));
        expect(PDU.inconsistentValue, 1, octets(oid(PEER, 8, PROVIDER, A), 0x00));
        // The listen address must match its type; the router ID cannot go while a peer is active.
        expect(PDU.inconsistentValue, 1, vb(scalar(GLOBAL, 4), 1));
        expect(PDU.inconsistentValue, 1, new VariableBinding(scalar(GLOBAL, 2),
                new org.snmp4j.smi.IpAddress("0.0.0.0")));
        // A notInService row is not held to these rules until it is made active again.
        expect(PDU.noError, 0, vb(oid(PEER, 19, PROVIDER, A), 2), octets(oid(PEER, 8, PROVIDER, A), 0x00));
        expect(PDU.inconsistentValue, 1, vb(oid(PEER, 19, PROVIDER, A), 1));
    }

    @Test
    void wrongLength() throws Exception {
        expect(PDU.wrongLength, 1, octets(oid(PEER, 5, PROVIDER, A), 192, 0, 2, 254, 0));
        expect(PDU.wrongLength, 1, vb(oid(PEER, 16, PROVIDER, A), "x".repeat(256)));
        expect(PDU.wrongLength, 1, octets(oid(PEER, 8, PROVIDER, A), 0x80, 0x00));
        expect(PDU.wrongLength, 1, octets(scalar(GLOBAL, 5), 10, 0, 0));
    }

    @Test
    void wrongType() throws Exception {
        expect(PDU.wrongType, 1, vb(oid(PEER, 3, PROVIDER, A), 65002));
        expect(PDU.wrongType, 1, unsigned(oid(PEER, 9, PROVIDER, A), 90));
        expect(PDU.wrongType, 1, vb(scalar(GLOBAL, 2), "192.0.2.1"));
    }

    @Test
    void notWritable() throws Exception {
        expect(PDU.notWritable, 1, vb(oid(STATE, 1, PROVIDER, A), 6));
        expect(PDU.notWritable, 1, new VariableBinding(oid(STATE, 9, PROVIDER, A), new Counter32(0)));
        expect(PDU.notWritable, 1, vb(oid(FAM, 7, PROVIDER, A, ids(1, 1)), 2));
        expect(PDU.notWritable, 1, vb(oid(BGP_PEER, 3, ip("192.0.2.1")), 1));
        expect(PDU.notWritable, 1, vb(oid(BGP_PEER, 20, ip("192.0.2.1")), 30));
        expect(PDU.notWritable, 1, new VariableBinding(scalar(BGP, 2), new Integer32(1)));
        // A permanent row: only its admin status may change.
        f.commit(new BgpPeer("", IpAddress.parse("192.0.2.3"), 65001, null, 179, 0, EnumSet.of(AfiSafi.VPNV4), -1,
                -1, -1, -1, false, false, "", true, true, StorageType.PERMANENT));
        int[][] perm = {PROVIDER, ipv4("192.0.2.3")};
        expect(PDU.notWritable, 1, vb(oid(PEER, 16, perm), "x"));
        expect(PDU.wrongValue, 1, vb(oid(PEER, 19, perm), 6));
        expect(PDU.noError, 0, vb(oid(PEER, 17, perm), 2));
    }

    @Test
    void noCreationAndInconsistentName() throws Exception {
        int[][] b = {PROVIDER, ipv4("192.0.2.2")};
        // A column of a row that does not exist, without RowStatus; a column that does not exist.
        expect(PDU.noCreation, 1, unsigned(oid(PEER, 3, b), 65001));
        expect(PDU.noCreation, 1, vb(oid(PEER, 15, PROVIDER, A), "red"));
        expect(PDU.noCreation, 1, vb(oid(PEER, 99, PROVIDER, A), 1));
        expect(PDU.noCreation, 1, vb(new OID(PEER + ".19.0.1.4.192.0.2"), 4));
        // An accessible-for-notify object is not a column one can read or write.
        expect(PDU.noCreation, 1, vb(oid(STATE, 15, PROVIDER, A), 1));
        // Indexes no row can have: a VRF name of 32 octets or not UTF-8, address type 3, a 16-octet IPv4 address.
        expect(PDU.inconsistentName, 1, vb(oid(PEER, 19, name("x".repeat(32)), ipv4("10.0.0.1")), 4));
        expect(PDU.inconsistentName, 1, vb(oid(PEER, 19, ids(2, 0xc3, 0x28), ipv4("10.0.0.1")), 4));
        expect(PDU.inconsistentName, 1, vb(oid(PEER, 19, PROVIDER, ids(3, 4, 10, 0, 0, 1)), 4));
        expect(PDU.inconsistentName, 1, vb(oid(PEER, 19, PROVIDER, ids(1, 16, 10, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0)), 4));
    }
}
