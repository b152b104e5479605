package org.l3vpnd.engine.vpn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.bgp.rib.FakePeerSession;
import org.l3vpnd.engine.bgp.wire.AsPath;
import org.l3vpnd.engine.bgp.wire.BgpUpdate;
import org.l3vpnd.engine.bgp.wire.MpNextHop;
import org.l3vpnd.engine.bgp.wire.Nlri;
import org.l3vpnd.engine.bgp.wire.Origin;
import org.l3vpnd.engine.bgp.wire.PathAttributes;
import org.l3vpnd.engine.bgp.wire.PathAttributesBuilder;
import org.l3vpnd.engine.bgp.rib.RouteKey;
import org.l3vpnd.engine.config.Setting;
import org.l3vpnd.engine.config.SettingNames;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.config.VrfInterface;
import org.l3vpnd.engine.config.VrfRouteTarget;
import org.l3vpnd.engine.label.Fec;
import org.l3vpnd.engine.label.LabelPolicy;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.net.MplsLabel;
import org.l3vpnd.engine.net.RouteDistinguisher;
import org.l3vpnd.engine.net.RouteTarget;
import org.l3vpnd.engine.rib.Route;

/** VRF→VPN export and VPN→VRF import end to end, through configuration changes. */
class VpnConnectorTest {
    private static final VrfRouteTarget.Type BOTH = VrfRouteTarget.Type.BOTH;
    private static final VrfRouteTarget.Type IMPORT = VrfRouteTarget.Type.IMPORT;
    private static final VrfRouteTarget.Type EXPORT = VrfRouteTarget.Type.EXPORT;

    private final VpnFixture f = new VpnFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private Map<Nlri, FakePeerSession.Received> vpn() {
        return f.pe.table(AfiSafi.VPNV4);
    }

    private Map.Entry<Nlri, FakePeerSession.Received> exported(String prefix) {
        IpPrefix p = IpPrefix.parse(prefix);
        List<Map.Entry<Nlri, FakePeerSession.Received>> found = vpn().entrySet().stream()
                .filter(e -> e.getKey().prefix().equals(p)).toList();
        assertEquals(1, found.size(), "one VPN route for " + prefix + ": " + found);
        return found.get(0);
    }

    private static Set<RouteTarget> targets(PathAttributes a) {
        return Set.copyOf(a.routeTargets());
    }

    /** A VPN-IPv4 route from the PE peer: RD, prefix, label, route targets, AS path. */
    private void peRoute(String rd, String prefix, int label, List<String> rts, long... asPath) {
        PathAttributes attrs = new PathAttributesBuilder().origin(Origin.IGP).asPath(AsPath.sequence(asPath))
                .localPref(100).mpNextHop(MpNextHop.of(IpAddress.parse("10.255.0.2")))
                .extendedCommunities(rts.stream().map(r -> RouteTarget.parse(r).toExtendedCommunity()).toList())
                .build();
        Nlri n = new Nlri.Vpn(RouteDistinguisher.parse(rd), IpPrefix.parse(prefix), label);
        f.receive(f.pe, new BgpUpdate(List.of(), attrs, List.of(), new BgpUpdate.MpReach(AfiSafi.VPNV4, List.of(n)),
                null));
    }

    private void peWithdraw(String rd, String prefix) {
        Nlri n = new Nlri.Vpn(RouteDistinguisher.parse(rd), IpPrefix.parse(prefix), MplsLabel.WITHDRAW_COMPAT);
        f.receive(f.pe, new BgpUpdate(List.of(), PathAttributes.EMPTY, List.of(), null,
                new BgpUpdate.MpUnreach(AfiSafi.VPNV4, List.of(n))));
    }

