package org.l3vpnd.snmp.bgp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.snmp.bgp.PeerIndexes.FamKey;
import org.l3vpnd.snmp.table.IndexBounds;
import org.snmp4j.PDU;
import org.snmp4j.smi.OID;

/** Key order is OID order, and decode inverts encode, for the three BGP index codecs. */
class PeerIndexesTest {

    private final Random random = new Random(4273);

    private PeerKey randomPeer() {
        String[] names = {"", "a", "b", "zz", "aaa", "red", "blue", "gr\u00fcn", "x".repeat(31)};
        IpAddress a = random.nextBoolean()
                ? IpAddress.ofIpv4(random.nextInt(4) << 30 | random.nextInt(3))
                : IpAddress.ofIpv6(random.nextInt(3) == 0 ? -1L : random.nextInt(3), random.nextInt(3));
        return PeerKey.of(names[random.nextInt(names.length)], a);
    }

    private static int[] encode(PeerKey k) {
        int[] buf = new int[128];
        int end = PeerIndexes.PEER.encode(k, buf, 0);
        assertEquals(k.encodedLength(), end);
        return java.util.Arrays.copyOf(buf, end);
    }

    @Test
    void peerKeyOrderIsOidOrderAndDecodeInvertsEncode() {
        for (int i = 0; i < 2000; i++) {
            PeerKey a = randomPeer();
            PeerKey b = randomPeer();
            int[] ea = encode(a);
            int[] eb = encode(b);
            assertEquals(Integer.signum(new OID(ea).compareTo(new OID(eb))),
                    Integer.signum(PeerKey.ORDER.compare(a, b)), a + " vs " + b);
            assertEquals(PDU.noError, IndexBounds.parse(PeerIndexes.PEER.layout().cursor(), ea, 0, ea.length));
            assertEquals(a, PeerIndexes.PEER.decode(ea, 0, ea.length));
            assertEquals(a.equals(b), PeerKey.ORDER.compare(a, b) == 0);
        }
    }

    @Test
    void familyKeyOrderIsOidOrder() {
        List<AfiSafi> all = List.of(AfiSafi.values());
        for (int i = 0; i < 2000; i++) {
            FamKey a = FamKey.of(randomPeer(), all.get(random.nextInt(all.size())));
            FamKey b = FamKey.of(randomPeer(), all.get(random.nextInt(all.size())));
            int[] ea = famEncode(a);
            int[] eb = famEncode(b);
            assertEquals(Integer.signum(new OID(ea).compareTo(new OID(eb))),
                    Integer.signum(PeerIndexes.FAM_ORDER.compare(a, b)));
            assertEquals(a, PeerIndexes.FAM.decode(ea, 0, ea.length));
        }
    }

    private static int[] famEncode(FamKey k) {
        int[] buf = new int[128];
        return java.util.Arrays.copyOf(buf, PeerIndexes.FAM.encode(k, buf, 0));
    }

    @Test
    void bgp4IndexIsFourOctetsInUnsignedOrder() {
        int[] buf = new int[4];
        PeerIndexes.BGP4_PEER.encode(IpAddress.parse("255.0.2.9"), buf, 0);
        assertArrayEquals(new int[] {255, 0, 2, 9}, buf);
        assertEquals(IpAddress.parse("255.0.2.9"), PeerIndexes.BGP4_PEER.decode(buf, 0, 4));
        List<IpAddress> sorted = new ArrayList<>(List.of(IpAddress.parse("255.0.0.1"), IpAddress.parse("10.0.0.1"),
                IpAddress.parse("128.0.0.0"), IpAddress.parse("127.255.255.255")));
        sorted.sort(PeerIndexes.BGP4_PEER.order());
        assertEquals(List.of(IpAddress.parse("10.0.0.1"), IpAddress.parse("127.255.255.255"),
                IpAddress.parse("128.0.0.0"), IpAddress.parse("255.0.0.1")), sorted);
    }

    @Test
    void familyBitsFollowTheMibBitsOrder() {
        assertArrayEquals(new byte[] {(byte) 0x80}, PeerTable.familyBits(Set.of(AfiSafi.IPV4_UNICAST)).getValue());
        assertArrayEquals(new byte[] {0x04}, PeerTable.familyBits(Set.of(AfiSafi.IPV6_LABELED)).getValue());
        assertArrayEquals(new byte[] {(byte) 0xfc}, PeerTable.familyBits(EnumSet.allOf(AfiSafi.class)).getValue());
        assertArrayEquals(new byte[] {0}, PeerTable.familyBits(Set.of()).getValue());
        assertEquals(EnumSet.of(AfiSafi.VPNV4, AfiSafi.VPNV6), PeerTable.families(new byte[] {0x30}));
        assertEquals(EnumSet.noneOf(AfiSafi.class), PeerTable.families(new byte[0]));
    }
}
