package org.l3vpnd.engine.bgp.session;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import org.l3vpnd.engine.bgp.wire.BgpUpdate;
import org.l3vpnd.engine.bgp.wire.UpdateOutcome;

/**
 * Counts messages in both directions for BGP4-MIB. Sits between the codecs and the session
 * handlers, so it sees decoded events inbound and messages (or pre-packed UPDATE buffers, one
 * message each) outbound. The counters are attached once the connection is matched to a peer;
 * accepted connections do not read before that. Channel event loop only, except {@link #attach}.
 */
final class TrafficCounter extends ChannelDuplexHandler {
    private volatile PeerCounters counters;

    void attach(PeerCounters peerCounters) {
        this.counters = peerCounters;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        PeerCounters c = counters;
        if (c != null) {
            c.received(msg instanceof UpdateOutcome);
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        PeerCounters c = counters;
        if (c != null) {
            c.sent(msg instanceof BgpUpdate || msg instanceof ByteBuf);
        }
        ctx.write(msg, promise);
    }
}