    @Test
    void aStaticRouteIsExportedWithRdRouteTargetsAndLabel() {
        f.commit(VpnFixture.vrf("red", "65000:1"), VpnFixture.rt("red", 1, BOTH, "65000:100"),
                VpnFixture.rt("red", 2, EXPORT, "65000:101"));
        f.commit(VpnFixture.staticRoute("red", "10.1.0.0/16", "172.16.0.2"));

        Map.Entry<Nlri, FakePeerSession.Received> e = exported("10.1.0.0/16");
        Nlri.Vpn nlri = (Nlri.Vpn) e.getKey();
        assertEquals(RouteDistinguisher.parse("65000:1"), nlri.rd());
        int label = f.call(() -> f.connector.exportedLabel("red", IpPrefix.parse("10.1.0.0/16")));
        assertTrue(label >= 16);
        assertEquals(label, e.getValue().label(), "the label in the UPDATE is the allocated one");
        assertEquals(label, f.call(() -> f.labels.labelOf(new Fec.PerVrf("red"))), "per-VRF by default");
        PathAttributes a = e.getValue().attrs();
        assertEquals(Set.of(RouteTarget.parse("65000:100"), RouteTarget.parse("65000:101")), targets(a));
        assertEquals(IpAddress.parse("192.0.2.1"), a.mpNextHop().global(), "next-hop-self: our session address");
        assertEquals(Origin.INCOMPLETE, a.origin());
        assertEquals(100, a.localPref());
        assertTrue(a.asPath().isEmpty());
    }

    /** Connected routes reach the VPN as the interface changes, with no configuration commit. */
    @Test
    void connectedRoutesFollowTheInterfaceIntoTheVpn() {
        f.commit(VpnFixture.vrf("red", "65000:1"), VpnFixture.rt("red", 1, BOTH, "65000:100"),
                new VrfInterface("red", 7, 2, null, true, StorageType.VOLATILE));
        assertTrue(vpn().isEmpty());
        f.interfaces.set(7, true, "10.7.0.0/24");
        f.settle();
        assertEquals(RouteDistinguisher.parse("65000:1"), ((Nlri.Vpn) exported("10.7.0.0/24").getKey()).rd());
        f.interfaces.set(7, true, "10.8.0.0/24");
        f.settle();
        exported("10.8.0.0/24");
        assertEquals(1, vpn().size(), "the old subnet is withdrawn");
        f.interfaces.set(7, false, "10.8.0.0/24");
        f.settle();
        assertTrue(vpn().isEmpty(), "withdrawn when the interface goes down");
    }

    @Test
    void nothingIsExportedWithoutAnRdOrExportTargets() {
        f.commit(VpnFixture.vrf("red", null), VpnFixture.rt("red", 1, IMPORT, "65000:100"));
        f.commit(VpnFixture.staticRoute("red", "10.1.0.0/16", "172.16.0.2"));
        assertTrue(vpn().isEmpty());
        f.commit(VpnFixture.vrf("red", "65000:1"));
        assertTrue(vpn().isEmpty(), "an RD without export targets exports nothing");
        f.commit(VpnFixture.rt("red", 2, EXPORT, "65000:100"));
        assertEquals(1, vpn().size());
    }

    @Test
    void labelPoliciesPerVrfAndPerPrefix() {
        f.commit(VpnFixture.vrf("red", "65000:1"), VpnFixture.rt("red", 1, BOTH, "65000:100"));
        f.commit(VpnFixture.staticRoute("red", "10.1.0.0/16", "172.16.0.2"),
                VpnFixture.staticRoute("red", "10.2.0.0/16", "172.16.0.3"));
        int a = exported("10.1.0.0/16").getValue().label();
        assertEquals(a, exported("10.2.0.0/16").getValue().label(), "one label for the whole VRF");
        assertEquals(2, f.call(() -> f.labels.references(new Fec.PerVrf("red"))));

        f.call(() -> {
            f.connector.labelPolicy("red", LabelPolicy.PER_PREFIX);
            return null;
        });
        int p1 = exported("10.1.0.0/16").getValue().label();
        int p2 = exported("10.2.0.0/16").getValue().label();
        assertNotEquals(p1, p2);
        assertEquals(-1, f.call(() -> f.labels.labelOf(new Fec.PerVrf("red"))), "the VRF label went with its last route");

        f.call(() -> {
            f.connector.labelPolicy("red", LabelPolicy.PER_CE);
            return null;
        });
        assertNotEquals(exported("10.1.0.0/16").getValue().label(), exported("10.2.0.0/16").getValue().label(),
                "two CEs, two labels");
        f.remove(VpnFixture.staticRoute("red", "10.1.0.0/16", "172.16.0.2").key(),
                VpnFixture.staticRoute("red", "10.2.0.0/16", "172.16.0.3").key());
        assertTrue(vpn().isEmpty());
        assertEquals(0, f.call(() -> f.labels.allocatedCount()), "withdrawn routes release their labels");
    }

