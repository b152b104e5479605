package org.l3vpnd.engine.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RouteDistinguisherTest {
    private static final HexFormat HEX = HexFormat.of();

    @ParameterizedTest
    @CsvSource({
        // text, wire octets (RFC 4364 section 4.2 layouts), type
        "65000:1,          0000fde800000001, 0",
        "0:0,              0000000000000000, 0",
        "65535:4294967295, 0000ffffffffffff, 0",
        "192.0.2.1:7,      0001c00002010007, 1",
        "255.255.255.255:65535, 0001ffffffffffff, 1",
        "4200000000:7,     0002fa56ea000007, 2",
        "65536:65535,      000200010000ffff, 2",
        "65000L:7,         00020000fde80007, 2",
    })
    void textAndBinaryFormsAgree(String text, String hex, int type) {
        RouteDistinguisher rd = RouteDistinguisher.parse(text);
        assertEquals(type, rd.type());
        assertArrayEquals(HEX.parseHex(hex), rd.toBytes());
        assertEquals(rd, RouteDistinguisher.fromBytes(HEX.parseHex(hex)));
        assertEquals(text, rd.toString());
        assertEquals(rd, RouteDistinguisher.parseOctetsOrText(HEX.parseHex(hex)));
        assertEquals(rd, RouteDistinguisher.parseOctetsOrText(text.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void fieldsAndFactories() {
        RouteDistinguisher rd = RouteDistinguisher.parse("192.0.2.1:7");
        assertEquals(0xc0000201L, rd.administrator());
        assertEquals(7, rd.assignedNumber());
        assertEquals(rd, RouteDistinguisher.ofIpv4(IpAddress.parse("192.0.2.1"), 7));
        assertEquals(RouteDistinguisher.parse("65000:100"), RouteDistinguisher.ofAs2(65000, 100));
        assertEquals(RouteDistinguisher.parse("4200000000:9"), RouteDistinguisher.ofAs4(4200000000L, 9));
        assertEquals(RouteDistinguisher.ZERO, RouteDistinguisher.parse("0:0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "65000", ":1", "65000:", "abc:1", "65000:-1", "65000:+1", "65000:4294967296",
            "4200000000:65536", "4294967296:1", "192.0.2.1:65536", "192.0.2:1", "300.0.0.1:1", "65000:1:2x",
            "1.2.3.4L:1", "65000L:65536", "65000:1 2"})
    void refusesBadText(String text) {
        assertThrows(IllegalArgumentException.class, () -> RouteDistinguisher.parse(text));
    }

    @Test
    void errorMessagesSayWhichFieldOverflowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RouteDistinguisher.parse("4200000000:70000"));
        assertTrue(e.getMessage().contains("70000") && e.getMessage().contains("65535")
                && e.getMessage().contains("type 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RouteDistinguisher.parse("65000:4294967296"));
        assertTrue(e.getMessage().contains("4294967295"), e.getMessage());
    }

    @Test
    void refusesUnknownBinaryTypesAndLengths() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RouteDistinguisher.fromBytes(HEX.parseHex("0003000000000001")));
        assertTrue(e.getMessage().contains("type 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RouteDistinguisher.fromBytes(HEX.parseHex("ff00000000000001")));
        assertThrows(IllegalArgumentException.class, () -> RouteDistinguisher.fromBytes(new byte[7]));
        assertThrows(IllegalArgumentException.class, () -> RouteDistinguisher.of(0x0003000000000000L));
    }

    @Test
    void octetsOrTextFallsBackToTextAndRefusesBinaryGarbage() {
        // Eight octets that do not start with a known type are text, here an 8-character RD.
        assertEquals(RouteDistinguisher.parse("65000:12"),
                RouteDistinguisher.parseOctetsOrText("65000:12".getBytes(StandardCharsets.US_ASCII)));
        assertThrows(IllegalArgumentException.class,
                () -> RouteDistinguisher.parseOctetsOrText(HEX.parseHex("0003000000000001")));
        assertThrows(IllegalArgumentException.class, () -> RouteDistinguisher.parseOctetsOrText(new byte[] {0, 1, 2}));
        assertThrows(IllegalArgumentException.class, () -> RouteDistinguisher.parseOctetsOrText(new byte[0]));
    }

    @Test
    void randomValuesRoundTripAndOrderLikeTheirOctets() {
        Random r = new Random(4364);
        RouteDistinguisher previous = null;
        for (int i = 0; i < 20_000; i++) {
            long value = (long) r.nextInt(3) << 48 | (r.nextLong() & 0xffffffffffffL);
            RouteDistinguisher rd = RouteDistinguisher.of(value);
            assertEquals(rd, RouteDistinguisher.parse(rd.toString()));
            assertEquals(rd, RouteDistinguisher.fromBytes(rd.toBytes()));
            if (previous != null) {
                int byOctets = java.util.Arrays.compareUnsigned(previous.toBytes(), rd.toBytes());
                assertEquals(Integer.signum(byOctets), Integer.signum(previous.compareTo(rd)));
            }
            previous = rd;
        }
    }
}
