package org.l3vpnd.engine.bgp.rib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.l3vpnd.engine.bgp.wire.Nlri;
import org.l3vpnd.engine.bgp.wire.PathAttributes;
import org.l3vpnd.engine.bgp.wire.PathAttributesBuilder;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.net.RouteDistinguisher;

/** RFC 4456 with this router as reflector (cluster ID = router ID 10.0.0.1), for several families. */
class RouteReflectionTest {
    private final RibHarness h = new RibHarness();
    private final FakePeerSession client1 = FakePeerSession.of("10.1.0.1", 65000, "1.0.0.1", true);
    private final FakePeerSession client2 = FakePeerSession.of("10.1.0.2", 65000, "1.0.0.2", true);
    private final FakePeerSession nonClient1 = FakePeerSession.of("10.2.0.1", 65000, "2.0.0.1", false);
    private final FakePeerSession nonClient2 = FakePeerSession.of("10.2.0.2", 65000, "2.0.0.2", false);
    private final FakePeerSession external = FakePeerSession.of("172.16.0.1", 65100, "3.0.0.1", false);
    private final List<FakePeerSession> all = List.of(client1, client2, nonClient1, nonClient2, external);

    RouteReflectionTest() {
        all.forEach(h::up);
    }

    @AfterEach
    void close() {
        h.close();
    }

    private static Nlri nlri(AfiSafi family, String prefix) {
        IpPrefix p = IpPrefix.parse(prefix);
        return switch (family) {
            case IPV4_UNICAST -> new Nlri.Unicast(p);
            case IPV4_LABELED -> new Nlri.Labeled(p, 3000);
            default -> new Nlri.Vpn(RouteDistinguisher.parse("65000:1"), p, 3000);
        };
    }

    private static PathAttributesBuilder attrs(AfiSafi family, String nextHop, long... asPath) {
        return family == AfiSafi.IPV4_UNICAST ? RibHarness.attrs(nextHop, asPath) : RibHarness.mpAttrs(nextHop, asPath);
    }

    private void announce(AfiSafi family, FakePeerSession from, PathAttributes a, String prefix) {
        if (family == AfiSafi.IPV4_UNICAST) {
            h.announce(from, a, prefix);
        } else {
            h.announceMp(from, family, a, List.of(nlri(family, prefix)));
        }
    }

    private static boolean has(FakePeerSession s, AfiSafi family, String prefix) {
        return s.table(family).keySet().stream().anyMatch(n -> n.prefix().equals(IpPrefix.parse(prefix)));
    }

    private static FakePeerSession.Received get(FakePeerSession s, AfiSafi family, String prefix) {
        for (Map.Entry<Nlri, FakePeerSession.Received> e : s.table(family).entrySet()) {
            if (e.getKey().prefix().equals(IpPrefix.parse(prefix))) {
                return e.getValue();
            }
        }
        return null;
    }

    @ParameterizedTest
    @EnumSource(value = AfiSafi.class, names = {"IPV4_UNICAST", "IPV4_LABELED", "VPNV4"})
    void clientRoutesGoToEveryoneButTheirSender(AfiSafi family) {
        announce(family, client1, attrs(family, "10.1.0.1", 65010).localPref(100).build(), "20.0.0.0/24");
        assertTrue(has(client2, family, "20.0.0.0/24"));
        assertTrue(has(nonClient1, family, "20.0.0.0/24"));
        assertTrue(has(nonClient2, family, "20.0.0.0/24"));
        assertTrue(has(external, family, "20.0.0.0/24"));
        assertTrue(!has(client1, family, "20.0.0.0/24"), "not back to the sender");

        PathAttributes reflected = get(nonClient1, family, "20.0.0.0/24").attrs();
        assertEquals(IpAddress.parse("1.0.0.1"), reflected.originatorId(), "ORIGINATOR_ID = the client's router ID");
        assertArrayEquals(new int[] {IpAddress.parse("10.0.0.1").ipv4()}, reflected.clusterList());
        assertEquals(IpAddress.parse("10.1.0.1"), nextHop(reflected), "a reflector leaves the next hop alone");
        PathAttributes toExternal = get(external, family, "20.0.0.0/24").attrs();
        assertNull(toExternal.originatorId());
        assertEquals(0, toExternal.clusterList().length);
    }

