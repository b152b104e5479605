package org.l3vpnd.engine.bgp.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Hex vectors and one-call encode/decode for the wire tests. */
final class WireTestSupport {
    static final String MARKER = "ffffffffffffffffffffffffffffffff";

    private WireTestSupport() {}

    /** Hex with whitespace and '#' comments removed. */
    static byte[] hex(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) {
            int hash = line.indexOf('#');
            sb.append((hash >= 0 ? line.substring(0, hash) : line).replaceAll("\\s+", ""));
        }
        return HexFormat.of().parseHex(sb.toString());
    }

    static byte[] hexResource(String name) {
        try (InputStream in = WireTestSupport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return hex(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String toHex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    /** An UPDATE frame from its three fields (hex), with lengths and header filled in. */
    static byte[] update(String withdrawn, String attributes, String nlri) {
        byte[] w = hex(withdrawn);
        byte[] a = hex(attributes);
        byte[] n = hex(nlri);
        ByteBuf out = Unpooled.buffer();
        int start = MessageCodec.startMessage(out, BgpMessage.TYPE_UPDATE);
        out.writeShort(w.length).writeBytes(w).writeShort(a.length).writeBytes(a).writeBytes(n);
        MessageCodec.finishMessage(out, start, BgpMessage.MAX_EXTENDED_LENGTH);
        return ByteBufUtil.getBytes(out);
    }

    static byte[] encode(BgpMessage m, NegotiatedCapabilities caps) {
        ByteBuf out = Unpooled.buffer();
        MessageCodec.encode(out, m, caps);
        return ByteBufUtil.getBytes(out);
    }

    /** Decodes one whole frame as the pipeline's second stage would. */
    static InboundEvent decode(byte[] frame, NegotiatedCapabilities caps) {
        return MessageCodec.decode(Unpooled.wrappedBuffer(frame), caps, new UpdateDecoder(new AttributeInterner()));
    }

    static UpdateOutcome decodeUpdate(byte[] frame, NegotiatedCapabilities caps) {
        return (UpdateOutcome) decode(frame, caps);
    }

    static NegotiatedCapabilities ibgp4() {
        return NegotiatedCapabilities.allFamilies(true, false);
    }

    static NegotiatedCapabilities ebgp4() {
        return NegotiatedCapabilities.allFamilies(true, true);
    }

    static NegotiatedCapabilities ebgp2() {
        return NegotiatedCapabilities.allFamilies(false, true);
    }
}
