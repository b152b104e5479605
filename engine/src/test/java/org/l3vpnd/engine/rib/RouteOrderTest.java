package org.l3vpnd.engine.rib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;

/**
 * {@link Route#MANAGEMENT_ORDER} must be the order of the mplsL3VpnVrfRteTable instance OIDs. The
 * expected order comes from an encoder written here from RFC 2578 section 7.7 and the table's
 * INDEX clause, independent of the comparator's code.
 */
class RouteOrderTest {

    private static final int[] INTERESTING_SUB_IDS = {0, 1, 2, 127, 128, 0x7fffffff, 0x80000000, 0xffffffff};

    /** destType . len . dest . pfxLen . len . policy . nhType . len . nh, every sub-id unsigned 32-bit. */
    static long[] indexOid(Route r) {
        List<Long> oid = new ArrayList<>();
        boolean v6 = r.destIpv6();
        oid.add(v6 ? 2L : 1L);
        byte[] dest = destBytes(r);
        oid.add((long) dest.length);
        for (byte b : dest) {
            oid.add((long) (b & 0xff));
        }
        oid.add((long) r.destLength());
        oid.add((long) r.policyLength());
        for (int i = 0; i < r.policyLength(); i++) {
            oid.add(r.policySubId(i) & 0xffffffffL);
        }
        oid.add((long) r.nextHopType());
        byte[] nh = r.nextHop() == null ? new byte[0] : r.nextHop().toBytes();
        oid.add((long) nh.length);
        for (byte b : nh) {
            oid.add((long) (b & 0xff));
        }
        return oid.stream().mapToLong(Long::longValue).toArray();
    }

    private static byte[] destBytes(Route r) {
        long high = r.destHigh();
        long low = r.destLow();
        byte[] out = new byte[r.destIpv6() ? 16 : 4];
        for (int i = 0; i < out.length; i++) {
            long word = i < 8 ? high : low;
            out[i] = (byte) (word >>> (56 - 8 * (i % 8)));
        }
        return out;
    }

