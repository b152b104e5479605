package org.l3vpnd.snmp.l3vpn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.l3vpnd.snmp.l3vpn.L3VpnFixture.*;
import static org.l3vpnd.snmp.table.IndexOids.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.config.StaticRoute;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.config.VrfInterface;
import org.l3vpnd.engine.config.VrfRouteTarget;
import org.l3vpnd.engine.net.RouteDistinguisher;
import org.l3vpnd.engine.net.RouteTarget;
import org.snmp4j.PDU;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.UnsignedInteger32;
import org.snmp4j.smi.VariableBinding;

/** mplsL3VpnVrfTable, RTTable, IfConfTable, Sec/Perf and the scalars, through a real UDP agent. */
class VrfTableSnmpTest {

    private L3VpnFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new L3VpnFixture();
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    private static VariableBinding vb(OID oid, int value) {
        return new VariableBinding(oid, new Integer32(value));
    }

    private static VariableBinding vb(OID oid, String value) {
        return new VariableBinding(oid, new OctetString(value));
    }

    private void assertOk(PDU response) {
        assertEquals(PDU.noError, response.getErrorStatus(), () -> "response " + response);
    }

    @Test
    void createAndGoThenReadBack() throws Exception {
        assertOk(f.agent.set(vb(oid(VRF, 13, name("vrfA")), 4), vb(oid(VRF, 14, name("vrfA")), 1),
                vb(oid(VRF, 4, name("vrfA")), "65000:1"), vb(oid(VRF, 3, name("vrfA")), "customer A")));

        Vrf v = f.config.running().get(Vrf.class, "vrfA").orElseThrow();
        assertTrue(v.inService());
        assertEquals(RouteDistinguisher.parse("65000:1"), v.rd());
        assertEquals(StorageType.VOLATILE, v.storage(), "DEFVAL volatile");

        PDU r = f.agent.get(oid(VRF, 4, name("vrfA")), oid(VRF, 13, name("vrfA")), oid(VRF, 15, name("vrfA")),
                oid(VRF, 2, name("vrfA")), oid(VRF, 11, name("vrfA")));
        assertOk(r);
        assertArrayEquals(new byte[] {0, 0, (byte) 0xfd, (byte) 0xe8, 0, 0, 0, 1},
                ((OctetString) r.get(0).getVariable()).getValue(), "RD as 8 octets (type 0, AS 65000, 1)");
        assertEquals(new Integer32(1), r.get(1).getVariable());
        assertEquals(new Integer32(2), r.get(2).getVariable());
        assertEquals(new OctetString(), r.get(3).getVariable());
        assertEquals(new UnsignedInteger32(0), r.get(4).getVariable());
    }

    @Test
    void createAndWaitStaysNotReadyUntilAdminStatusThenGoesActive() throws Exception {
        OID status = oid(VRF, 13, name("vrfB"));
        assertOk(f.agent.set(vb(status, 5)));
        assertEquals(new Integer32(3), f.agent.get(status).get(0).getVariable(), "notReady: AdminStatus has no DEFVAL");
        assertEquals(Null.noSuchInstance, f.agent.get(oid(VRF, 14, name("vrfB"))).get(0).getVariable());
        assertEquals(new OctetString(), f.agent.get(oid(VRF, 3, name("vrfB"))).get(0).getVariable(),
                "columns with a DEFVAL have it at once");
        assertTrue(f.config.running().get(Vrf.class, "vrfB").isEmpty(), "a notReady row is not configuration");

        assertOk(f.agent.set(vb(oid(VRF, 14, name("vrfB")), 2)));
        assertEquals(new Integer32(2), f.agent.get(status).get(0).getVariable(), "notInService once complete");
        assertFalse(f.config.running().get(Vrf.class, "vrfB").orElseThrow().inService());

        assertOk(f.agent.set(vb(oid(VRF, 4, name("vrfB")), "65000:2")));
        assertOk(f.agent.set(vb(status, 1)));
        assertEquals(new Integer32(1), f.agent.get(status).get(0).getVariable());
        assertTrue(f.config.running().get(Vrf.class, "vrfB").orElseThrow().inService());

        assertOk(f.agent.set(vb(status, 2)));
        assertEquals(new Integer32(2), f.agent.get(status).get(0).getVariable());
    }

