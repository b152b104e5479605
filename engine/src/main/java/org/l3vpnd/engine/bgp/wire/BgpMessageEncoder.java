package org.l3vpnd.engine.bgp.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import java.util.Objects;

/**
 * Outbound stage: encodes {@link BgpMessage}s. Pre-packed UPDATEs from {@link UpdatePacker} are
 * plain {@link ByteBuf}s and pass this stage untouched.
 *
 * <p>Channel event loop only (one instance per channel).
 */
public final class BgpMessageEncoder extends MessageToByteEncoder<BgpMessage> {
    private volatile NegotiatedCapabilities capabilities = NegotiatedCapabilities.BEFORE_OPEN;

    public BgpMessageEncoder() {
        super(BgpMessage.class);
    }

    public void capabilities(NegotiatedCapabilities negotiated) {
        this.capabilities = Objects.requireNonNull(negotiated, "negotiated");
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, BgpMessage message, ByteBuf out) {
        MessageCodec.encode(out, message, capabilities);
    }
}
