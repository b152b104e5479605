package org.l3vpnd.engine.bgp.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

/**
 * Whole messages: the 19-octet header (RFC 4271 4.1) and dispatch by type. Decoding takes one
 * complete frame as cut by {@link BgpFrameDecoder} and returns an {@link InboundEvent}, never
 * throwing for bad input. Stateless, thread-safe.
 */
public final class MessageCodec {
    private MessageCodec() {}

    /** Writes marker, a length placeholder and the type; returns the message's start index. */
    static int startMessage(ByteBuf out, int type) {
        int start = out.writerIndex();
        out.writeLong(-1L);
        out.writeLong(-1L);
        out.writeShort(0);
        out.writeByte(type);
        return start;
    }

    /** Fills in the length, refusing (and unwriting) a message longer than {@code max}. */
    static void finishMessage(ByteBuf out, int start, int max) {
        int length = out.writerIndex() - start;
        if (length > max) {
            out.writerIndex(start);
            throw new IllegalArgumentException("message of " + length + " octets exceeds the limit of " + max);
        }
        out.setShort(start + 16, length);
    }

    /** Encodes one message with its header; the session's capabilities shape UPDATEs. */
    public static void encode(ByteBuf out, BgpMessage message, NegotiatedCapabilities caps) {
        if (message instanceof BgpUpdate u) {
            UpdateEncoder.encode(out, u, caps);
            return;
        }
        int start = startMessage(out, message.type());
        if (message instanceof BgpOpen o) {
            OpenCodec.encode(out, o);
        } else if (message instanceof BgpNotification n) {
            out.writeByte(n.code());
            out.writeByte(n.subcode());
            out.writeBytes(n.dataUnsafe());
        } else if (message instanceof BgpRouteRefresh r) {
            out.writeShort(r.afi());
            out.writeByte(r.subtype());
            out.writeByte(r.safi());
        }
        finishMessage(out, start, caps.maxMessageLength());
    }

    /**
     * Decodes one frame (header included). Returns null only for a message RFC 7313 says to
     * ignore: a ROUTE-REFRESH of unknown subtype.
     */
    public static InboundEvent decode(ByteBuf frame, NegotiatedCapabilities caps, UpdateDecoder updates) {
        int type = frame.getUnsignedByte(frame.readerIndex() + 18);
        ByteBuf body = frame.slice(frame.readerIndex() + BgpMessage.HEADER_LENGTH,
                frame.readableBytes() - BgpMessage.HEADER_LENGTH);
        try {
            switch (type) {
                case BgpMessage.TYPE_OPEN:
                    return OpenCodec.decode(body);
                case BgpMessage.TYPE_UPDATE:
                    return updates.decode(body, caps);
                case BgpMessage.TYPE_NOTIFICATION:
                    return new BgpNotification(body.readUnsignedByte(), body.readUnsignedByte(), ByteBufUtil.getBytes(body));
                case BgpMessage.TYPE_KEEPALIVE:
                    return BgpKeepalive.INSTANCE;
                case BgpMessage.TYPE_ROUTE_REFRESH:
                    return decodeRouteRefresh(frame, body, caps);
                default:
                    return new BgpDecodeError(new BgpNotification(BgpNotification.MESSAGE_HEADER_ERROR,
                            BgpNotification.BAD_MESSAGE_TYPE, new byte[] {(byte) type}), "message type " + type);
            }
        } catch (WireException e) {
            return new BgpDecodeError(e.notification(), e.getMessage());
        } catch (IndexOutOfBoundsException e) {
            // The frame decoder enforces minimum lengths, so this is a short OPEN/NOTIFICATION body.
            return new BgpDecodeError(new BgpNotification(BgpNotification.MESSAGE_HEADER_ERROR,
                    BgpNotification.BAD_MESSAGE_LENGTH, lengthField(frame)), "message type " + type + " truncated");
        } catch (RuntimeException e) {
            // A codec bug must still end in a NOTIFICATION, not in an exception through the pipeline.
            return new BgpDecodeError(BgpNotification.of(BgpNotification.CEASE, 0),
                    "unexpected decoder failure on message type " + type + ": " + e);
        }
    }

    private static InboundEvent decodeRouteRefresh(ByteBuf frame, ByteBuf body, NegotiatedCapabilities caps) {
        if (body.readableBytes() != 4) {
            // RFC 7313 5: with enhanced route refresh the error has its own code and carries the message.
            BgpNotification n = caps.enhancedRouteRefresh()
                    ? new BgpNotification(BgpNotification.ROUTE_REFRESH_MESSAGE_ERROR,
                            BgpNotification.INVALID_MESSAGE_LENGTH, ByteBufUtil.getBytes(frame))
                    : new BgpNotification(BgpNotification.MESSAGE_HEADER_ERROR, BgpNotification.BAD_MESSAGE_LENGTH,
                            lengthField(frame));
            return new BgpDecodeError(n, "ROUTE-REFRESH of " + frame.readableBytes() + " octets");
        }
        int afi = body.readUnsignedShort();
        int subtype = body.readUnsignedByte();
        int safi = body.readUnsignedByte();
        return subtype > BgpRouteRefresh.END_OF_ROUTE_REFRESH ? null : new BgpRouteRefresh(afi, safi, subtype);
    }

    static byte[] lengthField(ByteBuf frame) {
        int length = frame.getUnsignedShort(frame.readerIndex() + 16);
        return new byte[] {(byte) (length >>> 8), (byte) length};
    }
}