    @Test
    void walkOrdersVrfsByLengthThenOctets() throws Exception {
        for (String n : new String[] {"zz", "aaa", "b"}) {
            assertOk(f.agent.set(vb(oid(VRF, 13, name(n)), 4), vb(oid(VRF, 14, name(n)), 1)));
        }
        List<VariableBinding> walk = f.agent.walk(new OID(VRF + ".13"));
        List<OID> expected = List.of(oid(VRF, 13, name("b")), oid(VRF, 13, name("zz")), oid(VRF, 13, name("aaa")));
        assertEquals(expected, walk.stream().map(VariableBinding::getOid).toList());
        assertEquals(new UnsignedInteger32(3), f.agent.get(new OID(MIB + ".1.1.1.0")).get(0).getVariable());
    }

    @Test
    void wholeVrfTableWalkHasEveryAccessibleColumnInOrder() throws Exception {
        assertOk(f.agent.set(vb(oid(VRF, 13, name("a")), 4), vb(oid(VRF, 14, name("a")), 1)));
        assertOk(f.agent.set(vb(oid(VRF, 13, name("bb")), 4), vb(oid(VRF, 14, name("bb")), 2)));
        List<OID> expected = new ArrayList<>();
        for (int col = 2; col <= 15; col++) {
            expected.add(oid(VRF, col, name("a")));
            expected.add(oid(VRF, col, name("bb")));
        }
        assertEquals(expected, f.agent.walk(new OID(VRF)).stream().map(VariableBinding::getOid).toList());
        assertEquals(expected, f.agent.bulkWalk(new OID(VRF), 7).stream().map(VariableBinding::getOid).toList());
        // Sec and Perf rows follow the VRF rows.
        List<OID> sec = List.of(oid(SEC, 1, name("a")), oid(SEC, 1, name("bb")), oid(SEC, 2, name("a")),
                oid(SEC, 2, name("bb")));
        assertEquals(sec, f.agent.walk(new OID(SEC)).stream().map(VariableBinding::getOid).toList());
        List<OID> perf = new ArrayList<>();
        for (int col = 1; col <= 5; col++) {
            perf.add(oid(PERF, col, name("a")));
            perf.add(oid(PERF, col, name("bb")));
        }
        assertEquals(perf, f.agent.walk(new OID(PERF)).stream().map(VariableBinding::getOid).toList());
    }

    @Test
    void routeTargetsAndBindings() throws Exception {
        assertOk(f.agent.set(vb(oid(VRF, 13, name("v")), 4), vb(oid(VRF, 14, name("v")), 1)));
        // Binary and text values are both accepted; reads give the 8 octets of RFC 4360.
        assertOk(f.agent.set(vb(oid(RT, 6, name("v"), ids(1, 1)), 4), vb(oid(RT, 4, name("v"), ids(1, 1)), "65000:7"),
                vb(oid(RT, 6, name("v"), ids(2, 3)), 4),
                new VariableBinding(oid(RT, 4, name("v"), ids(2, 3)),
                        new OctetString(RouteTarget.parse("192.0.2.1:9").toBytes()))));
        assertEquals(VrfRouteTarget.Type.BOTH,
                f.config.running().get(VrfRouteTarget.class,
                        VrfRouteTarget.keyOf("v", 2, VrfRouteTarget.Type.BOTH).id()).orElseThrow().type());
        List<OID> expected = new ArrayList<>();
        for (int col = 4; col <= 7; col++) {
            expected.add(oid(RT, col, name("v"), ids(1, 1)));
            expected.add(oid(RT, col, name("v"), ids(2, 3)));
        }
        List<VariableBinding> walk = f.agent.walk(new OID(RT));
        assertEquals(expected, walk.stream().map(VariableBinding::getOid).toList());
        assertEquals(new OctetString(RouteTarget.parse("65000:7").toBytes()), walk.get(0).getVariable());

        assertOk(f.agent.set(vb(oid(IF_CONF, 5, name("v"), ids(3)), 4),
                new VariableBinding(oid(IF_CONF, 3, name("v"), ids(3)), new OctetString(new byte[] {0x44}))));
        VrfInterface b = f.config.running().get(VrfInterface.class, VrfInterface.keyOf("v", 3).id()).orElseThrow();
        assertEquals(2, b.classification(), "DEFVAL enterprise");
        assertArrayEquals(new byte[] {0x44}, b.routeDistProtocols(), "bgp + static");
        assertEquals(List.of(oid(IF_CONF, 2, name("v"), ids(3)), oid(IF_CONF, 3, name("v"), ids(3)),
                        oid(IF_CONF, 4, name("v"), ids(3)), oid(IF_CONF, 5, name("v"), ids(3))),
                f.agent.walk(new OID(IF_CONF)).stream().map(VariableBinding::getOid).toList());
    }

