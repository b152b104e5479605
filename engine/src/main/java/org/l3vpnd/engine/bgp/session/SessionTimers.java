package org.l3vpnd.engine.bgp.session;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.l3vpnd.engine.bgp.wire.BgpKeepalive;
import org.l3vpnd.engine.bgp.wire.BgpNotification;
import org.l3vpnd.engine.bgp.wire.BgpUpdate;

/**
 * The hold timer and the keepalive timer (RFC 4271 section 10) of one connection, run on the
 * channel's event loop so that a busy engine loop can neither delay our KEEPALIVEs nor make us
 * miss the peer's. Any received message restarts the hold timer; a sent KEEPALIVE or UPDATE
 * restarts the keepalive timer. On expiry the handler itself sends NOTIFICATION 4/0, closes the
 * channel and passes {@link #HOLD_TIMER_EXPIRED} up the pipeline for the engine loop.
 *
 * <p>Until the OPEN exchange the hold timer runs with the large value RFC 4271 8.2.2 suggests and
 * no keepalives are sent; {@link #configure} installs the negotiated values (0 = neither timer).
 * Channel event loop only, except {@link #configure}.
 */
final class SessionTimers extends ChannelDuplexHandler {
    /** The user event that reports hold timer expiry. */
    static final Object HOLD_TIMER_EXPIRED = new Object() {
        @Override
        public String toString() {
            return "HOLD_TIMER_EXPIRED";
        }
    };

    private static final long MIN_TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private ChannelHandlerContext ctx;
    private long holdNanos;
    private long keepaliveNanos;
    private long lastRead;
    private long lastWrite;
    private ScheduledFuture<?> tick;
    private boolean expired;

    SessionTimers(int openHoldSeconds) {
        this.holdNanos = TimeUnit.SECONDS.toNanos(openHoldSeconds);
    }

    /** Installs negotiated timers, from any thread; restarts both timers from now. */
    static void configure(Channel channel, int holdSeconds, int keepaliveSeconds) {
        SessionTimers timers = channel.pipeline().get(SessionTimers.class);
        if (timers != null) {
            channel.eventLoop().execute(() -> timers.install(holdSeconds, keepaliveSeconds));
        }
    }

    private void install(int holdSeconds, int keepaliveSeconds) {
        holdNanos = TimeUnit.SECONDS.toNanos(holdSeconds);
        keepaliveNanos = TimeUnit.SECONDS.toNanos(keepaliveSeconds);
        lastRead = System.nanoTime();
        reschedule();
    }

    @Override
    public void handlerAdded(ChannelHandlerContext context) {
        this.ctx = context;
        lastRead = System.nanoTime();
        lastWrite = lastRead;
        if (context.channel().isActive()) {
            reschedule();
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext context) {
        lastRead = System.nanoTime();
        reschedule();
        context.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) {
        cancel();
        context.fireChannelInactive();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext context) {
        cancel();
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object msg) {
        lastRead = System.nanoTime();
        context.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext context, Object msg, ChannelPromise promise) {
        if (msg instanceof BgpKeepalive || msg instanceof BgpUpdate || msg instanceof ByteBuf) {
            lastWrite = System.nanoTime();
        }
        context.write(msg, promise);
    }

    private void reschedule() {
        cancel();
        if (expired || ctx == null || !ctx.channel().isActive()) {
            return;
        }
        long now = System.nanoTime();
        long next = Long.MAX_VALUE;
        if (holdNanos > 0) {
            next = lastRead + holdNanos - now;
        }
        if (keepaliveNanos > 0) {
            next = Math.min(next, lastWrite + keepaliveNanos - now);
        }
        if (next != Long.MAX_VALUE) {
            tick = ctx.executor().schedule(this::tick, Math.max(MIN_TICK_NANOS, next), TimeUnit.NANOSECONDS);
        }
    }

    private void tick() {
        tick = null;
        long now = System.nanoTime();
        if (holdNanos > 0 && now - lastRead >= holdNanos) {
            expired = true;
            ctx.writeAndFlush(BgpNotification.of(BgpNotification.HOLD_TIMER_EXPIRED, 0))
                    .addListener(ChannelFutureListener.CLOSE);
            // A peer that stopped reading must not keep the socket open behind a stuck write.
            Channel channel = ctx.channel();
            ctx.executor().schedule(() -> channel.close(), 2, TimeUnit.SECONDS);
            ctx.fireUserEventTriggered(HOLD_TIMER_EXPIRED);
            return;
        }
        if (keepaliveNanos > 0 && now - lastWrite >= keepaliveNanos) {
            lastWrite = now;
            ctx.writeAndFlush(BgpKeepalive.INSTANCE);
        }
        reschedule();
    }

    private void cancel() {
        if (tick != null) {
            tick.cancel(false);
            tick = null;
        }
    }
}
