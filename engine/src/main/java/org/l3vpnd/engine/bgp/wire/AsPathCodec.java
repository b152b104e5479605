package org.l3vpnd.engine.bgp.wire;

import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.l3vpnd.engine.bgp.wire.AsPath.Segment;
import org.l3vpnd.engine.bgp.wire.AsPath.SegmentType;

/**
 * AS_PATH and AS4_PATH wire forms (RFC 4271 4.3, RFC 6793) with the malformation rules of RFC 7606
 * 7.2 and RFC 7607. Stateless, thread-safe.
 */
final class AsPathCodec {
    private AsPathCodec() {}

    /**
     * Decodes segments of {@code asSize}-octet AS numbers. Malformed (RFC 7606 7.2, RFC 6793 6):
     * an unknown segment type, a zero segment length, a segment overrunning the attribute, a lone
     * trailing octet; also AS 0 (RFC 7607).
     */
    static AsPath decode(ByteBuf value, int asSize) throws WireException {
        List<Segment> segments = new ArrayList<>();
        while (value.isReadable()) {
            if (value.readableBytes() < 2) {
                throw malformed("a single octet follows the last segment");
            }
            int code = value.readUnsignedByte();
            int count = value.readUnsignedByte();
            SegmentType type = SegmentType.fromCode(code);
            if (type == null) {
                throw malformed("unknown segment type " + code);
            }
            if (count == 0) {
                throw malformed("segment of length 0");
            }
            if (value.readableBytes() < count * asSize) {
                throw malformed("segment of " + count + " AS numbers overruns the attribute");
            }
            int[] asns = new int[count];
            for (int i = 0; i < count; i++) {
                asns[i] = asSize == 4 ? value.readInt() : value.readUnsignedShort();
                if (asns[i] == 0) {
                    throw malformed("AS 0 in the path");
                }
            }
            segments.add(new Segment(type, asns));
        }
        return AsPath.of(segments);
    }

    private static WireException malformed(String reason) {
        return new WireException(BgpNotification.of(BgpNotification.UPDATE_MESSAGE_ERROR,
                BgpNotification.MALFORMED_AS_PATH), reason);
    }

    static int encodedLength(AsPath path, int asSize) {
        int n = 0;
        for (Segment s : path.segments()) {
            n += 2 + s.size() * asSize;
        }
        return n;
    }

    /** Writes the segments; with 2-octet AS numbers, those that do not fit become AS_TRANS. */
    static void encode(ByteBuf out, AsPath path, int asSize) {
        for (Segment s : path.segments()) {
            out.writeByte(s.type().code());
            out.writeByte(s.size());
            for (int a : s.asnsUnsafe()) {
                if (asSize == 4) {
                    out.writeInt(a);
                } else {
                    out.writeShort((a & 0xffffffffL) > 0xffff ? BgpOpen.AS_TRANS : a);
                }
            }
        }
    }

    /**
     * RFC 6793 4.2.3: keep the leading AS_PATH entries the AS4_PATH does not cover (confederation
     * segments included), then append the AS4_PATH. An AS4_PATH longer than the AS_PATH is ignored.
     */
    static AsPath mergeAs4Path(AsPath asPath, AsPath as4Path) {
        int keep = asPath.pathLength() - as4Path.pathLength();
        if (keep < 0) {
            return asPath;
        }
        List<Segment> out = new ArrayList<>();
        for (Segment s : asPath.segments()) {
            if (s.type().isConfederation()) {
                out.add(s);
                continue;
            }
            if (keep == 0) {
                break;
            }
            if (s.type() == SegmentType.AS_SET) {
                out.add(s);
                keep--;
            } else {
                int take = Math.min(keep, s.size());
                out.add(take == s.size() ? s : new Segment(s.type(), Arrays.copyOf(s.asnsUnsafe(), take)));
                keep -= take;
            }
        }
        // Only the seam between the kept part and the AS4_PATH is joined; the AS4_PATH keeps its
        // own segmentation so that a path sent through an old peer comes back unchanged.
        boolean first = true;
        for (Segment s : as4Path.segments()) {
            Segment last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean joinable = first && last != null && last.type() == SegmentType.AS_SEQUENCE
                    && s.type() == SegmentType.AS_SEQUENCE && last.size() + s.size() <= 255;
            first = false;
            if (joinable) {
                int[] joined = Arrays.copyOf(last.asnsUnsafe(), last.size() + s.size());
                System.arraycopy(s.asnsUnsafe(), 0, joined, last.size(), s.size());
                out.set(out.size() - 1, new Segment(SegmentType.AS_SEQUENCE, joined));
            } else {
                out.add(s);
            }
        }
        return AsPath.of(out);
    }
}