    @Test
    void destroyingAVrfRemovesItsDependents() throws Exception {
        assertOk(f.agent.set(vb(oid(VRF, 13, name("v")), 4), vb(oid(VRF, 14, name("v")), 1),
                vb(oid(RT, 6, name("v"), ids(1, 1)), 4), vb(oid(RT, 4, name("v"), ids(1, 1)), "65000:7"),
                vb(oid(IF_CONF, 5, name("v"), ids(3)), 4),
                vb(oid(RTE, 18, name("v"), ids(1, 4, 10, 0, 0, 0, 8, 2, 0, 0, 0, 0)), 4)));
        assertEquals(1, f.config.running().all(StaticRoute.class).size());
        assertOk(f.agent.set(vb(oid(VRF, 13, name("v")), 6)));
        assertTrue(f.config.running().all(StaticRoute.class).isEmpty());
        assertTrue(f.config.running().all(Vrf.class).isEmpty());
        assertTrue(f.config.running().all(VrfRouteTarget.class).isEmpty());
        assertTrue(f.config.running().all(VrfInterface.class).isEmpty());
        assertEquals(List.of(), f.agent.walk(new OID(MIB + ".1.2")));
        // Destroying what does not exist is fine (RFC 2579).
        assertOk(f.agent.set(vb(oid(VRF, 13, name("v")), 6)));
    }

    @Test
    void timeStampsAreSysUpTimeAtTheEvent() throws Exception {
        // The engine clock reads 1,000,000 ms at creation; sysUpTime is 500,000 + clock / 10.
        assertOk(f.agent.set(vb(oid(VRF, 13, name("t")), 4), vb(oid(VRF, 14, name("t")), 1)));
        f.loop.call(() -> null);
        f.clock.advanceMillis(10_000);
        PDU r = f.agent.get(oid(VRF, 5, name("t")), oid(VRF, 12, name("t")), oid(PERF, 5, name("t")));
        assertEquals(new TimeTicks(600_000), r.get(0).getVariable());
        assertEquals(new TimeTicks(600_000), r.get(1).getVariable());
        assertEquals(new TimeTicks(600_000), r.get(2).getVariable(), "a VRF made after start: counters begin then");
        f.interfaces.set(4, true);
        assertOk(f.agent.set(vb(oid(IF_CONF, 5, name("t"), ids(4)), 4)));
        f.loop.call(() -> null);
        assertEquals(new TimeTicks(601_000), f.agent.get(oid(VRF, 12, name("t"))).get(0).getVariable(),
                "binding an interface changes the VRF");
        assertEquals(new Gauge32(1), f.agent.get(oid(VRF, 8, name("t"))).get(0).getVariable());
    }

    @Test
    void scalars() throws Exception {
        PDU r = f.agent.get(new OID(MIB + ".1.1.1.0"), new OID(MIB + ".1.1.2.0"), new OID(MIB + ".1.1.3.0"),
                new OID(MIB + ".1.1.4.0"), new OID(MIB + ".1.1.5.0"), new OID(MIB + ".1.1.6.0"),
                new OID(MIB + ".1.1.7.0"));
        assertOk(r);
        assertEquals(new UnsignedInteger32(0), r.get(0).getVariable());
        assertEquals(new Gauge32(0), r.get(1).getVariable());
        assertEquals(new Gauge32(0), r.get(2).getVariable());
        assertEquals(new Integer32(2), r.get(3).getVariable(), "notifications off by default");
        assertEquals(new UnsignedInteger32(0), r.get(4).getVariable());
        assertEquals(new UnsignedInteger32(0), r.get(5).getVariable());
        assertOk(f.agent.set(vb(new OID(MIB + ".1.1.4.0"), 1),
                new VariableBinding(new OID(MIB + ".1.1.7.0"), new UnsignedInteger32(25))));
        assertEquals("true", f.config.running().setting("l3vpn.notificationEnable", "?"));
        assertEquals("25", f.config.running().setting("l3vpn.illLblRcvThrsh", "?"));
        assertEquals(PDU.notWritable,
                f.agent.set(new VariableBinding(new OID(MIB + ".1.1.6.0"), new UnsignedInteger32(5))).getErrorStatus());
    }
}