    static int compareOids(long[] a, long[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                return Long.compare(a[i], b[i]);
            }
        }
        return Integer.compare(a.length, b.length);
    }

    @Test
    void comparatorOrderIsOidOrder() {
        Random random = new Random(4382);
        List<Route> routes = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            routes.add(randomRoute(random));
        }
        for (Route a : routes) {
            for (Route b : routes) {
                int expected = Integer.signum(compareOids(indexOid(a), indexOid(b)));
                int actual = Integer.signum(Route.MANAGEMENT_ORDER.compare(a, b));
                if (expected != actual) {
                    throw new AssertionError(a + " vs " + b + ": OID order " + expected + ", comparator " + actual);
                }
            }
        }
    }

    @Test
    void rawProbesSortWhereTheirOidSorts() {
        Random random = new Random(11);
        List<Route> routes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            routes.add(randomRoute(random));
        }
        for (int i = 0; i < 200; i++) {
            IpAddress dest = random.nextBoolean() ? IpAddress.ofIpv4(random.nextInt(4) << 24 | random.nextInt(3))
                    : IpAddress.ofIpv6((long) random.nextInt(3) << 48, random.nextInt(3));
            int nhType = random.nextInt(4);
            IpAddress nh = nhType == 1 ? IpAddress.ofIpv4(random.nextInt(3)) : nhType == 2
                    ? IpAddress.ofIpv6(0, random.nextInt(3)) : null;
            Route probe = Route.probe(dest, random.nextInt(33), randomPolicy(random), nhType, nh);
            for (Route r : routes) {
                assertEquals(Integer.signum(compareOids(indexOid(probe), indexOid(r))),
                        Integer.signum(Route.MANAGEMENT_ORDER.compare(probe, r)), probe + " vs " + r);
            }
        }
    }

    @Test
    void theFamousExamplesFromTheNotes() {
        Route remote = new Route(IpPrefix.parse("10.0.0.0/8"), null, IpAddress.parse("192.168.1.1"),
                Route.PROTO_BGP, Route.TYPE_REMOTE, 0, 0, null, null, 0);
        assertEquals("1.4.10.0.0.0.8.2.0.0.1.4.192.168.1.1", text(indexOid(remote)));
        Route local = Route.connected(IpPrefix.parse("10.0.0.0/8"), 3, 0);
        assertEquals("1.4.10.0.0.0.8.2.0.0.0.0", text(indexOid(local)));
        assertTrue(Route.MANAGEMENT_ORDER.compare(local, remote) < 0, "no next hop sorts first");
        Route v6 = Route.connected(IpPrefix.parse("::/0"), 3, 0);
        assertTrue(Route.MANAGEMENT_ORDER.compare(remote, v6) < 0, "every IPv4 row before every IPv6 row");
    }

    @Test
    void commonRoutesShareTheirArrays() {
        Route a = Route.connected(IpPrefix.parse("10.0.0.0/24"), 1, 0);
        Route b = new Route(IpPrefix.parse("10.0.1.0/24"), new int[] {0, 0}, null, Route.PROTO_NETMGMT,
                Route.TYPE_BLACKHOLE, 0, 0, new int[] {-1, -1, -1, -1, -1}, new byte[] {0}, 0);
        assertTrue(a.defaultPolicy());
        assertTrue(b.defaultPolicy(), "an equal policy array is replaced by the shared one");
        assertFalse(b.hasXcPointer());
        assertEquals(-1, b.metric(5));
        int[] copy = b.policy();
        copy[0] = 9;
        assertEquals(0, b.policySubId(0), "accessors hand out copies");
    }

    @Test
    void probesFindTheirRoute() {
        Route r = new Route(IpPrefix.parse("2001:db8::/32"), new int[] {1, 3, 6}, IpAddress.parse("2001:db8::1"),
                Route.PROTO_BGP, Route.TYPE_REMOTE, 0, 65000, new int[] {10, -1, -1, -1, -1}, new byte[] {0, 0, 0, 1},
                5);
        Route probe = Route.probe(IpPrefix.parse("2001:db8::/32"), new int[] {1, 3, 6}, IpAddress.parse("2001:db8::1"));
        assertEquals(0, Route.MANAGEMENT_ORDER.compare(r, probe));
        assertTrue(r.sameKey(probe));
        assertFalse(r.sameContent(probe));
    }

    @Test
    void refusesValuesNoRowCouldHold() {
        IpPrefix p = IpPrefix.parse("10.0.0.0/8");
        assertThrows(IllegalArgumentException.class, () -> new Route(p, null, null, 0, 1, 0, 0, null, null, 0));
        assertThrows(IllegalArgumentException.class, () -> new Route(p, null, null, 3, 6, 0, 0, null, null, 0));
        assertThrows(IllegalArgumentException.class, () -> new Route(p, null, null, 3, 1, -1, 0, null, null, 0));
        assertThrows(IllegalArgumentException.class, () -> new Route(p, null, null, 3, 1, 0, 1L << 32, null, null, 0));
        assertThrows(IllegalArgumentException.class, () -> new Route(p, null, null, 3, 1, 0, 0, new int[4], null, 0));
        assertThrows(IllegalArgumentException.class, () -> new Route(p, null, null, 3, 1, 0, 0, null, new byte[25], 0));
        assertThrows(IllegalArgumentException.class,
                () -> Route.probe(IpAddress.parse("10.0.0.1"), 8, null, 1, IpAddress.parse("::1")));
    }

    @Test
    void sortingRandomRoutesTwoWaysAgrees() {
        Random random = new Random(7);
        List<Route> routes = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            routes.add(randomRoute(random));
        }
        List<Route> byComparator = new ArrayList<>(routes);
        byComparator.sort(Route.MANAGEMENT_ORDER);
        List<Route> byOid = new ArrayList<>(routes);
        byOid.sort((a, b) -> compareOids(indexOid(a), indexOid(b)));
        for (int i = 0; i < routes.size(); i++) {
            assertEquals(0, compareOids(indexOid(byComparator.get(i)), indexOid(byOid.get(i))), "position " + i);
        }
        assertEquals(byComparator.size(), byOid.size());
    }

    private static String text(long[] oid) {
        StringBuilder sb = new StringBuilder();
        for (long v : oid) {
            sb.append(sb.length() == 0 ? "" : ".").append(v);
        }
        return sb.toString();
    }

    /** Small value ranges, so equal components (and equal keys) are common and later components matter. */
    static Route randomRoute(Random random) {
        IpPrefix prefix;
        if (random.nextBoolean()) {
            int len = random.nextInt(33);
            int addr = (random.nextInt(3) << 30) | (random.nextInt(2) << 24) | (random.nextInt(2) << 8) | random.nextInt(2);
            prefix = IpPrefix.masked(IpAddress.ofIpv4(addr), len);
        } else {
            int len = random.nextInt(129);
            IpAddress a = IpAddress.ofIpv6((long) random.nextInt(3) << 62 | random.nextInt(2),
                    (long) random.nextInt(2) << 63 | random.nextInt(2));
            prefix = IpPrefix.masked(a, len);
        }
        IpAddress nh = switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> IpAddress.ofIpv4(random.nextInt(3) << 30 | random.nextInt(2));
            case 2 -> IpAddress.ipv4Mapped(random.nextInt(2));
            default -> IpAddress.ofIpv6((long) random.nextInt(3) << 62, random.nextInt(2));
        };
        int type = nh == null ? Route.TYPE_LOCAL : Route.TYPE_REMOTE;
        return new Route(prefix, randomPolicy(random), nh, Route.PROTO_BGP, type, 0, 0, null, null, 0);
    }

    static int[] randomPolicy(Random random) {
        if (random.nextInt(3) == 0) {
            return null;
        }
        int[] p = new int[random.nextInt(4)];
        for (int i = 0; i < p.length; i++) {
            p[i] = INTERESTING_SUB_IDS[random.nextInt(INTERESTING_SUB_IDS.length)];
        }
        return p;
    }
}