    @Test
    void aVpnRouteIsImportedIntoEveryVrfWhoseImportTargetsMatch() {
        f.commit(VpnFixture.vrf("red", "65000:1"), VpnFixture.rt("red", 1, BOTH, "65000:100"),
                VpnFixture.vrf("blue", "65000:2"), VpnFixture.rt("blue", 1, IMPORT, "65000:100"),
                VpnFixture.vrf("green", "65000:3"), VpnFixture.rt("green", 1, IMPORT, "65000:999"));
        peRoute("65000:77", "20.0.0.0/24", 3000, List.of("65000:100"), 65010, 65011);

        for (String vrf : List.of("red", "blue")) {
            Route r = f.bgpRoute(vrf, "20.0.0.0/24");
            assertNotNull(r, vrf);
            assertEquals(IpAddress.parse("10.255.0.2"), r.nextHop());
            assertEquals(Route.PROTO_BGP, r.protocol());
            assertEquals(Route.TYPE_REMOTE, r.type());
            assertEquals(65010, r.nextHopAs());
        }
        assertNull(f.bgpRoute("green", "20.0.0.0/24"));
        assertTrue(vpn().isEmpty(), "imported routes are not exported again, and the PE's route does not go back");

        peWithdraw("65000:77", "20.0.0.0/24");
        assertNull(f.bgpRoute("red", "20.0.0.0/24"));
        assertNull(f.bgpRoute("blue", "20.0.0.0/24"));
    }

    @Test
    void changingImportTargetsRefeedsThatVrfOnly() {
        f.commit(VpnFixture.vrf("red", "65000:1"), VpnFixture.rt("red", 1, IMPORT, "65000:100"),
                VpnFixture.vrf("blue", "65000:2"), VpnFixture.rt("blue", 1, IMPORT, "65000:100"));
        peRoute("65000:77", "20.0.0.0/24", 3000, List.of("65000:100"), 65010);
        peRoute("65000:78", "21.0.0.0/24", 3001, List.of("65000:200"), 65010);
        assertNotNull(f.bgpRoute("blue", "20.0.0.0/24"));
        assertNull(f.bgpRoute("blue", "21.0.0.0/24"));
        Route redBefore = f.bgpRoute("red", "20.0.0.0/24");

        f.commit(VpnFixture.rt("blue", 1, IMPORT, "65000:200"));
        assertNull(f.bgpRoute("blue", "20.0.0.0/24"), "no longer imported");
        assertNotNull(f.bgpRoute("blue", "21.0.0.0/24"), "newly imported");
        assertEquals(redBefore, f.bgpRoute("red", "20.0.0.0/24"), "the other VRF is not touched");

        f.commit(VpnFixture.rt("blue", 2, IMPORT, "65000:100"));
        assertNotNull(f.bgpRoute("blue", "20.0.0.0/24"));
        assertNotNull(f.bgpRoute("blue", "21.0.0.0/24"));
    }

