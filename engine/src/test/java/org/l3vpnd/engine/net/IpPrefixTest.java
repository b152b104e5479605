package org.l3vpnd.engine.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpPrefixTest {

    @Test
    void parsesAndPrintsIpv4() {
        IpPrefix p = IpPrefix.parse("10.0.0.0/8");
        assertFalse(p.isIpv6());
        assertEquals(8, p.length());
        assertEquals(1, p.byteLength());
        assertArrayEquals(new byte[] {10, 0, 0, 0}, p.addressBytes());
        assertEquals("10.0.0.0/8", p.toString());
        assertEquals("0.0.0.0/0", IpPrefix.parse("0.0.0.0/0").toString());
        assertEquals("192.0.2.1/32", IpPrefix.parse("192.0.2.1/32").toString());
    }

    @Test
    void parsesIpv6IntoCanonicalText() {
        assertEquals("2001:db8::/32", IpPrefix.parse("2001:DB8:0:0::/32").toString());
        assertEquals("::/0", IpPrefix.parse("::/0").toString());
        assertEquals("2001:db8:0:1::/64", IpPrefix.parse("2001:0db8:0000:0001:0000:0000:0000:0000/64").toString());
        // RFC 5952 4.2.2: a single zero group is not compressed; 4.2.3: the first of equal runs is.
        assertEquals("2001:db8:0:1:1:1:1:1/128", IpPrefix.parse("2001:db8:0:1:1:1:1:1/128").toString());
        assertEquals("2001:0:0:1::/64", IpPrefix.parse("2001:0:0:1:0:0:0:0/64").toString());
        assertEquals("2001:db8::1:0:0:1/128", IpPrefix.parse("2001:db8:0:0:1:0:0:1/128").toString());
        assertEquals("::ffff:192.0.2.0/120", IpPrefix.parse("::ffff:c000:200/120").toString());
        assertEquals(16, IpPrefix.parse("2001:db8::/128").byteLength());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1/8", "10.0.0.0/33", "10.0.0.0", "10.0.0/8", "010.0.0.0/8", "256.0.0.0/8",
            "10.0.0.0/-1", "10.0.0.0/", "2001:db8::1/32", "2001:db8::/129", "2001:db8:::/32", "1:2:3:4:5:6:7:8:9/128",
            "fe80::1%eth0/128", "::1::/128", "1.2.3.4.5/32", "g::/16", ":1::/16", "1:/16"})
    void refusesBadText(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IpPrefix.parse(text));
        assertFalse(e.getMessage().isEmpty());
    }

    @Test
    void hostBitsAreRefusedButMaskedOnRequest() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IpPrefix.of(IpAddress.parse("10.1.2.3"), 16));
        assertTrue(e.getMessage().contains("10.1.0.0/16"), e.getMessage());
        assertEquals(IpPrefix.parse("10.1.0.0/16"), IpPrefix.masked(IpAddress.parse("10.1.2.3"), 16));
        assertEquals(IpPrefix.parse("2001:db8:8000::/33"), IpPrefix.masked(IpAddress.parse("2001:db8:ffff::1"), 33));
        assertEquals(IpPrefix.parse("2001:db8::1:0:0:0/80"),
                IpPrefix.masked(IpAddress.parse("2001:db8::1:ffff:1:1"), 80));
        assertEquals(IpPrefix.parse("10.128.0.0/9"),
                IpPrefix.fromBytes(false, new byte[] {10, (byte) 0xff}, 9));
    }

    @Test
    void containment() {
        IpPrefix ten = IpPrefix.parse("10.0.0.0/8");
        assertTrue(ten.contains(IpPrefix.parse("10.1.0.0/16")));
        assertTrue(ten.contains(ten));
        assertFalse(ten.contains(IpPrefix.parse("11.0.0.0/16")));
        assertFalse(ten.contains(IpPrefix.parse("0.0.0.0/0")));
        assertFalse(ten.contains(IpPrefix.parse("::/0")));
        assertTrue(IpPrefix.parse("::/0").contains(IpAddress.parse("2001:db8::1")));
        assertTrue(IpPrefix.parse("2001:db8::/32").contains(IpPrefix.parse("2001:db8:1::/48")));
    }

    @Test
    void orderIsFamilyThenAddressThenLength() {
        List<IpPrefix> sorted = List.of(
                IpPrefix.parse("0.0.0.0/0"), IpPrefix.parse("10.0.0.0/8"), IpPrefix.parse("10.0.0.0/16"),
                IpPrefix.parse("128.0.0.0/1"), IpPrefix.parse("255.255.255.255/32"),
                IpPrefix.parse("::/0"), IpPrefix.parse("2001:db8::/32"), IpPrefix.parse("ffff::/16"));
        List<IpPrefix> shuffled = new ArrayList<>(sorted);
        Collections.shuffle(shuffled, new Random(7));
        Collections.sort(shuffled);
        assertEquals(sorted, shuffled);
    }

    @Test
    void randomRoundTripsThroughTextAndBytes() {
        Random r = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            boolean v6 = r.nextBoolean();
            int len = r.nextInt(v6 ? 129 : 33);
            IpPrefix p = IpPrefix.masked(v6, v6 ? r.nextLong() : (long) r.nextInt() << 32, v6 ? r.nextLong() : 0, len);
            IpPrefix back = IpPrefix.parse(p.toString());
            assertEquals(p, back);
            assertEquals(p.hashCode(), back.hashCode());
            assertEquals(0, p.compareTo(back));
            assertEquals(p, IpPrefix.fromBytes(v6, p.addressBytes(), len));
            assertEquals(p.address(), IpAddress.fromBytes(p.addressBytes()));
        }
    }

    @Test
    void ipv4AndMappedIpv6AreDifferentValues() {
        IpAddress v4 = IpAddress.parse("192.0.2.1");
        IpAddress mapped = IpAddress.ipv4Mapped(v4.ipv4());
        assertNotEquals(v4, mapped);
        assertTrue(mapped.isIpv4Mapped());
        assertEquals("::ffff:192.0.2.1", mapped.toString());
        assertEquals(mapped, IpAddress.parse("::ffff:192.0.2.1"));
        assertTrue(IpAddress.parse("fe80::1").isIpv6LinkLocal());
        assertFalse(IpAddress.parse("fec0::1").isIpv6LinkLocal());
    }
}
