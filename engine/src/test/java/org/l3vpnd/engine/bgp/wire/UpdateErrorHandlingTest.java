package org.l3vpnd.engine.bgp.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.l3vpnd.engine.bgp.wire.WireTestSupport.decodeUpdate;
import static org.l3vpnd.engine.bgp.wire.WireTestSupport.ebgp2;
import static org.l3vpnd.engine.bgp.wire.WireTestSupport.ebgp4;
import static org.l3vpnd.engine.bgp.wire.WireTestSupport.hex;
import static org.l3vpnd.engine.bgp.wire.WireTestSupport.ibgp4;
import static org.l3vpnd.engine.bgp.wire.WireTestSupport.update;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.l3vpnd.engine.bgp.wire.UpdateOutcome.Action;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpPrefix;

/** RFC 7606 section by section, each case built by hand from a valid message. */
class UpdateErrorHandlingTest {
    private static final String ORIGIN = "40 01 01 00";
    private static final String AS_PATH = "40 02 06 02 01 0000fde9";
    private static final String NEXT_HOP = "40 03 04 c0000201";
    private static final String MANDATORY = ORIGIN + AS_PATH + NEXT_HOP;
    private static final String NLRI = "08 0a";
    private static final String VPN_REACH = "80 0e 20 0001 80 0c 0000000000000000 c0000201 00 70 000101 0000fde800000001 0a0101";

    private static UpdateOutcome withAttribute(String attribute, NegotiatedCapabilities caps) {
        return decodeUpdate(update("", MANDATORY + attribute, NLRI), caps);
    }

    /** Checks the approach and the RFC 4271 code/subcode recorded for the (single) error. */
    private static void assertOutcome(UpdateOutcome o, Action action, int subcode) {
        assertEquals(action, o.action(), o.toString());
        assertTrue(o.errors().stream().anyMatch(e -> e.action() == action && e.notification().code() == 3
                && e.notification().subcode() == subcode), o.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // RFC 7606 section 7, attribute by attribute: attribute hex | approach | subcode
        "ORIGIN length 2           | 40 01 02 0000                     | TREAT_AS_WITHDRAW | 5",
        "ORIGIN undefined value    | 40 01 01 03                       | TREAT_AS_WITHDRAW | 6",
        "AS_PATH zero segment len  | 40 02 02 02 00                    | TREAT_AS_WITHDRAW | 11",
        "AS_PATH unknown seg type  | 40 02 06 05 01 0000fde9           | TREAT_AS_WITHDRAW | 11",
        "AS_PATH segment overrun   | 40 02 06 02 02 0000fde9           | TREAT_AS_WITHDRAW | 11",
        "AS_PATH lone octet        | 40 02 07 02 01 0000fde9 02        | TREAT_AS_WITHDRAW | 11",
        "AS_PATH AS 0 (RFC 7607)   | 40 02 06 02 01 00000000           | TREAT_AS_WITHDRAW | 11",
        "NEXT_HOP length 5         | 40 03 05 c000020100               | TREAT_AS_WITHDRAW | 5",
        "NEXT_HOP 0.0.0.0          | 40 03 04 00000000                 | TREAT_AS_WITHDRAW | 8",
        "NEXT_HOP multicast        | 40 03 04 e0000001                 | TREAT_AS_WITHDRAW | 8",
        "MED length 3              | 80 04 03 000001                   | TREAT_AS_WITHDRAW | 5",
        "LOCAL_PREF length 2       | 40 05 02 0001                     | TREAT_AS_WITHDRAW | 5",
        "ATOMIC_AGGREGATE length 1 | 40 06 01 00                       | ATTRIBUTE_DISCARD | 5",
        "AGGREGATOR length 6       | c0 07 06 fde9 c0000201            | ATTRIBUTE_DISCARD | 5",
        "AGGREGATOR AS 0           | c0 07 08 00000000 c0000201        | ATTRIBUTE_DISCARD | 9",
        "COMMUNITIES length 0      | c0 08 00                          | TREAT_AS_WITHDRAW | 5",
        "COMMUNITIES length 5      | c0 08 05 0000000000               | TREAT_AS_WITHDRAW | 5",
        "ORIGINATOR_ID length 5    | 80 09 05 c000020100               | TREAT_AS_WITHDRAW | 5",
        "CLUSTER_LIST length 6     | 80 0a 06 c0000201 0000            | TREAT_AS_WITHDRAW | 5",
        "EXT_COMMUNITIES length 7  | c0 10 07 0002fde8000000           | TREAT_AS_WITHDRAW | 5",
        "LARGE_COMMUNITY length 11 | c0 20 0b 0000fde8 00000001 000000 | TREAT_AS_WITHDRAW | 5",
        "MED flags transitive      | c0 04 04 00000064                 | TREAT_AS_WITHDRAW | 4",
        "ORIGIN flags optional     | 80 01 01 00                       | TREAT_AS_WITHDRAW | 4",
        "AGGREGATOR flags bad      | 40 07 08 0000fde9 c0000201        | TREAT_AS_WITHDRAW | 4",
        "unknown well-known        | 40 63 01 00                       | SESSION_RESET     | 2",
        "MP_REACH short            | 80 0e 04 0001 80 0c               | SESSION_RESET     | 9",
        "MP_REACH next hop length  | 80 0e 0d 0001 80 08 0000000000000000 00 | SESSION_RESET | 9",
        "MP_REACH NLRI overrun     | 80 0e 13 0001 80 0c 0000000000000000 c0000201 00 70 00 | SESSION_RESET | 9",
        "MP_REACH bad prefix len   | 80 0e 14 0001 80 0c 0000000000000000 c0000201 00 ff 0000 | SESSION_RESET | 9",
        "MP_UNREACH short          | 80 0f 02 0001                     | SESSION_RESET     | 9",
        "MP_UNREACH NLRI overrun   | 80 0f 06 0001 80 70 8000          | SESSION_RESET     | 9",
    })
    void perAttributeRules(String name, String attribute, Action action, int subcode) {
        // Replace the mandatory attribute of the same type rather than duplicating it.
        String type = attribute.trim().substring(3, 5);
        String mandatory = MANDATORY.replace(type.equals("01") ? ORIGIN : type.equals("02") ? AS_PATH
                : type.equals("03") ? NEXT_HOP : "@", "");
        UpdateOutcome o = decodeUpdate(update("", mandatory + attribute, NLRI), ibgp4());
        assertOutcome(o, action, subcode);
    }

