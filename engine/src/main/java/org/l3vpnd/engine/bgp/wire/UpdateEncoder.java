package org.l3vpnd.engine.bgp.wire;

import io.netty.buffer.ByteBuf;
import org.l3vpnd.engine.net.IpPrefix;

/**
 * Writes a {@link BgpUpdate} as one message, MP attributes first (RFC 7606 5.1). The caller
 * keeps it within the size limit; {@link UpdatePacker} does so when building from route lists.
 * Stateless, thread-safe.
 */
final class UpdateEncoder {
    private UpdateEncoder() {}

    static void encode(ByteBuf out, BgpUpdate u, NegotiatedCapabilities caps) {
        int start = MessageCodec.startMessage(out, BgpMessage.TYPE_UPDATE);
        int withdrawnLengthAt = out.writerIndex();
        out.writeShort(0);
        for (IpPrefix p : u.withdrawn()) {
            NlriCodec.writeIpv4(out, p);
        }
        out.setShort(withdrawnLengthAt, out.writerIndex() - withdrawnLengthAt - 2);
        int attributesLengthAt = out.writerIndex();
        out.writeShort(0);
        BgpUpdate.MpUnreach unreach = u.mpUnreach();
        if (unreach != null) {
            MpAttributeEncoder.writeUnreach(out, unreach.family(), unreach.withdrawn(), 0, unreach.withdrawn().size());
        }
        BgpUpdate.MpReach reach = u.mpReach();
        if (reach != null) {
            MpAttributeEncoder.writeReach(out, reach.family(), u.attributes().mpNextHop(), reach.nlri(), 0,
                    reach.nlri().size());
        }
        AttributeEncoder.encode(out, u.attributes(), caps.fourOctetAs());
        int attributesLength = out.writerIndex() - attributesLengthAt - 2;
        if (attributesLength > 0xffff) {
            out.writerIndex(start);
            throw new IllegalArgumentException("path attributes of " + attributesLength + " octets do not fit an UPDATE");
        }
        out.setShort(attributesLengthAt, attributesLength);
        for (IpPrefix p : u.nlri()) {
            NlriCodec.writeIpv4(out, p);
        }
        MessageCodec.finishMessage(out, start, caps.maxMessageLength());
    }
}
