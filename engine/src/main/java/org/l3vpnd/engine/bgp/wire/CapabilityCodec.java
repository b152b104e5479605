package org.l3vpnd.engine.bgp.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.util.ArrayList;
import java.util.List;

/**
 * Capability TLVs inside an OPEN Capabilities optional parameter (RFC 5492 section 4). A
 * recognized capability with a wrong length is a malformed optional parameter: NOTIFICATION OPEN
 * Message Error, subcode 0 (RFC 4271 6.2). Stateless, thread-safe.
 */
final class CapabilityCodec {
    private CapabilityCodec() {}

    static void decode(ByteBuf value, List<BgpCapability> out) throws WireException {
        while (value.isReadable()) {
            if (value.readableBytes() < 2) {
                throw malformed("capability header truncated");
            }
            int code = value.readUnsignedByte();
            int length = value.readUnsignedByte();
            if (length > value.readableBytes()) {
                throw malformed("capability " + code + " of length " + length + " overruns its parameter");
            }
            out.add(decodeOne(code, value.readSlice(length)));
        }
    }

    private static BgpCapability decodeOne(int code, ByteBuf v) throws WireException {
        int len = v.readableBytes();
        switch (code) {
            case BgpCapability.MULTIPROTOCOL: {
                requireLength(code, len, len == 4);
                int afi = v.readUnsignedShort();
                v.skipBytes(1); // reserved
                return new BgpCapability.Multiprotocol(afi, v.readUnsignedByte());
            }
            case BgpCapability.ROUTE_REFRESH:
                requireLength(code, len, len == 0);
                return new BgpCapability.RouteRefresh();
            case BgpCapability.ENHANCED_ROUTE_REFRESH:
                requireLength(code, len, len == 0);
                return new BgpCapability.EnhancedRouteRefresh();
            case BgpCapability.FOUR_OCTET_AS:
                requireLength(code, len, len == 4);
                return new BgpCapability.FourOctetAs(v.readUnsignedInt());
            case BgpCapability.GRACEFUL_RESTART: {
                requireLength(code, len, len >= 2 && (len - 2) % 4 == 0);
                int flagsAndTime = v.readUnsignedShort();
                List<BgpCapability.GracefulRestart.Family> families = new ArrayList<>();
                while (v.isReadable()) {
                    families.add(new BgpCapability.GracefulRestart.Family(
                            v.readUnsignedShort(), v.readUnsignedByte(), v.readUnsignedByte()));
                }
                return new BgpCapability.GracefulRestart(flagsAndTime >>> 12, flagsAndTime & 0xfff, families);
            }
            default:
                return new BgpCapability.Opaque(code, ByteBufUtil.getBytes(v));
        }
    }

    private static void requireLength(int code, int len, boolean ok) throws WireException {
        if (!ok) {
            throw malformed("capability " + code + " has length " + len);
        }
    }

    private static WireException malformed(String reason) {
        return new WireException(BgpNotification.of(BgpNotification.OPEN_MESSAGE_ERROR, BgpNotification.UNSPECIFIC),
                reason);
    }

    static int encodedLength(BgpCapability c) {
        int value;
        if (c instanceof BgpCapability.Multiprotocol || c instanceof BgpCapability.FourOctetAs) {
            value = 4;
        } else if (c instanceof BgpCapability.GracefulRestart g) {
            value = 2 + 4 * g.families().size();
        } else if (c instanceof BgpCapability.Opaque o) {
            value = o.valueLength();
        } else {
            value = 0;
        }
        return 2 + value;
    }

    static void encode(ByteBuf out, BgpCapability c) {
        int len = encodedLength(c) - 2;
        if (len > 0xff) {
            throw new IllegalArgumentException("capability " + c.code() + " of " + len + " octets is too long");
        }
        out.writeByte(c.code());
        out.writeByte(len);
        if (c instanceof BgpCapability.Multiprotocol m) {
            out.writeShort(m.afi());
            out.writeByte(0);
            out.writeByte(m.safi());
        } else if (c instanceof BgpCapability.FourOctetAs f) {
            out.writeInt((int) f.as());
        } else if (c instanceof BgpCapability.GracefulRestart g) {
            out.writeShort(g.restartFlags() << 12 | g.restartTimeSeconds());
            for (BgpCapability.GracefulRestart.Family f : g.families()) {
                out.writeShort(f.afi());
                out.writeByte(f.safi());
                out.writeByte(f.flags());
            }
        } else if (c instanceof BgpCapability.Opaque o) {
            out.writeBytes(o.valueUnsafe());
        }
    }
}
