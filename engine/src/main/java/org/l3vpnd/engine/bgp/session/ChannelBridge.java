package org.l3vpnd.engine.bgp.session;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.concurrent.RejectedExecutionException;
import org.l3vpnd.engine.bgp.wire.InboundEvent;
import org.l3vpnd.engine.loop.EngineLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last inbound stage: hands every decoded event, the hold timer expiry, writability changes
 * and the end of the connection to the engine loop, where the {@link Connection} handles them.
 * It decides nothing itself. Channel event loop only, except {@link #target}, which the engine
 * loop sets once (before reading starts on accepted connections).
 */
final class ChannelBridge extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelBridge.class);

    private final EngineLoop loop;
    private volatile Connection target;

    ChannelBridge(EngineLoop loop, Connection target) {
        this.loop = loop;
        this.target = target;
    }

    void target(Connection connection) {
        this.target = connection;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        Connection c = target;
        if (c != null && msg instanceof InboundEvent event) {
            hop(ctx, () -> c.onEvent(event));
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        Connection c = target;
        if (c != null && evt == SessionTimers.HOLD_TIMER_EXPIRED) {
            hop(ctx, c::onHoldTimerExpired);
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        Connection c = target;
        if (c != null && ctx.channel().isWritable()) {
            hop(ctx, c::onWritable);
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        Connection c = target;
        if (c != null) {
            hop(ctx, c::onClosed);
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // I/O errors (resets mostly) end the connection; channelInactive then tells the engine.
        LOG.debug("bgp.channel.error remote={} error={}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }

    private void hop(ChannelHandlerContext ctx, Runnable task) {
        try {
            loop.execute(task);
        } catch (RejectedExecutionException e) {
            ctx.close(); // the engine is shutting down
        }
    }
}
