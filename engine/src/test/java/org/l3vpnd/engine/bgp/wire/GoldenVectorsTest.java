package org.l3vpnd.engine.bgp.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.l3vpnd.engine.bgp.wire.WireTestSupport.decode;
import static org.l3vpnd.engine.bgp.wire.WireTestSupport.encode;
import static org.l3vpnd.engine.bgp.wire.WireTestSupport.hex;
import static org.l3vpnd.engine.bgp.wire.WireTestSupport.hexResource;
import static org.l3vpnd.engine.bgp.wire.WireTestSupport.toHex;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.ExtendedCommunity;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.net.MplsLabel;
import org.l3vpnd.engine.net.RouteDistinguisher;
import org.l3vpnd.engine.net.RouteTarget;

/**
 * Hand-built byte vectors (RFC layouts, annotated in the .hex files) checked in both directions:
 * the bytes decode to the expected value, and the value encodes to the same bytes.
 */
class GoldenVectorsTest {

    private static void assertBothWays(byte[] wire, BgpMessage expected, NegotiatedCapabilities caps) {
        InboundEvent decoded = decode(wire, caps);
        if (expected instanceof BgpUpdate u) {
            assertEquals(new UpdateOutcome.Ok(u), decoded);
        } else {
            assertEquals(expected, decoded);
        }
        assertEquals(toHex(wire), toHex(encode(expected, caps)));
    }

    private static PathAttributesBuilder base() {
        return new PathAttributesBuilder().origin(Origin.IGP);
    }

    @Test
    void keepaliveNotificationAndRouteRefresh() {
        NegotiatedCapabilities caps = WireTestSupport.ibgp4();
        assertBothWays(hex(WireTestSupport.MARKER + "0013 04"), BgpKeepalive.INSTANCE, caps);
        assertBothWays(hex(WireTestSupport.MARKER + "0015 03 06 02"), BgpNotification.of(6, 2), caps);
        assertBothWays(hex(WireTestSupport.MARKER + "0016 03 03 0b ff"), new BgpNotification(3, 11, new byte[] {-1}), caps);
        assertBothWays(hex(WireTestSupport.MARKER + "0017 05 0001 01 80"),
                new BgpRouteRefresh(1, 128, BgpRouteRefresh.BEGIN_OF_ROUTE_REFRESH), caps);
    }

    @Test
    void open() {
        BgpOpen open = new BgpOpen(4, 65000, 180, IpAddress.parse("192.0.2.1").ipv4(), List.of(
                new BgpCapability.Multiprotocol(1, 128),
                new BgpCapability.Multiprotocol(2, 128),
                new BgpCapability.RouteRefresh(),
                new BgpCapability.FourOctetAs(65000),
                new BgpCapability.EnhancedRouteRefresh(),
                new BgpCapability.GracefulRestart(0, 120, List.of(new BgpCapability.GracefulRestart.Family(1, 128, 0x80)))));
        assertBothWays(hexResource("open.hex"), open, NegotiatedCapabilities.BEFORE_OPEN);
    }

    @Test
    void ipv4Unicast() {
        PathAttributes attrs = base().asPath(AsPath.sequence(65001)).nextHop(IpAddress.parse("192.0.2.1")).med(100).build();
        BgpUpdate u = new BgpUpdate(List.of(), attrs,
                List.of(IpPrefix.parse("10.0.0.0/8"), IpPrefix.parse("192.168.1.0/24")), null, null);
        assertBothWays(hexResource("update-ipv4.hex"), u, WireTestSupport.ebgp4());
    }

    @Test
    void vpnv4Announcement() {
        PathAttributes attrs = base().asPath(AsPath.EMPTY).localPref(100)
                .extendedCommunities(List.of(RouteTarget.parse("65000:1").toExtendedCommunity()))
                .mpNextHop(MpNextHop.of(IpAddress.parse("192.0.2.1"))).build();
        BgpUpdate u = new BgpUpdate(List.of(), attrs, List.of(), new BgpUpdate.MpReach(AfiSafi.VPNV4,
                List.of(new Nlri.Vpn(RouteDistinguisher.parse("65000:1"), IpPrefix.parse("10.1.1.0/24"), 16))), null);
        assertBothWays(hexResource("update-vpnv4.hex"), u, WireTestSupport.ibgp4());
        assertEquals(List.of(RouteTarget.parse("65000:1")), attrs.routeTargets());
    }