    @ParameterizedTest
    @EnumSource(value = AfiSafi.class, names = {"IPV4_UNICAST", "VPNV4"})
    void nonClientRoutesGoToClientsOnly(AfiSafi family) {
        announce(family, nonClient1, attrs(family, "10.2.0.1", 65020).localPref(100).build(), "21.0.0.0/24");
        assertTrue(has(client1, family, "21.0.0.0/24"));
        assertTrue(has(client2, family, "21.0.0.0/24"));
        assertTrue(has(external, family, "21.0.0.0/24"));
        assertTrue(!has(nonClient2, family, "21.0.0.0/24"), "no iBGP to iBGP between non-clients");
        assertTrue(!has(nonClient1, family, "21.0.0.0/24"));
    }

    @ParameterizedTest
    @EnumSource(value = AfiSafi.class, names = {"IPV4_UNICAST", "VPNV4"})
    void externalRoutesGoToEveryInternalPeerWithoutReflectionAttributes(AfiSafi family) {
        announce(family, external, attrs(family, "172.16.0.1", 65100).build(), "22.0.0.0/24");
        for (FakePeerSession s : List.of(client1, client2, nonClient1, nonClient2)) {
            FakePeerSession.Received r = get(s, family, "22.0.0.0/24");
            assertEquals(100, r.attrs().localPref(), "LOCAL_PREF is added towards internal peers");
            assertNull(r.attrs().originatorId());
        }
    }

    @ParameterizedTest
    @EnumSource(value = AfiSafi.class, names = {"IPV4_UNICAST", "VPNV4"})
    void anExistingOriginatorIdIsKeptAndTheClusterListGrows(AfiSafi family) {
        announce(family, client1, attrs(family, "10.9.0.1", 65030).localPref(100)
                .originatorId(IpAddress.parse("9.9.9.9")).clusterList(0x01020304).build(), "23.0.0.0/24");
        PathAttributes a = get(nonClient1, family, "23.0.0.0/24").attrs();
        assertEquals(IpAddress.parse("9.9.9.9"), a.originatorId());
        assertArrayEquals(new int[] {IpAddress.parse("10.0.0.1").ipv4(), 0x01020304}, a.clusterList());
    }

    @ParameterizedTest
    @EnumSource(value = AfiSafi.class, names = {"IPV4_UNICAST", "VPNV4"})
    void ourOriginatorIdOrClusterIdMeansALoopAndIsDropped(AfiSafi family) {
        announce(family, client1, attrs(family, "10.1.0.1", 65040).localPref(100).build(), "24.0.0.0/24");
        assertTrue(has(nonClient1, family, "24.0.0.0/24"));
        // The same route comes back with our cluster ID: it replaces nothing, it withdraws.
        announce(family, client1, attrs(family, "10.1.0.1", 65040).localPref(100)
                .originatorId(IpAddress.parse("1.0.0.1")).clusterList(IpAddress.parse("10.0.0.1").ipv4()).build(),
                "24.0.0.0/24");
        assertTrue(!has(nonClient1, family, "24.0.0.0/24"), "a looped route withdraws the earlier one");
        assertEquals(0, h.call(() -> h.rib.destinationCount("", family)));

        announce(family, nonClient2, attrs(family, "10.2.0.2", 65040).localPref(100)
                .originatorId(IpAddress.parse("10.0.0.1")).build(), "25.0.0.0/24");
        assertTrue(!has(client1, family, "25.0.0.0/24"), "ORIGINATOR_ID = our router ID is a loop");
        assertEquals(0, h.call(() -> h.rib.destinationCount("", family)));
    }

    @ParameterizedTest
    @EnumSource(value = AfiSafi.class, names = {"IPV4_UNICAST", "VPNV4"})
    void aReflectedRouteIsNotOfferedToItsOriginator(AfiSafi family) {
        // A path whose ORIGINATOR_ID is client2's router ID would only be dropped by client2.
        announce(family, client1, attrs(family, "10.1.0.2", 65050).localPref(100)
                .originatorId(IpAddress.parse("1.0.0.2")).build(), "26.0.0.0/24");
        assertTrue(has(nonClient1, family, "26.0.0.0/24"));
        assertTrue(!has(client2, family, "26.0.0.0/24"));
    }

    private static IpAddress nextHop(PathAttributes a) {
        return a.mpNextHop() != null ? a.mpNextHop().global() : a.nextHop();
    }
}
