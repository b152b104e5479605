package org.l3vpnd.engine.bgp.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * First inbound stage: cuts the byte stream into whole messages by the header's length field and
 * checks the header (RFC 4271 6.1): marker all ones, length within 19..max and at least the
 * minimum for the type, type known. Emits retained frames (header included) or, once, a
 * {@link BgpDecodeError}, after which it discards all input: the session is about to close.
 *
 * <p>Channel event loop only (one instance per channel).
 */
public final class BgpFrameDecoder extends ByteToMessageDecoder {
    private volatile int maxLength = BgpMessage.MAX_LENGTH;
    private boolean failed;

    /** Raises the limit once RFC 8654 extended messages are negotiated. */
    public void maxLength(int maxLength) {
        this.maxLength = maxLength;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (!failed && in.readableBytes() >= BgpMessage.HEADER_LENGTH) {
            Object next = cut(in);
            if (next == null) {
                return;
            }
            out.add(next);
        }
        if (failed) {
            in.skipBytes(in.readableBytes());
        }
    }

    /** One frame, a decode error, or null when the message is not complete yet. */
    Object cut(ByteBuf in) {
        int start = in.readerIndex();
        for (int i = 0; i < 16; i++) {
            if (in.getByte(start + i) != (byte) 0xff) {
                return fail(BgpNotification.of(BgpNotification.MESSAGE_HEADER_ERROR,
                        BgpNotification.CONNECTION_NOT_SYNCHRONIZED), "marker is not all ones");
            }
        }
        int length = in.getUnsignedShort(start + 16);
        int type = in.getUnsignedByte(start + 18);
        int min = minimumLength(type);
        if (min < 0) {
            return fail(new BgpNotification(BgpNotification.MESSAGE_HEADER_ERROR, BgpNotification.BAD_MESSAGE_TYPE,
                    new byte[] {(byte) type}), "message type " + type);
        }
        boolean lengthOk = length >= min && length <= maxLength
                && (type != BgpMessage.TYPE_KEEPALIVE || length == BgpMessage.HEADER_LENGTH);
        if (!lengthOk) {
            return fail(new BgpNotification(BgpNotification.MESSAGE_HEADER_ERROR, BgpNotification.BAD_MESSAGE_LENGTH,
                    new byte[] {(byte) (length >>> 8), (byte) length}), "type " + type + " length " + length);
        }
        if (in.readableBytes() < length) {
            return null;
        }
        return in.readRetainedSlice(length);
    }

    /** RFC 4271 4.2-4.5 minimum sizes; ROUTE-REFRESH's exact size is checked with its body. */
    private static int minimumLength(int type) {
        switch (type) {
            case BgpMessage.TYPE_OPEN: return 29;
            case BgpMessage.TYPE_UPDATE: return 23;
            case BgpMessage.TYPE_NOTIFICATION: return 21;
            case BgpMessage.TYPE_KEEPALIVE:
            case BgpMessage.TYPE_ROUTE_REFRESH: return BgpMessage.HEADER_LENGTH;
            default: return -1;
        }
    }

    private BgpDecodeError fail(BgpNotification notification, String reason) {
        failed = true;
        return new BgpDecodeError(notification, reason);
    }
}