    @Test
    void vpnv6WithIpv4MappedNextHop() {
        PathAttributes attrs = base().asPath(AsPath.EMPTY)
                .mpNextHop(MpNextHop.of(IpAddress.ipv4Mapped(IpAddress.parse("192.0.2.1").ipv4()))).build();
        BgpUpdate u = new BgpUpdate(List.of(), attrs, List.of(), new BgpUpdate.MpReach(AfiSafi.VPNV6,
                List.of(new Nlri.Vpn(RouteDistinguisher.parse("192.0.2.1:7"), IpPrefix.parse("2001:db8:1::/48"), 17))), null);
        assertBothWays(hexResource("update-vpnv6-6vpe.hex"), u, WireTestSupport.ibgp4());
    }

    @Test
    void vpnv4Withdrawal() {
        BgpUpdate u = new BgpUpdate(List.of(), PathAttributes.EMPTY, List.of(), null, new BgpUpdate.MpUnreach(AfiSafi.VPNV4,
                List.of(new Nlri.Vpn(RouteDistinguisher.parse("65000:1"), IpPrefix.parse("10.1.1.0/24"),
                        MplsLabel.WITHDRAW_COMPAT))));
        assertBothWays(hexResource("update-vpnv4-withdraw.hex"), u, WireTestSupport.ibgp4());
    }

    @Test
    void withdrawalLabelIsIgnoredOnReceipt() {
        // RFC 8277 2.4: some speakers send 0x000000; the value must be ignored.
        byte[] wire = hexResource("update-vpnv4-withdraw.hex");
        byte[] zeroLabel = toHex(wire).replace("70800000", "70000000").transform(WireTestSupport::hex);
        assertEquals(decode(wire, WireTestSupport.ibgp4()), decode(zeroLabel, WireTestSupport.ibgp4()));
    }

    @Test
    void labeledIpv6WithLinkLocalNextHop() {
        PathAttributes attrs = base().asPath(AsPath.sequence(65001))
                .mpNextHop(new MpNextHop(IpAddress.parse("2001:db8::1"), IpAddress.parse("fe80::1"))).build();
        BgpUpdate u = new BgpUpdate(List.of(), attrs, List.of(), new BgpUpdate.MpReach(AfiSafi.IPV6_LABELED,
                List.of(new Nlri.Labeled(IpPrefix.parse("2001:db8:5::/48"), MplsLabel.IMPLICIT_NULL))), null);
        assertBothWays(hexResource("update-labeled-ipv6.hex"), u, WireTestSupport.ebgp4());
    }

    @Test
    void labeledIpv4() {
        byte[] wire = WireTestSupport.update("",
                "80 0e 10 0001 04 04 c0000201 00 30 000101 0a0102  40 01 01 02  40 02 00", "");
        PathAttributes attrs = new PathAttributesBuilder().origin(Origin.INCOMPLETE).asPath(AsPath.EMPTY)
                .mpNextHop(MpNextHop.of(IpAddress.parse("192.0.2.1"))).build();
        BgpUpdate u = new BgpUpdate(List.of(), attrs, List.of(), new BgpUpdate.MpReach(AfiSafi.IPV4_LABELED,
                List.of(new Nlri.Labeled(IpPrefix.parse("10.1.2.0/24"), 16))), null);
        assertBothWays(wire, u, WireTestSupport.ibgp4());
    }

    @Test
    void fourOctetPathThroughTwoOctetPeer() {
        PathAttributes attrs = base().asPath(AsPath.sequence(65001, 4200000000L))
                .nextHop(IpAddress.parse("192.0.2.1")).build();
        BgpUpdate u = new BgpUpdate(List.of(), attrs, List.of(IpPrefix.parse("203.0.113.0/24")), null, null);
        assertBothWays(hexResource("update-as4-from-old-peer.hex"), u, WireTestSupport.ebgp2());
    }

    @Test
    void aggregatorThroughTwoOctetPeer() {
        // AGGREGATOR with AS_TRANS plus AS4_AGGREGATOR (RFC 6793 4.2.2).
        byte[] wire = WireTestSupport.update("",
                "40 01 01 00  40 02 04 02 01 fde9  40 03 04 c0000201  c0 07 06 5ba0 c0000202"
                        + "  c0 12 08 fa56ea00 c0000202", "18 cb0071");
        PathAttributes attrs = base().asPath(AsPath.sequence(65001)).nextHop(IpAddress.parse("192.0.2.1"))
                .aggregator(new Aggregator(4200000000L, IpAddress.parse("192.0.2.2"))).build();
        BgpUpdate u = new BgpUpdate(List.of(), attrs, List.of(IpPrefix.parse("203.0.113.0/24")), null, null);
        assertBothWays(wire, u, WireTestSupport.ebgp2());
    }