    @Test
    void changingTheRdWithdrawsAndReexports() {
        f.commit(VpnFixture.vrf("red", "65000:1"), VpnFixture.rt("red", 1, BOTH, "65000:100"));
        f.commit(VpnFixture.staticRoute("red", "10.1.0.0/16", "172.16.0.2"));
        assertEquals(RouteDistinguisher.parse("65000:1"), exported("10.1.0.0/16").getKey().rd());
        f.pe.clear();

        f.commit(VpnFixture.vrf("red", "65000:9"));
        List<BgpUpdate> updates = f.pe.updates();
        Set<RouteDistinguisher> withdrawn = updates.stream().filter(u -> u.mpUnreach() != null)
                .flatMap(u -> u.mpUnreach().withdrawn().stream()).map(Nlri::rd).collect(Collectors.toSet());
        Set<RouteDistinguisher> announced = updates.stream().filter(u -> u.mpReach() != null)
                .flatMap(u -> u.mpReach().nlri().stream()).map(Nlri::rd).collect(Collectors.toSet());
        assertEquals(Set.of(RouteDistinguisher.parse("65000:1")), withdrawn);
        assertEquals(Set.of(RouteDistinguisher.parse("65000:9")), announced);
    }

    @Test
    void changingExportTargetsReexportsUnderTheSameKey() {
        f.commit(VpnFixture.vrf("red", "65000:1"), VpnFixture.rt("red", 1, EXPORT, "65000:100"));
        f.commit(VpnFixture.staticRoute("red", "10.1.0.0/16", "172.16.0.2"));
        int label = exported("10.1.0.0/16").getValue().label();
        f.commit(VpnFixture.rt("red", 1, EXPORT, "65000:555"));
        Map.Entry<Nlri, FakePeerSession.Received> e = exported("10.1.0.0/16");
        assertEquals(Set.of(RouteTarget.parse("65000:555")), targets(e.getValue().attrs()));
        assertEquals(label, e.getValue().label(), "the label does not change with the targets");
    }

    @Test
    void ownRoutesAreNotImportedBackButLeakIntoOtherVrfs() {
        f.commit(VpnFixture.vrf("red", "65000:1"), VpnFixture.rt("red", 1, BOTH, "65000:100"),
                VpnFixture.vrf("blue", "65000:2"), VpnFixture.rt("blue", 1, IMPORT, "65000:100"));
        f.commit(VpnFixture.staticRoute("red", "10.1.0.0/16", "172.16.0.2"));
        assertNull(f.bgpRoute("red", "10.1.0.0/16"), "not back into the VRF it came from");
        assertEquals(1, f.routes("red", "10.1.0.0/16").size());
        Route leaked = f.bgpRoute("blue", "10.1.0.0/16");
        assertNotNull(leaked, "leaked into the other VRF of this PE");
        assertEquals(IpAddress.parse("172.16.0.2"), leaked.nextHop(), "with the original VRF route's next hop");
        assertEquals(VpnFixture.AS, leaked.nextHopAs());
    }

