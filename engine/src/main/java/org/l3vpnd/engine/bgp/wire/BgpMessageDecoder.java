package org.l3vpnd.engine.bgp.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;
import java.util.Objects;

/**
 * Second inbound stage: turns frames from {@link BgpFrameDecoder} into {@link InboundEvent}s using
 * the session's negotiated capabilities, which the session handler installs after the OPEN
 * exchange. Decode errors flow on as events rather than exceptions, so the handler answers each
 * with the right NOTIFICATION.
 *
 * <p>Channel event loop only (one instance per channel).
 */
public final class BgpMessageDecoder extends MessageToMessageDecoder<ByteBuf> {
    private final UpdateDecoder updates;
    private volatile NegotiatedCapabilities capabilities = NegotiatedCapabilities.BEFORE_OPEN;

    public BgpMessageDecoder(AttributeInterner interner) {
        super(ByteBuf.class);
        this.updates = new UpdateDecoder(interner);
    }

    public void capabilities(NegotiatedCapabilities negotiated) {
        this.capabilities = Objects.requireNonNull(negotiated, "negotiated");
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf frame, List<Object> out) {
        InboundEvent event = MessageCodec.decode(frame, capabilities, updates);
        if (event != null) {
            out.add(event);
        }
    }
}