    @Test
    void unknownOptionalTransitiveIsKeptAndResentPartial() {
        String common = "40 01 01 00  40 02 00  40 03 04 c0000201";
        byte[] in = WireTestSupport.update("", common + "  c0 63 03 010203", "08 0a");
        byte[] out = WireTestSupport.update("", common + "  e0 63 03 010203", "08 0a");
        UpdateOutcome.Ok ok = assertInstanceOf(UpdateOutcome.Ok.class, decode(in, WireTestSupport.ibgp4()));
        assertEquals(List.of(new OpaqueAttribute(0xe0, 99, new byte[] {1, 2, 3})), ok.update().attributes().unknown());
        assertEquals(toHex(out), toHex(encode(ok.update(), WireTestSupport.ibgp4())));
    }

    @Test
    void everyAttributeTypeInOneMessage() {
        byte[] wire = WireTestSupport.update("08 0b", String.join(" ",
                "40 01 01 01",                                 // ORIGIN EGP
                "40 02 10 03 01 0000fde8 01 02 0000fde9 0000fdea", // confed seq (65000), set {65001,65002}
                "40 03 04 c0000201",
                "80 04 04 00000005",
                "40 05 04 000000c8",                           // LOCAL_PREF 200
                "40 06 00",                                    // ATOMIC_AGGREGATE
                "c0 07 08 0000fde9 c0000203",                  // AGGREGATOR 65001 192.0.2.3
                "c0 08 08 fde80001 ffffff01",                  // COMMUNITIES 65000:1, NO_EXPORT
                "80 09 04 c0000204",                           // ORIGINATOR_ID
                "80 0a 08 c0000205 c0000206",                  // CLUSTER_LIST
                "c0 10 10 0002fde800000001 030c000000000008",  // RT 65000:1, an opaque community
                "c0 20 0c 0000fde8 00000001 00000002"),        // LARGE_COMMUNITY 65000:1:2
                "08 0a");
        PathAttributes attrs = new PathAttributesBuilder().origin(Origin.EGP)
                .asPath(AsPath.of(List.of(new AsPath.Segment(AsPath.SegmentType.AS_CONFED_SEQUENCE, new int[] {65000}),
                        new AsPath.Segment(AsPath.SegmentType.AS_SET, new int[] {65001, 65002}))))
                .nextHop(IpAddress.parse("192.0.2.1")).med(5).localPref(200).atomicAggregate(true)
                .aggregator(new Aggregator(65001, IpAddress.parse("192.0.2.3")))
                .communities(0xfde80001, 0xffffff01).originatorId(IpAddress.parse("192.0.2.4"))
                .clusterList(IpAddress.parse("192.0.2.5").ipv4(), IpAddress.parse("192.0.2.6").ipv4())
                .extendedCommunities(List.of(RouteTarget.parse("65000:1").toExtendedCommunity(),
                        new ExtendedCommunity(0x030c000000000008L)))
                .largeCommunities(List.of(new LargeCommunity(65000, 1, 2))).build();
        BgpUpdate u = new BgpUpdate(List.of(IpPrefix.parse("11.0.0.0/8")), attrs, List.of(IpPrefix.parse("10.0.0.0/8")),
                null, null);
        assertBothWays(wire, u, WireTestSupport.ibgp4());
        assertEquals("(65000) {65001,65002}", attrs.asPath().toString());
        assertEquals(1, attrs.asPath().pathLength());
    }

    @Test
    void endOfRibMarkers() {
        assertBothWays(hex(WireTestSupport.MARKER + "0017 02 0000 0000"), BgpUpdate.endOfRib(AfiSafi.IPV4_UNICAST),
                WireTestSupport.ibgp4());
        assertBothWays(hex(WireTestSupport.MARKER + "001d 02 0000 0006 800f03 000180"), BgpUpdate.endOfRib(AfiSafi.VPNV4),
                WireTestSupport.ibgp4());
        assertEquals(true, BgpUpdate.endOfRib(AfiSafi.VPNV6).isEndOfRib());
    }
}
