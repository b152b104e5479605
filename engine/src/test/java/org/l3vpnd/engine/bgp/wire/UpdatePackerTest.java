package org.l3vpnd.engine.bgp.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.net.MplsLabel;

/** Packing: every route arrives once, in order, and no message could have held one more. */
class UpdatePackerTest {
    private static final NegotiatedCapabilities CAPS = WireTestSupport.ibgp4();

    private static List<byte[]> bytes(List<ByteBuf> messages) {
        List<byte[]> out = new ArrayList<>();
        for (ByteBuf m : messages) {
            out.add(ByteBufUtil.getBytes(m));
            m.release();
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(AfiSafi.class)
    void announcementsFillEachMessage(AfiSafi family) {
        RandomWire random = new RandomWire(family.ordinal(), CAPS);
        PathAttributes attrs = random.attributes(family == AfiSafi.IPV4_UNICAST ? null : family);
        List<Nlri> routes = family == AfiSafi.IPV4_UNICAST
                ? random.ipv4Prefixes(3000).stream().map(p -> (Nlri) new Nlri.Unicast(p)).toList()
                : random.nlri(family, 3000, false);
        UpdatePacker packer = new UpdatePacker(CAPS, UnpooledByteBufAllocator.DEFAULT);
        List<byte[]> messages = bytes(packer.announce(family, attrs, routes));
        List<Nlri> received = new ArrayList<>();
        for (byte[] m : messages) {
            assertTrue(m.length <= BgpMessage.MAX_LENGTH, "message of " + m.length);
            BgpUpdate u = assertInstanceOf(UpdateOutcome.Ok.class, WireTestSupport.decode(m, CAPS)).update();
            assertEquals(attrs, u.attributes());
            if (family == AfiSafi.IPV4_UNICAST) {
                u.nlri().forEach(p -> received.add(new Nlri.Unicast(p)));
            } else {
                assertEquals(family, u.mpReach().family());
                received.addAll(u.mpReach().nlri());
            }
        }
        assertEquals(routes, received);
        assertFull(messages, received, family);
    }

    @ParameterizedTest
    @EnumSource(AfiSafi.class)
    void withdrawalsFillEachMessage(AfiSafi family) {
        RandomWire random = new RandomWire(100 + family.ordinal(), CAPS);
        List<Nlri> routes = family == AfiSafi.IPV4_UNICAST
                ? random.ipv4Prefixes(3000).stream().map(p -> (Nlri) new Nlri.Unicast(p)).toList()
                : random.nlri(family, 3000, true);
        List<byte[]> messages = bytes(new UpdatePacker(CAPS, UnpooledByteBufAllocator.DEFAULT).withdraw(family, routes));
        List<Nlri> received = new ArrayList<>();
        for (byte[] m : messages) {
            BgpUpdate u = assertInstanceOf(UpdateOutcome.Ok.class, WireTestSupport.decode(m, CAPS)).update();
            assertSame(PathAttributes.EMPTY, u.attributes());
            if (family == AfiSafi.IPV4_UNICAST) {
                u.withdrawn().forEach(p -> received.add(new Nlri.Unicast(p)));
            } else {
                received.addAll(u.mpUnreach().withdrawn());
            }
        }
        assertEquals(routes, received);
        assertFull(messages, received, family);
    }

    /** Each message but the last is too full to take the route that opens the next one. */
    private static void assertFull(List<byte[]> messages, List<Nlri> routes, AfiSafi family) {
        int index = 0;
        for (int i = 0; i < messages.size(); i++) {
            byte[] m = messages.get(i);
            BgpUpdate u = ((UpdateOutcome.Ok) WireTestSupport.decode(m, CAPS)).update();
            int count = u.nlri().size() + u.withdrawn().size()
                    + (u.mpReach() == null ? 0 : u.mpReach().nlri().size())
                    + (u.mpUnreach() == null ? 0 : u.mpUnreach().withdrawn().size());
            index += count;
            if (i + 1 < messages.size()) {
                int next = NlriCodec.encodedLength(family, routes.get(index));
                // One more octet may be needed when an MP attribute crosses into extended length.
                assertTrue(m.length + next > BgpMessage.MAX_LENGTH - 1,
                        "message " + i + " of " + m.length + " octets had room for " + next + " more");
            }
        }
        assertTrue(messages.size() > 1, "the test should need several messages");
    }

    @Test
    void packedLabelsAreBottomOfStackAndWithdrawalsUseTheCompatibilityValue() {
        IpPrefix p = IpPrefix.parse("10.0.0.0/8");
        UpdatePacker packer = new UpdatePacker(CAPS, UnpooledByteBufAllocator.DEFAULT);
        PathAttributes attrs = new RandomWire(3, CAPS).attributes(AfiSafi.IPV4_LABELED);
        String announce = WireTestSupport.toHex(bytes(packer.announce(AfiSafi.IPV4_LABELED, attrs,
                List.of(new Nlri.Labeled(p, 16)))).get(0));
        assertTrue(announce.contains("2000010" + "10a"), announce);
        String withdraw = WireTestSupport.toHex(bytes(packer.withdraw(AfiSafi.IPV4_LABELED,
                List.of(new Nlri.Labeled(p, MplsLabel.WITHDRAW_COMPAT)))).get(0));
        assertTrue(withdraw.endsWith("800f0800010420" + "8000000a"), withdraw);
    }

    @Test
    void refusesRoutesOfTheWrongKindOrAttributesThatCannotFit() {
        UpdatePacker packer = new UpdatePacker(CAPS, UnpooledByteBufAllocator.DEFAULT);
        assertThrows(IllegalArgumentException.class, () -> packer.withdraw(AfiSafi.IPV4_UNICAST,
                List.of(new Nlri.Labeled(IpPrefix.parse("10.0.0.0/8"), 16))));
        PathAttributes huge = new PathAttributesBuilder().origin(Origin.IGP).asPath(AsPath.EMPTY)
                .communities(new int[1100]).nextHop(new RandomWire(1, CAPS).unicastIpv4()).build();
        assertThrows(IllegalArgumentException.class, () -> packer.announce(AfiSafi.IPV4_UNICAST, huge,
                List.of(new Nlri.Unicast(IpPrefix.parse("10.0.0.0/8")))));
    }
}
