package org.l3vpnd.engine.bgp.wire;

import static org.l3vpnd.engine.bgp.wire.BgpNotification.OPEN_MESSAGE_ERROR;

import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;

/**
 * OPEN bodies (RFC 4271 4.2), with capabilities in optional parameters of type 2 (RFC 5492) and
 * the extended optional parameters length of RFC 9072 when 255 octets are not enough. Syntax
 * only; {@link OpenValidator} judges the values. Stateless, thread-safe.
 */
final class OpenCodec {
    private static final int PARAM_CAPABILITIES = 2;
    private static final int PARAM_EXTENDED = 255;

    private OpenCodec() {}

    static BgpOpen decode(ByteBuf body) throws WireException {
        int version = body.readUnsignedByte();
        if (version != BgpOpen.VERSION) {
            // RFC 4271 6.2: the data is the largest version this speaker supports.
            throw new WireException(new BgpNotification(OPEN_MESSAGE_ERROR, BgpNotification.UNSUPPORTED_VERSION_NUMBER,
                    new byte[] {0, BgpOpen.VERSION}), "BGP version " + version);
        }
        int myAs = body.readUnsignedShort();
        int holdTime = body.readUnsignedShort();
        int bgpId = body.readInt();
        int paramsLength = body.readUnsignedByte();
        boolean extended = false;
        if (paramsLength == PARAM_EXTENDED && body.readableBytes() >= 3
                && body.getUnsignedByte(body.readerIndex()) == PARAM_EXTENDED) {
            body.skipBytes(1);
            paramsLength = body.readUnsignedShort();
            extended = true;
        }
        if (paramsLength != body.readableBytes()) {
            throw malformed("optional parameters length " + paramsLength + " but " + body.readableBytes() + " octets follow");
        }
        List<BgpCapability> capabilities = new ArrayList<>();
        while (body.isReadable()) {
            int headerLength = extended ? 3 : 2;
            if (body.readableBytes() < headerLength) {
                throw malformed("optional parameter header truncated");
            }
            int type = body.readUnsignedByte();
            int length = extended ? body.readUnsignedShort() : body.readUnsignedByte();
            if (length > body.readableBytes()) {
                throw malformed("optional parameter " + type + " overruns the message");
            }
            ByteBuf value = body.readSlice(length);
            if (type != PARAM_CAPABILITIES) {
                throw new WireException(BgpNotification.of(OPEN_MESSAGE_ERROR,
                        BgpNotification.UNSUPPORTED_OPTIONAL_PARAMETER), "optional parameter type " + type);
            }
            CapabilityCodec.decode(value, capabilities);
        }
        return new BgpOpen(version, myAs, holdTime, bgpId, capabilities);
    }

    private static WireException malformed(String reason) {
        return new WireException(BgpNotification.of(OPEN_MESSAGE_ERROR, BgpNotification.UNSPECIFIC), reason);
    }

    /**
     * Writes the body. Capabilities go in parameters of at most 255 octets; if the parameters then
     * exceed 255 octets, the RFC 9072 form carries them in one parameter.
     */
    static void encode(ByteBuf out, BgpOpen open) {
        out.writeByte(open.version());
        out.writeShort(open.myAs());
        out.writeShort(open.holdTime());
        out.writeInt(open.bgpId());
        int total = 0;
        List<List<BgpCapability>> groups = new ArrayList<>();
        List<BgpCapability> group = new ArrayList<>();
        int groupLength = 0;
        for (BgpCapability c : open.capabilities()) {
            int len = CapabilityCodec.encodedLength(c);
            if (groupLength + len > 0xff) {
                groups.add(group);
                total += 2 + groupLength;
                group = new ArrayList<>();
                groupLength = 0;
            }
            group.add(c);
            groupLength += len;
        }
        if (!group.isEmpty()) {
            groups.add(group);
            total += 2 + groupLength;
        }
        if (total < PARAM_EXTENDED) {
            out.writeByte(total);
            for (List<BgpCapability> g : groups) {
                int lengthAt = out.writerIndex() + 1;
                out.writeByte(PARAM_CAPABILITIES);
                out.writeByte(0);
                g.forEach(c -> CapabilityCodec.encode(out, c));
                out.setByte(lengthAt, out.writerIndex() - lengthAt - 1);
            }
            return;
        }
        out.writeByte(PARAM_EXTENDED);
        out.writeByte(PARAM_EXTENDED);
        int paramsLengthAt = out.writerIndex();
        out.writeShort(0);
        out.writeByte(PARAM_CAPABILITIES);
        int lengthAt = out.writerIndex();
        out.writeShort(0);
        open.capabilities().forEach(c -> CapabilityCodec.encode(out, c));
        out.setShort(lengthAt, out.writerIndex() - lengthAt - 2);
        out.setShort(paramsLengthAt, out.writerIndex() - paramsLengthAt - 2);
    }
}