    @Test
    void ceRoutesAreInstalledAndExportedAndVpnRoutesGoToTheCe() {
        f.commit(VpnFixture.vrf("red", "65000:1"), VpnFixture.rt("red", 1, BOTH, "65000:100"));
        FakePeerSession ce = new FakePeerSession("red", "172.16.0.2", 65010, VpnFixture.AS, "172.16.0.2", false, 0,
                EnumSet.of(AfiSafi.IPV4_UNICAST), false);
        f.up(ce);
        PathAttributes fromCe = new PathAttributesBuilder().origin(Origin.IGP).asPath(AsPath.sequence(65010)).med(20)
                .nextHop(IpAddress.parse("172.16.0.2")).build();
        f.receive(ce, new BgpUpdate(List.of(), fromCe, List.of(IpPrefix.parse("30.0.0.0/24")), null, null));

        Route installed = f.bgpRoute("red", "30.0.0.0/24");
        assertNotNull(installed);
        assertEquals(IpAddress.parse("172.16.0.2"), installed.nextHop());
        assertEquals(65010, installed.nextHopAs());
        PathAttributes vpnAttrs = exported("30.0.0.0/24").getValue().attrs();
        assertEquals(AsPath.sequence(65010), vpnAttrs.asPath(), "the CE's AS path goes into the VPN");
        assertEquals(20, vpnAttrs.med());
        assertEquals(Set.of(RouteTarget.parse("65000:100")), targets(vpnAttrs));

        peRoute("65000:77", "20.0.0.0/24", 3000, List.of("65000:100"), 65020);
        PathAttributes toCe = ce.table(AfiSafi.IPV4_UNICAST).get(new Nlri.Unicast(IpPrefix.parse("20.0.0.0/24"))).attrs();
        assertEquals(AsPath.sequence(65000, 65020), toCe.asPath());
        assertEquals(IpAddress.parse("192.0.2.1"), toCe.nextHop());
        assertTrue(!ce.table(AfiSafi.IPV4_UNICAST).containsKey(new Nlri.Unicast(IpPrefix.parse("30.0.0.0/24"))),
                "the CE's own route does not go back to it");
    }

    @Test
    void aMultihomedPrefixUnderTwoRdsBecomesOneVrfRoute() {
        f.commit(VpnFixture.vrf("red", "65000:1"), VpnFixture.rt("red", 1, IMPORT, "65000:100"));
        peRoute("65000:77", "20.0.0.0/24", 3000, List.of("65000:100"), 65010, 65011);
        peRoute("65000:78", "20.0.0.0/24", 3001, List.of("65000:100"), 65010);
        assertEquals(1, f.routes("red", "20.0.0.0/24").size());
        List<org.l3vpnd.engine.bgp.rib.Path> paths = f.call(() -> f.rib.paths("red", AfiSafi.IPV4_UNICAST,
                RouteKey.of(IpPrefix.parse("20.0.0.0/24"))));
        assertEquals(2, paths.size());
        assertEquals(3001, paths.get(0).label(), "the shorter AS path wins in the VRF table");
        peWithdraw("65000:78", "20.0.0.0/24");
        assertEquals(1, f.routes("red", "20.0.0.0/24").size(), "the other RD's path takes over");
    }

    @Test
    void aNewRouterIdReoriginatesTheExports() {
        f.commit(VpnFixture.vrf("red", "65000:1"), VpnFixture.rt("red", 1, BOTH, "65000:100"));
        f.commit(VpnFixture.staticRoute("red", "10.1.0.0/16", "172.16.0.2"));
        RouteKey key = RouteKey.of(RouteDistinguisher.parse("65000:1"), IpPrefix.parse("10.1.0.0/16"));
        assertEquals(IpAddress.parse("10.0.0.1"),
                f.call(() -> f.rib.best("", AfiSafi.VPNV4, key)).attrs().mpNextHop().global());
        f.commit(Setting.of(SettingNames.BGP_ROUTER_ID, "10.0.0.99"));
        assertEquals(IpAddress.parse("10.0.0.99"),
                f.call(() -> f.rib.best("", AfiSafi.VPNV4, key)).attrs().mpNextHop().global());
    }

    @Test
    void deletingAVrfWithdrawsItsExports() {
        f.commit(VpnFixture.vrf("red", "65000:1"), VpnFixture.rt("red", 1, BOTH, "65000:100"));
        f.commit(VpnFixture.staticRoute("red", "10.1.0.0/16", "172.16.0.2"));
        assertEquals(1, vpn().size());
        f.remove(VpnFixture.staticRoute("red", "10.1.0.0/16", "172.16.0.2").key(),
                VpnFixture.rt("red", 1, BOTH, "65000:100").key(), VpnFixture.vrf("red", "65000:1").key());
        assertTrue(vpn().isEmpty());
        assertEquals(0, f.call(() -> f.labels.allocatedCount()));
    }
}
