package org.l3vpnd.snmp.l3vpn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.l3vpnd.snmp.l3vpn.L3VpnFixture.*;
import static org.l3vpnd.snmp.table.IndexOids.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.config.StaticRoute;
import org.snmp4j.PDU;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.VariableBinding;

/** mplsL3VpnVrfRteTable: static routes by SNMP, routes from the RIB, GETNEXT from any OID. */
class RteTableSnmpTest {

    private static final int[] POLICY_00 = {2, 0, 0};
    private static final int[] NO_NEXT_HOP = {0, 0};

    private L3VpnFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new L3VpnFixture();
        vrf("red", "65000:1");
        vrf("blue", "65000:2");
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    private void vrf(String name, String rd) throws Exception {
        ok(f.agent.set(vb(oid(VRF, 13, name(name)), 4), vb(oid(VRF, 14, name(name)), 1),
                new VariableBinding(oid(VRF, 4, name(name)), new OctetString(rd))));
    }

    private static VariableBinding vb(OID oid, int value) {
        return new VariableBinding(oid, new Integer32(value));
    }

    private static void ok(PDU r) {
        assertEquals(PDU.noError, r.getErrorStatus(), () -> "response " + r);
    }

    /** destType 1, 4 octets, prefix length. */
    private static int[] ipv4(int a, int b, int c, int d, int length) {
        return new int[] {1, 4, a, b, c, d, length};
    }

    /** nhType 1 with 4 octets. */
    private static int[] nextHop4(int a, int b, int c, int d) {
        return new int[] {1, 4, a, b, c, d};
    }

    private static OID rte(int column, String vrf, int[] dest, int[] nextHop) {
        return oid(RTE, column, name(vrf), dest, POLICY_00, nextHop);
    }

    /** Settles the engine: waits until the loop ran what the last commit queued. */
    private void settle() throws Exception {
        f.loop.call(() -> null);
    }

    private List<OID> oids(List<VariableBinding> vbs) {
        return vbs.stream().map(VariableBinding::getOid).toList();
    }

    @Test
    void samePrefixInTwoVrfsIsTwoRows() throws Exception {
        ok(f.agent.set(vb(rte(18, "red", ipv4(10, 0, 0, 0, 8), nextHop4(192, 168, 1, 1)), 4),
                vb(rte(8, "red", ipv4(10, 0, 0, 0, 8), nextHop4(192, 168, 1, 1)), 4)));
        ok(f.agent.set(vb(rte(18, "blue", ipv4(10, 0, 0, 0, 8), nextHop4(192, 168, 2, 1)), 4),
                vb(rte(8, "blue", ipv4(10, 0, 0, 0, 8), nextHop4(192, 168, 2, 1)), 4),
                vb(rte(18, "blue", ipv4(10, 1, 0, 0, 16), NO_NEXT_HOP), 4),
                vb(rte(8, "blue", ipv4(10, 1, 0, 0, 16), NO_NEXT_HOP), 5)));
        settle();
        assertEquals(3, f.config.running().all(StaticRoute.class).size());
        // "red" (3 octets) sorts before "blue" (4 octets).
        List<OID> rows = List.of(rte(18, "red", ipv4(10, 0, 0, 0, 8), nextHop4(192, 168, 1, 1)),
                rte(18, "blue", ipv4(10, 0, 0, 0, 8), nextHop4(192, 168, 2, 1)),
                rte(18, "blue", ipv4(10, 1, 0, 0, 16), NO_NEXT_HOP));
        assertEquals(rows, oids(f.agent.walk(new OID(RTE + ".18"))));
        List<OID> all = new ArrayList<>();
        for (int col = 7; col <= 18; col++) {
            all.add(rte(col, "red", ipv4(10, 0, 0, 0, 8), nextHop4(192, 168, 1, 1)));
            all.add(rte(col, "blue", ipv4(10, 0, 0, 0, 8), nextHop4(192, 168, 2, 1)));
            all.add(rte(col, "blue", ipv4(10, 1, 0, 0, 16), NO_NEXT_HOP));
        }
        assertEquals(all, oids(f.agent.walk(new OID(RTE))));
        assertEquals(all, oids(f.agent.bulkWalk(new OID(RTE), 10)));
        // Installed by the engine: proto netmgmt(3), counted in the Perf table.
        PDU r = f.agent.get(rte(9, "blue", ipv4(10, 1, 0, 0, 16), NO_NEXT_HOP),
                oid(PERF, 3, name("red")), oid(PERF, 3, name("blue")), oid(PERF, 1, name("blue")));
        assertEquals(new Integer32(3), r.get(0).getVariable());
        assertEquals(new Gauge32(1), r.get(1).getVariable());
        assertEquals(new Gauge32(2), r.get(2).getVariable());
    }

