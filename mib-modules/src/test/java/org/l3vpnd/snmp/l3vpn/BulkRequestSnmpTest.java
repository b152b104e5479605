package org.l3vpnd.snmp.l3vpn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.l3vpnd.snmp.l3vpn.L3VpnFixture.MIB;
import static org.l3vpnd.snmp.l3vpn.L3VpnFixture.RTE;
import static org.l3vpnd.snmp.l3vpn.L3VpnFixture.VRF;
import static org.l3vpnd.snmp.table.IndexOids.name;
import static org.l3vpnd.snmp.table.IndexOids.oid;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.rib.Route;
import org.l3vpnd.snmp.agent.BulkRequestHandler;
import org.l3vpnd.snmp.table.SnmpTestAgent;
import org.snmp4j.PDU;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.VariableBinding;

/**
 * GETBULK through {@link BulkRequestHandler} answers exactly as SNMP4J-Agent's own handler, and
 * a GETBULK walk of the route table returns exactly the varbinds of a GETNEXT walk. The same MIB
 * objects are registered in two agents, one with each handler; the engine clock stands still, so
 * both see the same values.
 */
class BulkRequestSnmpTest {

    private static final int RED_ROUTES = 150;
    private static final int BLUE_ROUTES = 30;

    /** Room for about 30 route cells: most GETBULK responses are cut to fit. */
    private static final int SMALL_MESSAGES = 1500;

    private L3VpnFixture f;
    private SnmpTestAgent fast;
    private SnmpTestAgent smallStock;
    private SnmpTestAgent smallFast;

    @BeforeEach
    void start() throws Exception {
        f = new L3VpnFixture();
        vrf("red", "65000:1");
        vrf("blue", "65000:2");
        vrf("a-much-longer-vrf-name", "65000:3");
        // A static route that is not installed (notInService), between the RIB's routes.
        PDU r = f.agent.set(new VariableBinding(oid(RTE, 18, name("red"), new int[] {1, 4, 10, 0, 5, 128, 25},
                new int[] {2, 0, 0}, new int[] {0, 0}), new Integer32(5)));
        assertEquals(PDU.noError, r.getErrorStatus(), () -> "response " + r);
        f.loop.call(() -> {
            long now = f.clock.nowMillis();
            for (int i = 0; i < RED_ROUTES; i++) {
                f.vrfs.offerRoute("red", route(i, now));
            }
            for (int i = 0; i < BLUE_ROUTES; i++) {
                f.vrfs.offerRoute("blue", route(7 * i + 3, now));
            }
            return null;
        });
        f.loop.call(() -> null);
        fast = SnmpTestAgent.withBulkHandler();
        f.mib.register(fast.server(), null);
        smallStock = SnmpTestAgent.withMessageSize(SMALL_MESSAGES, false);
        f.mib.register(smallStock.server(), null);
        smallFast = SnmpTestAgent.withMessageSize(SMALL_MESSAGES, true);
        f.mib.register(smallFast.server(), null);
    }

    @AfterEach
    void stop() throws Exception {
        smallFast.close();
        smallStock.close();
        fast.close();
        f.close();
    }

    private void vrf(String vrf, String rd) throws Exception {
        PDU r = f.agent.set(new VariableBinding(oid(VRF, 13, name(vrf)), new Integer32(4)),
                new VariableBinding(oid(VRF, 14, name(vrf)), new Integer32(1)),
                new VariableBinding(oid(VRF, 4, name(vrf)), new OctetString(rd)));
        assertEquals(PDU.noError, r.getErrorStatus(), () -> "response " + r);
    }

    /** Routes of different lengths and values: IPv4 and IPv6, policies, next hops, metrics. */
    private static Route route(int i, long now) {
        IpPrefix prefix = i % 5 == 4
                ? IpPrefix.of(IpAddress.ofIpv6(0x20010db800000000L | ((long) i << 16), 0), 48)
                : IpPrefix.ofIpv4(0x0A000000 + (i << 8), 24);
        IpAddress nextHop = switch (i % 3) {
            case 0 -> null;
            case 1 -> IpAddress.ofIpv4(0xC0000201 + i);
            default -> prefix.isIpv6() ? IpAddress.ofIpv6(0xfe80000000000000L, i) : IpAddress.ofIpv4(0xC6336401);
        };
        if (nextHop != null && nextHop.isIpv6() != prefix.isIpv6()) {
            nextHop = null;
        }
        int[] policy = i % 7 == 0 ? new int[] {1, 3, 6, 1, 4, 1, i} : null;
        int[] metrics = i % 2 == 0 ? new int[] {i, -1, -1, -1, 100000 + i} : null;
        byte[] xc = i % 11 == 0 ? new byte[] {1, 2, 3, (byte) i} : null;
        return new Route(prefix, policy, nextHop, Route.PROTO_BGP, Route.TYPE_REMOTE, i % 4, 65000L + i, metrics,
                xc, now);
    }