    @Test
    void notificationDataIsTheWholeAttribute() {
        UpdateOutcome.SessionReset r = assertInstanceOf(UpdateOutcome.SessionReset.class,
                withAttribute("40 63 01 07", ibgp4()));
        assertArrayEquals(hex("40 63 01 07"), r.notification().data());
        assertEquals(2, r.notification().subcode());
    }

    @Test
    void internalOnlyAttributesFromExternalPeersAreDiscarded() {
        for (String attr : new String[] {"40 05 04 00000064", "80 09 04 c0000201", "80 0a 04 c0000201",
                "40 05 01 00" /* even malformed */}) {
            UpdateOutcome.AttributeDiscard d = assertInstanceOf(UpdateOutcome.AttributeDiscard.class,
                    withAttribute(attr, ebgp4()), attr);
            PathAttributes a = d.update().attributes();
            assertTrue(!a.hasLocalPref() && a.originatorId() == null && a.clusterList().length == 0);
            assertEquals(List.of(IpPrefix.parse("10.0.0.0/8")), d.update().nlri());
        }
        assertInstanceOf(UpdateOutcome.Ok.class, withAttribute("40 05 04 00000064", ibgp4()));
    }

    @Test
    void duplicateAttributesKeepTheFirst() {
        UpdateOutcome.AttributeDiscard d = assertInstanceOf(UpdateOutcome.AttributeDiscard.class,
                withAttribute("80 04 04 00000001  80 04 04 00000002", ibgp4()));
        assertEquals(1, d.update().attributes().med());
        assertOutcome(d, Action.ATTRIBUTE_DISCARD, 1);
    }

    @Test
    void duplicateMpAttributesResetTheSession() {
        assertOutcome(decodeUpdate(update("", ORIGIN + AS_PATH + VPN_REACH + VPN_REACH, ""), ibgp4()),
                Action.SESSION_RESET, 1);
        assertOutcome(decodeUpdate(update("", "80 0f 03 000180 80 0f 03 000180", ""), ibgp4()), Action.SESSION_RESET, 1);
    }

    @Test
    void treatAsWithdrawListsEveryRouteOfTheMessageIncludingMpReach() {
        byte[] wire = update("18 c0a801", VPN_REACH + "80 0f 12 0001 80 70 800000 0000fde800000002 0a0202"
                + "40 01 01 07" /* bad ORIGIN */ + AS_PATH + NEXT_HOP, "08 0a");
        UpdateOutcome.TreatAsWithdraw w = assertInstanceOf(UpdateOutcome.TreatAsWithdraw.class, decodeUpdate(wire, ibgp4()));
        assertEquals(List.of(IpPrefix.parse("192.168.1.0/24"), IpPrefix.parse("10.0.0.0/8")), w.withdrawn());
        assertEquals(2, w.mpWithdrawn().size());
        assertEquals(AfiSafi.VPNV4, w.mpWithdrawn().get(1).family());
        assertEquals(IpPrefix.parse("10.1.1.0/24"), w.mpWithdrawn().get(1).withdrawn().get(0).prefix());
        assertEquals(IpPrefix.parse("10.2.2.0/24"), w.mpWithdrawn().get(0).withdrawn().get(0).prefix());
    }

