package org.l3vpnd.engine.bgp.session;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import org.l3vpnd.engine.bgp.wire.AttributeInterner;
import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.config.ConfigDelta;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.Setting;
import org.l3vpnd.engine.loop.EngineLoop;
import org.l3vpnd.engine.loop.ScheduledTask;
import org.l3vpnd.engine.net.IpAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The BGP speaker: the passive listener, one FSM per configured peer (the {@code BgpPeer} items of
 * the running configuration that are in service), and the read view of all peers. Configuration
 * commits are applied on the engine loop, one diff per commit.
 *
 * <p>Thread-safe: every public method may be called from any thread. Sessions, their state and
 * every {@link SessionListener} and {@link PeerStateListener} call live on the engine loop; Netty
 * threads only move and time bytes.
 */
public final class BgpSpeaker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BgpSpeaker.class);

    private final EngineLoop loop;
    private final ConfigService config;
    private final AttributeInterner interner;
    private final Transport transport;
    private final StatusBoard board = new StatusBoard();
    private final SessionContext ctx;
    private final PeerTable table;
    private volatile InetSocketAddress listening;
    private volatile boolean closed;
    /** Engine loop only. */
    private ScheduledTask restartWindow;

    public BgpSpeaker(EngineLoop loop, ConfigService config, SessionListener rib) {
        this(loop, config, rib, SpeakerTiming.DEFAULT, new AttributeInterner());
    }

    /** With explicit timings (tests, labs) and the interner the RIB shares attribute sets through. */
    public BgpSpeaker(EngineLoop loop, ConfigService config, SessionListener rib, SpeakerTiming timing,
                      AttributeInterner interner) {
        this.loop = Objects.requireNonNull(loop, "loop");
        this.config = Objects.requireNonNull(config, "config");
        this.interner = Objects.requireNonNull(interner, "interner");
        this.transport = new Transport(loop, interner, timing);
        this.ctx = new SessionContext(loop, transport, Objects.requireNonNull(rib, "rib"), timing, board,
                SpeakerSettings.from(config.running()));
        this.table = new PeerTable(ctx);
    }

    /**
     * Binds the passive listener (port 0 = any free port), then starts the configured peers and
     * follows configuration commits. Call once.
     */
    public synchronized void start(InetSocketAddress listen) {
        if (listening != null || closed) {
            throw new IllegalStateException("BGP speaker already started or closed");
        }
        listening = transport.listen(listen, table::accept);
        config.addListener(this::committed);
        loop.execute(() -> table.apply(config.running()));
        LOG.info("bgp.speaker.started listen={}", listening);
    }

    /** The port the listener is bound to. */
    public int listenPort() {
        InetSocketAddress a = listening;
        if (a == null) {
            throw new IllegalStateException("BGP speaker not started");
        }
        return a.getPort();
    }

    /**
     * Declares that this speaker has just restarted (RFC 4724 restarting speaker; the agent calls
     * it at boot when it was running before). Until the graceful restart time has passed, OPENs
     * carry the R bit and, when {@code forwardingPreserved}, the F bit of every family. The RIB
     * sends End-of-RIB per family ({@link PeerSession#sendEndOfRib}) after its initial update.
     */
    public void restarted(boolean forwardingPreserved) {
        onLoop(() -> {
            ctx.restart = new RestartState(true, forwardingPreserved);
            if (restartWindow != null) {
                restartWindow.cancel();
            }
            restartWindow = loop.schedule(() -> ctx.restart = RestartState.NORMAL,
                    Duration.ofSeconds(ctx.settings.restartTime()));
        });
    }

    /** Every configured peer, by VRF then address. */
    public Collection<PeerStatus> peers() {
        return board.all();
    }

    public Optional<PeerStatus> peer(String vrf, IpAddress address) {
        return board.get(vrf, address);
    }

    /** Listeners run on the engine loop and must return quickly. */
    public void addStateListener(PeerStateListener listener) {
        board.addListener(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Ends every session with Cease 6/2 (the RIB hears {@code down} for each) and closes the
     * listener and the sockets. Does not close the engine loop.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            loop.call(() -> {
                table.close();
                return null;
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("bgp.speaker.close loop already closed: sessions end without NOTIFICATION");
        }
        transport.close();
    }

    private void committed(ConfigDelta delta) {
        if (!closed && (delta.touches(BgpPeer.class) || delta.touches(Setting.class))) {
            onLoop(() -> table.apply(delta.after()));
        }
    }

    private void onLoop(Runnable task) {
        try {
            loop.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.warn("bgp.speaker.loopClosed");
        }
    }
}
