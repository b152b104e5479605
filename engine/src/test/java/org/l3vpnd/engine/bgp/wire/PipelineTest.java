package org.l3vpnd.engine.bgp.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.l3vpnd.engine.bgp.wire.WireTestSupport.MARKER;
import static org.l3vpnd.engine.bgp.wire.WireTestSupport.hex;
import static org.l3vpnd.engine.bgp.wire.WireTestSupport.hexResource;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The three Netty stages on an embedded channel: framing, header and OPEN errors, encoding. */
class PipelineTest {

    private static EmbeddedChannel channel(NegotiatedCapabilities caps) {
        EmbeddedChannel ch = new EmbeddedChannel(new BgpFrameDecoder(), new BgpMessageDecoder(new AttributeInterner()),
                new BgpMessageEncoder());
        ch.pipeline().get(BgpMessageDecoder.class).capabilities(caps);
        ch.pipeline().get(BgpMessageEncoder.class).capabilities(caps);
        return ch;
    }

    @Test
    void messagesArrivingOneOctetAtATimeAreReassembled() {
        EmbeddedChannel ch = channel(WireTestSupport.ibgp4());
        byte[] stream = concat(hexResource("open.hex"), hex(MARKER + "0013 04"), hexResource("update-vpnv4.hex"));
        for (byte b : stream) {
            ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
        }
        assertInstanceOf(BgpOpen.class, ch.readInbound());
        assertEquals(BgpKeepalive.INSTANCE, ch.readInbound());
        assertInstanceOf(UpdateOutcome.Ok.class, ch.readInbound());
        assertNull(ch.readInbound());
        ch.finishAndReleaseAll();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // RFC 4271 6.1 header errors: frame | code | subcode | data
        "bad marker           | ffffffffffffffffffffffffffff00ff 0013 04         | 1 | 1 | ''",
        "length below 19      | " + "ffffffffffffffffffffffffffffffff 0012 04         | 1 | 2 | 0012",
        "length above 4096    | " + "ffffffffffffffffffffffffffffffff 1001 02         | 1 | 2 | 1001",
        "keepalive too long   | " + "ffffffffffffffffffffffffffffffff 0014 04 00      | 1 | 2 | 0014",
        "update too short     | " + "ffffffffffffffffffffffffffffffff 0016 02 000000  | 1 | 2 | 0016",
        "open too short       | " + "ffffffffffffffffffffffffffffffff 001c 01 04fde800b4c000020100 | 1 | 2 | 001c",
        "unknown type         | " + "ffffffffffffffffffffffffffffffff 0013 09         | 1 | 3 | 09",
        // RFC 4271 6.2 OPEN errors found while decoding
        "OPEN version 3       | " + "ffffffffffffffffffffffffffffffff 001d 01 03 fde8 00b4 c0000201 00 | 2 | 1 | 0004",
        "unknown opt param    | " + "ffffffffffffffffffffffffffffffff 0020 01 04 fde8 00b4 c0000201 03 01 01 00 | 2 | 4 | ''",
        "capability overrun   | " + "ffffffffffffffffffffffffffffffff 0021 01 04 fde8 00b4 c0000201 04 02 02 01 04 | 2 | 0 | ''",
        "bad 4-octet AS cap   | " + "ffffffffffffffffffffffffffffffff 0022 01 04 fde8 00b4 c0000201 05 02 03 41 01 00 | 2 | 0 | ''",
        "opt length mismatch  | " + "ffffffffffffffffffffffffffffffff 001f 01 04 fde8 00b4 c0000201 05 02 00 | 2 | 0 | ''",
        "notification 1 octet | " + "ffffffffffffffffffffffffffffffff 0014 03 06 | 1 | 2 | 0014",
    })
    void fatalErrorsBecomeOneDecodeErrorAndLaterInputIsDropped(String name, String frame, int code, int subcode,
                                                               String data) {
        EmbeddedChannel ch = channel(WireTestSupport.ibgp4());
        ch.writeInbound(Unpooled.wrappedBuffer(hex(frame)));
        BgpDecodeError e = assertInstanceOf(BgpDecodeError.class, ch.readInbound(), name);
        assertEquals(code, e.notification().code(), name);
        assertEquals(subcode, e.notification().subcode(), name);
        assertArrayEquals(hex(data), e.notification().data(), name);
        if (code == 1) {
            // After a header error the stream cannot be trusted: nothing more is decoded.
            ch.writeInbound(Unpooled.wrappedBuffer(hex(MARKER + "0013 04")));
            assertNull(ch.readInbound());
        }
        ch.finishAndReleaseAll();
    }

    @Test
    void routeRefreshLengthAndSubtypeRules() {
        byte[] longRefresh = hex(MARKER + "0018 05 0001 00 01 00");
        EmbeddedChannel ch = channel(WireTestSupport.ibgp4()); // enhanced route refresh negotiated
        ch.writeInbound(Unpooled.wrappedBuffer(longRefresh));
        BgpDecodeError e = assertInstanceOf(BgpDecodeError.class, ch.readInbound());
        assertEquals(BgpNotification.of(7, 1).code(), e.notification().code());
        assertArrayEquals(longRefresh, e.notification().data()); // RFC 7313: the data is the message
        ch.finishAndReleaseAll();

        ch = channel(NegotiatedCapabilities.BEFORE_OPEN);
        ch.writeInbound(Unpooled.wrappedBuffer(longRefresh));
        assertEquals(BgpNotification.of(1, 2).subcode(),
                assertInstanceOf(BgpDecodeError.class, ch.readInbound()).notification().subcode());
        ch.finishAndReleaseAll();

        // Unknown subtypes are ignored (RFC 7313 section 5), the session goes on.
        ch = channel(WireTestSupport.ibgp4());
        ch.writeInbound(Unpooled.wrappedBuffer(concat(hex(MARKER + "0017 05 0001 07 01"), hex(MARKER + "0013 04"))));
        assertEquals(BgpKeepalive.INSTANCE, ch.readInbound());
        ch.finishAndReleaseAll();
    }

    @Test
    void encoderWritesMessagesAndPassesPackedBuffersThrough() {
        EmbeddedChannel ch = channel(WireTestSupport.ibgp4());
        ch.writeOutbound(BgpKeepalive.INSTANCE);
        ByteBuf out = ch.readOutbound();
        assertArrayEquals(hex(MARKER + "0013 04"), ByteBufUtil.getBytes(out));
        out.release();
        ByteBuf packed = Unpooled.wrappedBuffer(hexResource("update-ipv4.hex"));
        ch.writeOutbound(packed);
        ByteBuf passed = ch.readOutbound();
        assertArrayEquals(hexResource("update-ipv4.hex"), ByteBufUtil.getBytes(passed));
        passed.release();
        ch.finishAndReleaseAll();
    }

    @Test
    void capabilitiesInstalledAfterOpenChangeHowUpdatesDecode() {
        EmbeddedChannel ch = channel(NegotiatedCapabilities.BEFORE_OPEN);
        // Before the exchange the session is 2-octet: a 4-octet AS_PATH is malformed.
        ch.writeInbound(Unpooled.wrappedBuffer(hexResource("update-ipv4.hex")));
        assertInstanceOf(UpdateOutcome.TreatAsWithdraw.class, ch.readInbound());
        BgpOpen ours = BgpOpen.of(65000, 90, 1, List.of(new BgpCapability.FourOctetAs(65000)));
        BgpOpen theirs = BgpOpen.of(65001, 90, 2, List.of(new BgpCapability.FourOctetAs(65001)));
        ch.pipeline().get(BgpMessageDecoder.class).capabilities(NegotiatedCapabilities.negotiate(ours, theirs, true));
        ch.writeInbound(Unpooled.wrappedBuffer(hexResource("update-ipv4.hex")));
        assertInstanceOf(UpdateOutcome.Ok.class, ch.readInbound());
        ch.finishAndReleaseAll();
    }

    private static byte[] concat(byte[]... parts) {
        ByteBuf b = Unpooled.buffer();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return ByteBufUtil.getBytes(b);
    }
}