    @Test
    void getBulkWalkOfTheRouteTableEqualsGetNextWalk() throws Exception {
        List<VariableBinding> walk = f.agent.walk(new OID(RTE));
        assertEquals((RED_ROUTES + BLUE_ROUTES + 1) * 12, walk.size());
        for (int maxRepetitions : new int[] {1, 2, 7, 50, 300}) {
            assertEquals(walk, fast.bulkWalk(new OID(RTE), maxRepetitions), "max-repetitions " + maxRepetitions);
        }
        List<VariableBinding> mib = f.agent.walk(new OID(MIB));
        assertEquals(mib, fast.bulkWalk(new OID(MIB), 33));
    }

    @Test
    void sameResponsesAsSnmp4jAgentsOwnHandler() throws Exception {
        List<OID> cells = f.agent.walk(new OID(MIB)).stream().map(VariableBinding::getOid).toList();
        List<OID> starts = new ArrayList<>(List.of(new OID(MIB), new OID(RTE), new OID(RTE + ".7"),
                new OID(RTE + ".18"), new OID(RTE + ".19"), new OID("1.3.6.1.2.1.10.166.11.9"), new OID("1.3"),
                new OID("2"), cells.get(cells.size() - 1), cells.get(cells.size() - 2)));
        Random random = new Random(4382);
        for (int i = 0; i < 60; i++) {
            starts.add(nearby(cells.get(random.nextInt(cells.size())), random));
        }
        // Within 64 KiB messages: large max-repetitions would take SNMP4J-Agent's own handler
        // seconds (its cost is quadratic), so they are asked of the agents with small messages.
        compare(f.agent, fast, starts, new int[] {0, 1, 2, 5, 10, 50, 120}, random);
        int cut = compare(smallStock, smallFast, starts, new int[] {0, 1, 3, 20, 50, 1000}, random);
        assertTrue(cut > 50, () -> cut + " responses cut to the message size");
    }

    /** Sends the same 300 random GETBULK requests to both agents; returns how many responses were cut. */
    private static int compare(SnmpTestAgent stock, SnmpTestAgent bulk, List<OID> starts, int[] repetitions,
                               Random random) throws Exception {
        int cut = 0;
        for (int i = 0; i < 300; i++) {
            PDU request = new PDU();
            request.setType(PDU.GETBULK);
            int size = 1 + random.nextInt(4);
            for (int v = 0; v < size; v++) {
                request.add(new VariableBinding(starts.get(random.nextInt(starts.size()))));
            }
            request.setNonRepeaters(random.nextInt(size + 2) - 1);
            request.setMaxRepetitions(repetitions[random.nextInt(repetitions.length)]);
            PDU expected = stock.send(request);
            PDU got = bulk.send(request);
            assertEquals(expected.getErrorStatus(), got.getErrorStatus(), () -> "error status of " + request);
            assertEquals(expected.getErrorIndex(), got.getErrorIndex(), () -> "error index of " + request);
            assertEquals(expected.getVariableBindings(), got.getVariableBindings(), () -> "varbinds of " + request);
            int nonRepeaters = Math.min(Math.max(request.getNonRepeaters(), 0), size);
            int asked = nonRepeaters + request.getMaxRepetitions() * (size - nonRepeaters);
            if (got.size() < asked && got.getVariableBindings().stream().noneMatch(VariableBinding::isException)) {
                cut++;
            }
        }
        return cut;
    }

    @Test
    void responsesThatReachTheMessageSizeAreCutAlike() throws Exception {
        // 1000 repetitions of four columns are far more than a message of 1500 octets holds.
        PDU request = new PDU();
        request.setType(PDU.GETBULK);
        for (int column : new int[] {7, 10, 12, 17}) {
            request.add(new VariableBinding(new OID(RTE + "." + column)));
        }
        request.setMaxRepetitions(1000);
        PDU expected = smallStock.send(request);
        PDU got = smallFast.send(request);
        assertTrue(expected.size() > 10 && expected.size() < 60, () -> "cut at " + expected.size());
        assertEquals(expected.getVariableBindings(), got.getVariableBindings());
    }

    /** A bound near a real cell: cut short, nudged, extended, or a column or table boundary. */
    private static OID nearby(OID cell, Random random) {
        int[] v = cell.toIntArray().clone();
        int at = random.nextInt(v.length);
        return switch (random.nextInt(4)) {
            case 0 -> new OID(v, 0, at + 1);
            case 1 -> {
                v[at] = v[at] + (random.nextBoolean() ? 1 : -1);
                yield new OID(v);
            }
            case 2 -> new OID(cell).append(random.nextInt(3));
            default -> cell;
        };
    }
}