    @Test
    void missingWellKnownAttributes() {
        UpdateOutcome o = decodeUpdate(update("", AS_PATH + NEXT_HOP, NLRI), ibgp4());
        assertOutcome(o, Action.TREAT_AS_WITHDRAW, 3);
        assertArrayEquals(new byte[] {1}, o.errors().get(0).notification().data());
        assertOutcome(decodeUpdate(update("", ORIGIN + AS_PATH, NLRI), ibgp4()), Action.TREAT_AS_WITHDRAW, 3);
        // NEXT_HOP is needless when only MP_REACH_NLRI carries routes (RFC 4760 / RFC 7606 3(d)).
        assertInstanceOf(UpdateOutcome.Ok.class, decodeUpdate(update("", VPN_REACH + ORIGIN + "40 02 00", ""), ibgp4()));
        assertOutcome(decodeUpdate(update("", VPN_REACH + ORIGIN, ""), ibgp4()), Action.TREAT_AS_WITHDRAW, 3);
        // Withdrawals need no attributes at all.
        assertInstanceOf(UpdateOutcome.Ok.class, decodeUpdate(update("08 0a", "", ""), ibgp4()));
    }

    @Test
    void messageFramingErrorsResetTheSession() {
        byte[] wire = update("08 0a", MANDATORY, NLRI);
        wire[19] = 0x7f; // withdrawn routes length beyond the message
        assertOutcome(decodeUpdate(wire, ibgp4()), Action.SESSION_RESET, 1);
        wire = update("", MANDATORY, NLRI);
        wire[22] = (byte) 0xff; // total path attribute length beyond the message
        assertOutcome(decodeUpdate(wire, ibgp4()), Action.SESSION_RESET, 1);
        assertOutcome(decodeUpdate(update("", MANDATORY, "21 0a000000 00"), ibgp4()), Action.SESSION_RESET, 10);
        assertOutcome(decodeUpdate(update("", MANDATORY, "18 0a00"), ibgp4()), Action.SESSION_RESET, 10);
        assertOutcome(decodeUpdate(update("20 0a", "", ""), ibgp4()), Action.SESSION_RESET, 10);
    }

    @Test
    void attributeFramingErrorsAreTreatAsWithdrawUnlessAnMpAttributeIsCut() {
        // Section 4: the last attribute overruns, or a stub of fewer than three octets remains.
        assertOutcome(decodeUpdate(update("", MANDATORY + "80 04 08 00000064", NLRI), ibgp4()), Action.TREAT_AS_WITHDRAW, 1);
        assertOutcome(decodeUpdate(update("", MANDATORY + "80 04", NLRI), ibgp4()), Action.TREAT_AS_WITHDRAW, 1);
        assertOutcome(decodeUpdate(update("", MANDATORY + "90 04 00", NLRI), ibgp4()), Action.TREAT_AS_WITHDRAW, 1);
        // An MP_REACH_NLRI that overruns hides its NLRI: nothing left but a reset.
        assertOutcome(decodeUpdate(update("", MANDATORY + "80 0e 40 0001", ""), ibgp4()), Action.SESSION_RESET, 1);
    }

    @Test
    void unknownOptionalNonTransitiveIsDroppedQuietly() {
        UpdateOutcome.Ok ok = assertInstanceOf(UpdateOutcome.Ok.class, withAttribute("80 63 02 0102", ibgp4()));
        assertTrue(ok.update().attributes().unknown().isEmpty());
    }

    @Test
    void familiesNotNegotiatedAreIgnored() {
        NegotiatedCapabilities ipv4Only = new NegotiatedCapabilities(true, EnumSet.of(AfiSafi.IPV4_UNICAST), false,
                false, BgpMessage.MAX_LENGTH);
        UpdateOutcome.AttributeDiscard d = assertInstanceOf(UpdateOutcome.AttributeDiscard.class,
                decodeUpdate(update("", VPN_REACH + MANDATORY, NLRI), ipv4Only));
        assertNull(d.update().mpReach());
        assertNull(d.update().attributes().mpNextHop());
        assertEquals(List.of(IpPrefix.parse("10.0.0.0/8")), d.update().nlri());
        // An unknown AFI/SAFI pair likewise.
        assertEquals(Action.ATTRIBUTE_DISCARD, decodeUpdate(update("", "80 0f 03 0019 46", ""), ibgp4()).action());
    }

    @Test
    void strongestApproachWins() {
        // attribute discard + treat-as-withdraw = treat-as-withdraw
        assertEquals(Action.TREAT_AS_WITHDRAW, withAttribute("40 06 01 00  c0 08 05 0000000000", ibgp4()).action());
        // treat-as-withdraw + session reset = session reset
        UpdateOutcome o = withAttribute("c0 08 05 0000000000  40 63 00", ibgp4());
        assertEquals(Action.SESSION_RESET, o.action());
        assertEquals(2, ((UpdateOutcome.SessionReset) o).notification().subcode());
    }

