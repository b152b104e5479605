package org.l3vpnd.engine.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RouteTargetTest {
    private static final HexFormat HEX = HexFormat.of();

    @ParameterizedTest
    @CsvSource({
        // RFC 4360 section 4 (type 0x00/0x01, sub-type 0x02) and RFC 5668 (type 0x02)
        "65000:1,      0002fde800000001",
        "192.0.2.1:7,  0102c00002010007",
        "4200000000:7, 0202fa56ea000007",
        "100L:1,       0202000000640001",
    })
    void textAndBinaryFormsAgree(String text, String hex) {
        RouteTarget rt = RouteTarget.parse(text);
        assertArrayEquals(HEX.parseHex(hex), rt.toBytes());
        assertEquals(rt, RouteTarget.fromBytes(HEX.parseHex(hex)));
        assertEquals(text, rt.toString());
        assertEquals(rt, RouteTarget.parseOctetsOrText(HEX.parseHex(hex)));
        assertEquals(rt, RouteTarget.parseOctetsOrText(text.getBytes(StandardCharsets.US_ASCII)));
        ExtendedCommunity ec = rt.toExtendedCommunity();
        assertTrue(ec.isRouteTarget());
        assertTrue(ec.isTransitive());
        assertEquals("rt:" + text, ec.toString());
        assertEquals(rt, RouteTarget.of(ec));
    }

    @Test
    void refusesCommunitiesThatAreNotRouteTargets() {
        // Site of origin (sub-type 3), a non-transitive type (0x40) and an opaque type (0x03).
        for (String hex : new String[] {"0003fde800000001", "4002fde800000001", "030c000000000008"}) {
            assertThrows(IllegalArgumentException.class, () -> RouteTarget.fromBytes(HEX.parseHex(hex)), hex);
        }
        assertThrows(IllegalArgumentException.class, () -> RouteTarget.fromBytes(new byte[9]));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "65000:4294967296", "4200000000:65536", "192.0.2.1:70000", "x:1"})
    void refusesBadText(String text) {
        assertThrows(IllegalArgumentException.class, () -> RouteTarget.parse(text));
    }

    @Test
    void siteOfOriginUsesSubType3() {
        SiteOfOrigin soo = SiteOfOrigin.parse("65000:5");
        assertArrayEquals(HEX.parseHex("0003fde800000005"), soo.toBytes());
        assertEquals("65000:5", soo.toString());
        assertTrue(soo.toExtendedCommunity().isSiteOfOrigin());
        assertFalse(soo.toExtendedCommunity().isRouteTarget());
        assertEquals(soo, SiteOfOrigin.fromBytes(soo.toBytes()));
        assertThrows(IllegalArgumentException.class, () -> SiteOfOrigin.fromBytes(HEX.parseHex("0002fde800000005")));
    }

    @Test
    void opaqueCommunitiesPrintAsHex() {
        ExtendedCommunity ec = ExtendedCommunity.fromBytes(HEX.parseHex("430c000000000008"));
        assertFalse(ec.isTransitive());
        assertEquals(0x43, ec.type());
        assertEquals(0x0c, ec.subType());
        assertEquals("0x430c000000000008", ec.toString());
    }

    @Test
    void randomRouteTargetsRoundTrip() {
        Random r = new Random(4360);
        for (int i = 0; i < 10_000; i++) {
            int type = r.nextInt(3);
            long value = (long) type << 56 | 0x02L << 48 | (r.nextLong() & 0xffffffffffffL);
            RouteTarget rt = RouteTarget.of(new ExtendedCommunity(value));
            assertEquals(rt, RouteTarget.parse(rt.toString()));
            assertEquals(rt, RouteTarget.fromBytes(rt.toBytes()));
            assertEquals(value, rt.value());
        }
    }
}
