package org.l3vpnd.engine.bgp.session;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.l3vpnd.engine.bgp.wire.AttributeInterner;
import org.l3vpnd.engine.bgp.wire.BgpFrameDecoder;
import org.l3vpnd.engine.bgp.wire.BgpMessageDecoder;
import org.l3vpnd.engine.bgp.wire.BgpMessageEncoder;
import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.loop.EngineLoop;
import org.l3vpnd.engine.net.IpAddress;

/**
 * The Netty side: one NIO event loop group, the passive listener and outgoing connections, each
 * channel with the pipeline frame → decode → encode → count → timers → bridge. Accepted channels
 * start with auto-read off and are handed to the engine loop, which matches them to a peer before
 * any byte is read. Thread-safe.
 */
final class Transport implements AutoCloseable {
    static final int BGP_PORT = 179;
    /** Past this much queued output {@link PeerSession#send} says stop; below the low mark, go on. */
    private static final WriteBufferWaterMark WATER_MARK = new WriteBufferWaterMark(256 * 1024, 1024 * 1024);

    private final EngineLoop loop;
    private final AttributeInterner interner;
    private final SpeakerTiming timing;
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    private volatile Channel server;

    Transport(EngineLoop loop, AttributeInterner interner, SpeakerTiming timing) {
        this.loop = loop;
        this.interner = interner;
        this.timing = timing;
    }

    /** Binds the listener; {@code accepted} runs on the engine loop for each new connection. */
    InetSocketAddress listen(InetSocketAddress address, Consumer<Channel> accepted) {
        ServerBootstrap b = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.AUTO_READ, false)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        pipeline(ch, null);
                        loop.execute(() -> accepted.accept(ch));
                    }
                });
        Channel ch = b.bind(address).syncUninterruptibly().channel();
        server = ch;
        return (InetSocketAddress) ch.localAddress();
    }

    /** Starts an outgoing connection for {@code peer}; its events go to {@code target}. */
    ChannelFuture connect(BgpPeer peer, Connection target, Duration timeout) {
        Bootstrap b = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_REUSEADDR, true)
                .option(ChannelOption.AUTO_READ, false)
                .option(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()))
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        pipeline(ch, target);
                    }
                });
        int port = peer.remotePort() > 0 ? peer.remotePort() : BGP_PORT;
        InetSocketAddress remote = new InetSocketAddress(inet(peer.address()), port);
        if (peer.localAddress() != null || peer.localPort() > 0) {
            InetSocketAddress local = peer.localAddress() == null
                    ? new InetSocketAddress(peer.localPort())
                    : new InetSocketAddress(inet(peer.localAddress()), peer.localPort());
            return b.connect(remote, local);
        }
        return b.connect(remote);
    }

    private void pipeline(Channel ch, Connection target) {
        ch.pipeline().addLast("frame", new BgpFrameDecoder())
                .addLast("decode", new BgpMessageDecoder(interner))
                .addLast("encode", new BgpMessageEncoder())
                .addLast("count", new TrafficCounter())
                .addLast("timers", new SessionTimers(timing.openHoldSeconds()))
                .addLast("bridge", new ChannelBridge(loop, target));
    }

    static InetAddress inet(IpAddress address) {
        try {
            return InetAddress.getByAddress(address.toBytes());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address.toString(), e);
        }
    }

    static IpAddress ip(InetSocketAddress socket) {
        return IpAddress.fromBytes(socket.getAddress().getAddress());
    }

    /** Closes the listener and every connection, waiting a short while for the sockets to close. */
    @Override
    public void close() {
        Channel s = server;
        if (s != null) {
            s.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        }
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
}