    @Test
    void as4AttributesFromOldPeers() {
        // A malformed AS4_PATH is discarded (RFC 6793 6), keeping the 2-octet AS_PATH.
        String twoOctetPath = "40 02 04 02 01 fde9";
        UpdateOutcome.AttributeDiscard d = assertInstanceOf(UpdateOutcome.AttributeDiscard.class, decodeUpdate(
                update("", ORIGIN + twoOctetPath + NEXT_HOP + "c0 11 06 03 01 0000fde9", NLRI), ebgp2()));
        assertEquals(AsPath.sequence(65001), d.update().attributes().asPath());
        // ... as is one too short to hold an AS; confederation segments are dropped alone.
        assertEquals(Action.ATTRIBUTE_DISCARD, decodeUpdate(update("", ORIGIN + twoOctetPath + NEXT_HOP + "c0 11 00",
                NLRI), ebgp2()).action());
        d = assertInstanceOf(UpdateOutcome.AttributeDiscard.class, decodeUpdate(update("", ORIGIN
                + "40 02 08 03 01 0001 02 01 5ba0" + NEXT_HOP + "c0 11 0c 03 01 00000001 02 01 fa56ea00", NLRI), ebgp2()));
        assertEquals(AsPath.of(List.of(new AsPath.Segment(AsPath.SegmentType.AS_CONFED_SEQUENCE, new int[] {1}),
                new AsPath.Segment(AsPath.SegmentType.AS_SEQUENCE, new int[] {(int) 4200000000L}))),
                d.update().attributes().asPath());
        // AS4_PATH longer than AS_PATH is ignored (RFC 6793 4.2.3).
        UpdateOutcome.Ok ok = assertInstanceOf(UpdateOutcome.Ok.class, decodeUpdate(
                update("", ORIGIN + twoOctetPath + NEXT_HOP + "c0 11 0a 02 02 0000fde9 fa56ea00", NLRI), ebgp2()));
        assertEquals(AsPath.sequence(65001), ok.update().attributes().asPath());
        // Leading ASes of old speakers are kept in front of the AS4_PATH.
        ok = assertInstanceOf(UpdateOutcome.Ok.class, decodeUpdate(update("", ORIGIN
                + "40 02 08 02 03 0001 0002 5ba0" + NEXT_HOP + "c0 11 06 02 01 fa56ea00", NLRI), ebgp2()));
        assertEquals(AsPath.sequence(1, 2, 4200000000L), ok.update().attributes().asPath());
        // A 4-octet session never carries AS4_* attributes; they are discarded.
        assertEquals(Action.ATTRIBUTE_DISCARD, withAttribute("c0 11 06 02 01 fa56ea00", ebgp4()).action());
        // AGGREGATOR not AS_TRANS: the old speaker aggregated last, AS4_* are stale (RFC 6793 4.2.3).
        ok = assertInstanceOf(UpdateOutcome.Ok.class, decodeUpdate(update("", ORIGIN + "40 02 04 02 01 5ba0" + NEXT_HOP
                + "c0 07 06 0001 c0000201  c0 11 06 02 01 fa56ea00  c0 12 08 fa56ea00 c0000201", NLRI), ebgp2()));
        assertEquals(AsPath.sequence(23456), ok.update().attributes().asPath());
        assertEquals(1, ok.update().attributes().aggregator().as());
    }

    @Test
    void duplicateLargeCommunitiesAreRemoved() {
        UpdateOutcome.Ok ok = assertInstanceOf(UpdateOutcome.Ok.class, withAttribute(
                "c0 20 24 00000001 00000002 00000003  00000004 00000005 00000006  00000001 00000002 00000003", ibgp4()));
        assertEquals(List.of(new LargeCommunity(1, 2, 3), new LargeCommunity(4, 5, 6)),
                ok.update().attributes().largeCommunities());
    }

    @Test
    void vpnRoutesWithUnknownRdTypesAreSkipped() {
        String reach = "80 0e 2f 0001 80 0c 0000000000000000 c0000201 00"
                + " 70 000101 0007000000000001 0a0101  70 000101 0000fde800000001 0a0102";
        UpdateOutcome.AttributeDiscard d = assertInstanceOf(UpdateOutcome.AttributeDiscard.class,
                decodeUpdate(update("", reach + ORIGIN + "40 02 00", ""), ibgp4()));
        assertEquals(1, d.update().mpReach().nlri().size());
        assertEquals(IpPrefix.parse("10.1.2.0/24"), d.update().mpReach().nlri().get(0).prefix());
    }
}
