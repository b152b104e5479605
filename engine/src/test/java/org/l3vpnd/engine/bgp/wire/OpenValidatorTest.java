package org.l3vpnd.engine.bgp.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.net.AfiSafi;

class OpenValidatorTest {
    private static final int LOCAL_ID = 0x0a000001;
    private static final List<BgpCapability> VPN_CAPS = List.of(new BgpCapability.Multiprotocol(1, 128),
            new BgpCapability.FourOctetAs(4200000000L), new BgpCapability.RouteRefresh());

    private static Optional<Integer> subcode(OpenValidator v, BgpOpen open) {
        return v.validate(open).map(n -> {
            assertEquals(BgpNotification.OPEN_MESSAGE_ERROR, n.code());
            return n.subcode();
        });
    }

    @Test
    void acceptsAGoodOpen() {
        OpenValidator v = new OpenValidator(4200000000L, LOCAL_ID, true, List.of(new BgpCapability.Multiprotocol(1, 128)));
        BgpOpen open = BgpOpen.of(4200000000L, 90, 0x0a000002, VPN_CAPS);
        assertEquals(BgpOpen.AS_TRANS, open.myAs());
        assertEquals(Optional.empty(), v.validate(open));
        assertEquals(Optional.empty(), v.validate(BgpOpen.of(4200000000L, 0, 0x0a000002, VPN_CAPS)), "hold time 0");
        assertEquals(Optional.empty(), v.validate(BgpOpen.of(4200000000L, 3, 0x0a000002, VPN_CAPS)), "hold time 3");
    }

    @Test
    void rfc4271OpenErrors() {
        OpenValidator v = new OpenValidator(65001, LOCAL_ID, false, List.of());
        assertEquals(Optional.of(1), subcode(v, new BgpOpen(3, 65001, 90, 2, List.of())));
        assertArrayEquals(new byte[] {0, 4}, v.validate(new BgpOpen(3, 65001, 90, 2, List.of())).get().data());
        assertEquals(Optional.of(2), subcode(v, new BgpOpen(4, 65002, 90, 2, List.of())));
        assertEquals(Optional.of(2), subcode(new OpenValidator(-1, LOCAL_ID, true, List.of()),
                new BgpOpen(4, 0, 90, 2, List.of())), "AS 0 (RFC 7607)");
        assertEquals(Optional.of(2), subcode(new OpenValidator(-1, LOCAL_ID, true, List.of()),
                new BgpOpen(4, BgpOpen.AS_TRANS, 90, 2, List.of(new BgpCapability.FourOctetAs(0)))));
        assertEquals(Optional.of(3), subcode(v, new BgpOpen(4, 65001, 90, 0, List.of())));
        assertEquals(Optional.of(3), subcode(v, new BgpOpen(4, 65001, 90, LOCAL_ID, List.of())), "iBGP same id");
        assertEquals(Optional.empty(), subcode(new OpenValidator(65002, LOCAL_ID, true, List.of()),
                new BgpOpen(4, 65002, 90, LOCAL_ID, List.of())), "RFC 6286: eBGP may share the identifier");
        assertEquals(Optional.of(6), subcode(v, new BgpOpen(4, 65001, 1, 2, List.of())));
        assertEquals(Optional.of(6), subcode(v, new BgpOpen(4, 65001, 2, 2, List.of())));
    }

    @Test
    void missingRequiredCapabilitiesAreListedInTheData() {
        OpenValidator v = new OpenValidator(-1, LOCAL_ID, true,
                List.of(new BgpCapability.Multiprotocol(2, 128), new BgpCapability.EnhancedRouteRefresh()));
        BgpNotification n = v.validate(BgpOpen.of(65001, 90, 2, VPN_CAPS)).orElseThrow();
        assertEquals(7, n.subcode());
        assertArrayEquals(WireTestSupport.hex("01 04 0002 00 80  46 00"), n.data());
    }

    @Test
    void negotiationIntersectsFamilies() {
        BgpOpen ours = BgpOpen.of(65000, 90, 1, List.of(new BgpCapability.Multiprotocol(1, 128),
                new BgpCapability.Multiprotocol(2, 128), new BgpCapability.FourOctetAs(65000),
                new BgpCapability.EnhancedRouteRefresh()));
        BgpOpen theirs = BgpOpen.of(65001, 90, 2, List.of(new BgpCapability.Multiprotocol(1, 128),
                new BgpCapability.Multiprotocol(25, 70), new BgpCapability.FourOctetAs(65001)));
        NegotiatedCapabilities n = NegotiatedCapabilities.negotiate(ours, theirs, true);
        assertEquals(Set.of(AfiSafi.VPNV4), n.families());
        assertTrue(n.fourOctetAs());
        assertFalse(n.enhancedRouteRefresh());
        // No multiprotocol capability at all means IPv4 unicast (RFC 4760 section 8).
        BgpOpen plain = BgpOpen.of(65001, 90, 2, List.of());
        assertEquals(Set.of(), NegotiatedCapabilities.negotiate(ours, plain, true).families());
        assertEquals(Set.of(AfiSafi.IPV4_UNICAST), NegotiatedCapabilities.negotiate(plain, plain, true).families());
        assertFalse(NegotiatedCapabilities.negotiate(ours, plain, true).fourOctetAs());
    }
}