    @Test
    void staticRouteWithCreateAndWait() throws Exception {
        int[] dest = ipv4(172, 16, 0, 0, 12);
        OID status = rte(18, "red", dest, nextHop4(192, 168, 1, 1));
        ok(f.agent.set(vb(status, 5)));
        settle();
        // Every writable column has a default: complete at once, so notInService.
        assertEquals(new Integer32(2), f.agent.get(status).get(0).getVariable());
        assertFalse(f.config.running().all(StaticRoute.class).iterator().next().inService());
        assertEquals(new Gauge32(0), f.agent.get(oid(PERF, 3, name("red"))).get(0).getVariable(),
                "configured but not installed, yet shown as a row");
        assertEquals(new Integer32(3),
                f.agent.get(rte(9, "red", dest, nextHop4(192, 168, 1, 1))).get(0).getVariable());
        ok(f.agent.set(vb(rte(12, "red", dest, nextHop4(192, 168, 1, 1)), 10),
                vb(rte(8, "red", dest, nextHop4(192, 168, 1, 1)), 4)));
        ok(f.agent.set(vb(status, 1)));
        settle();
        assertEquals(new Gauge32(1), f.agent.get(oid(PERF, 3, name("red"))).get(0).getVariable());
        assertEquals(new Integer32(10),
                f.agent.get(rte(12, "red", dest, nextHop4(192, 168, 1, 1))).get(0).getVariable());
        // An active row cannot be modified.
        assertEquals(PDU.inconsistentValue,
                f.agent.set(vb(rte(12, "red", dest, nextHop4(192, 168, 1, 1)), 11)).getErrorStatus());
        f.clock.advanceMillis(7_000);
        assertEquals(new Gauge32(7), f.agent.get(rte(10, "red", dest, nextHop4(192, 168, 1, 1))).get(0).getVariable());
        ok(f.agent.set(vb(status, 6)));
        settle();
        assertTrue(f.config.running().all(StaticRoute.class).isEmpty());
        assertEquals(List.of(), f.agent.walk(new OID(RTE)));
    }

    @Test
    void connectedRoutesComeFromTheRibAndAreReadOnly() throws Exception {
        ok(f.agent.set(vb(new OID(MIB + ".1.1.4.0"), 1)));
        f.interfaces.set(3, true, "192.168.1.0/24");
        ok(f.agent.set(vb(oid(IF_CONF, 5, name("red"), ids(3)), 4)));
        settle();
        int[] dest = ipv4(192, 168, 1, 0, 24);
        OID proto = rte(9, "red", dest, NO_NEXT_HOP);
        PDU r = f.agent.get(proto, rte(8, "red", dest, NO_NEXT_HOP), rte(7, "red", dest, NO_NEXT_HOP),
                rte(18, "red", dest, NO_NEXT_HOP), oid(VRF, 6, name("red")), oid(VRF, 7, name("red")),
                new OID(MIB + ".1.1.2.0"), new OID(MIB + ".1.1.3.0"));
        assertEquals(new Integer32(2), r.get(0).getVariable(), "proto local");
        assertEquals(new Integer32(3), r.get(1).getVariable(), "type local");
        assertEquals(new Integer32(3), r.get(2).getVariable(), "ifIndex");
        assertEquals(new Integer32(1), r.get(3).getVariable(), "active");
        assertEquals(new Integer32(1), r.get(4).getVariable(), "VRF oper up");
        assertEquals(new Gauge32(1), r.get(5).getVariable());
        assertEquals(new Gauge32(1), r.get(6).getVariable(), "mplsL3VpnActiveVrfs");
        assertEquals(new Gauge32(1), r.get(7).getVariable(), "mplsL3VpnConnectedInterfaces");
        assertEquals(PDU.notWritable, f.agent.set(vb(rte(12, "red", dest, NO_NEXT_HOP), 1)).getErrorStatus());
        assertEquals(PDU.wrongValue, f.agent.set(vb(rte(18, "red", dest, NO_NEXT_HOP), 6)).getErrorStatus());
        assertEquals(PDU.inconsistentValue, f.agent.set(vb(rte(18, "red", dest, NO_NEXT_HOP), 4)).getErrorStatus());
        // Writing what is already there is fine, and does not turn the route into configuration.
        ok(f.agent.set(vb(rte(18, "red", dest, NO_NEXT_HOP), 1), vb(rte(7, "red", dest, NO_NEXT_HOP), 3)));
        assertTrue(f.config.running().all(StaticRoute.class).isEmpty());

        // mplsL3VpnVrfUp with exactly its two objects.
        L3VpnFixture.Sent up = f.sent.stream().filter(s -> s.trap().equals(new OID(MIB + ".0.1"))).findFirst()
                .orElseThrow();
        assertEquals(List.of(new VariableBinding(oid(IF_CONF, 5, name("red"), ids(3)), new Integer32(1)),
                new VariableBinding(oid(VRF, 6, name("red")), new Integer32(1))), up.varbinds());
        f.interfaces.set(3, false);
        settle();
        assertTrue(f.sent.stream().anyMatch(s -> s.trap().equals(new OID(MIB + ".0.2"))
                && s.varbinds().get(1).getVariable().equals(new Integer32(2))));
    }

    @Test
    void routesBeyondTheLimitAreRowsButNotInstalled() throws Exception {
        // ConfMaxRoutes may only change while the VRF is not in service.
        ok(f.agent.set(vb(oid(VRF, 13, name("red")), 2),
                new VariableBinding(oid(VRF, 11, name("red")), new org.snmp4j.smi.UnsignedInteger32(1))));
        ok(f.agent.set(vb(oid(VRF, 13, name("red")), 1)));
        ok(f.agent.set(vb(rte(18, "red", ipv4(10, 1, 0, 0, 16), NO_NEXT_HOP), 4),
                vb(rte(18, "red", ipv4(10, 2, 0, 0, 16), NO_NEXT_HOP), 4)));
        settle();
        PDU r = f.agent.get(oid(PERF, 3, name("red")), oid(PERF, 4, name("red")));
        assertEquals(new Gauge32(1), r.get(0).getVariable());
        assertEquals(new org.snmp4j.smi.Counter32(1), r.get(1).getVariable(), "one route dropped");
        assertEquals(List.of(rte(18, "red", ipv4(10, 1, 0, 0, 16), NO_NEXT_HOP),
                rte(18, "red", ipv4(10, 2, 0, 0, 16), NO_NEXT_HOP)), oids(f.agent.walk(new OID(RTE + ".18"))));
    }

    @Test
    void ipv6Routes() throws Exception {
        int[] dest = new int[] {2, 16, 0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32};
        int[] nh = new int[] {2, 16, 0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
        ok(f.agent.set(vb(oid(RTE, 18, name("red"), dest, POLICY_00, nh), 4),
                vb(oid(RTE, 8, name("red"), dest, POLICY_00, nh), 4),
                vb(oid(RTE, 18, name("red"), ipv4(10, 0, 0, 0, 8), POLICY_00, NO_NEXT_HOP), 4)));
        // IPv4 (type 1) rows come before IPv6 (type 2) rows.
        assertEquals(List.of(oid(RTE, 18, name("red"), ipv4(10, 0, 0, 0, 8), POLICY_00, NO_NEXT_HOP),
                oid(RTE, 18, name("red"), dest, POLICY_00, nh)), oids(f.agent.walk(new OID(RTE + ".18"))));
    }

    @Test
    void getNextFromAnyOidFindsTheNextRow() throws Exception {
        f.interfaces.set(3, true, "192.168.1.0/24", "10.0.0.0/8");
        ok(f.agent.set(vb(oid(IF_CONF, 5, name("red"), ids(3)), 4)));
        ok(f.agent.set(vb(rte(18, "red", ipv4(10, 0, 0, 0, 8), nextHop4(192, 168, 1, 1)), 4),
                vb(rte(8, "red", ipv4(10, 0, 0, 0, 8), nextHop4(192, 168, 1, 1)), 4),
                vb(rte(18, "red", ipv4(10, 0, 0, 0, 16), NO_NEXT_HOP), 4),
                vb(rte(18, "red", ipv4(0, 0, 0, 0, 0), NO_NEXT_HOP), 4),
                vb(oid(RTE, 18, name("red"), ipv4(10, 0, 0, 0, 8), ids(3, 1, 2, 3), NO_NEXT_HOP), 4),
                vb(rte(18, "blue", ipv4(255, 255, 255, 255, 32), NO_NEXT_HOP), 5)));
        settle();
        List<VariableBinding> walk = f.agent.walk(new OID(RTE));
        assertEquals(7 * 12, walk.size(), "seven rows: five static, two connected");
        List<OID> cells = oids(walk);
        Random random = new Random(4382);
        for (int i = 0; i < 400; i++) {
            OID bound = mutate(cells.get(random.nextInt(cells.size())), random);
            OID expected = cells.stream().filter(c -> c.compareTo(bound) > 0).findFirst().orElse(null);
            VariableBinding got = f.agent.getNext(bound).get(0);
            if (expected == null) {
                assertTrue(got.isException() || !got.getOid().startsWith(new OID(RTE)),
                        () -> "after " + bound + ": " + got);
            } else {
                assertEquals(expected, got.getOid(), () -> "GETNEXT " + bound);
            }
        }
    }

    /** A bound near a real cell: cut short, nudged, extended, or with out-of-range sub-ids. */
    private static OID mutate(OID cell, Random random) {
        int[] v = cell.toIntArray().clone(); // toIntArray() is the OID's own array
        int prefix = new OID(RTE).size();
        int at = prefix + random.nextInt(v.length - prefix);
        switch (random.nextInt(5)) {
            case 0:
                return new OID(v, 0, at);
            case 1:
                v[at] = v[at] + 1;
                return new OID(v);
            case 2:
                v[at] = Math.max(0, v[at] - 1);
                return new OID(v, 0, at + 1);
            case 3:
                v[at] = random.nextBoolean() ? 256 : -1;
                return new OID(v, 0, at + 1 + random.nextInt(v.length - at));
            default:
                int[] longer = java.util.Arrays.copyOf(v, v.length + 1 + random.nextInt(3));
                return new OID(longer);
        }
    }
}
