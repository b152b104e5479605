package org.l3vpnd.engine.bgp.session;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import org.l3vpnd.engine.bgp.wire.BgpCapability;
import org.l3vpnd.engine.bgp.wire.BgpNotification;
import org.l3vpnd.engine.bgp.wire.BgpOpen;
import org.l3vpnd.engine.bgp.wire.NegotiatedCapabilities;
import org.l3vpnd.engine.bgp.wire.OpenValidator;
import org.l3vpnd.engine.bgp.wire.UpdateOutcome;
import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.loop.ScheduledTask;
import org.l3vpnd.engine.net.AfiSafi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RFC 4271 FSM of one configured peer. It owns at most one outgoing and one incoming
 * connection while they race through the OPEN exchange (collisions are resolved by BGP
 * identifier, 6.8, before either is confirmed), then the one Established connection.
 * ManualStart/ManualStop come from the configuration; after a failed session the peer stays Idle
 * for a damped, doubling time before it starts again (8.1.1 DampPeerOscillations), or Active for
 * that time when it was the peer that refused the connection. The reported state is derived from
 * the connections, so it cannot disagree with them.
 *
 * <p>Engine loop only.
 */
final class PeerFsm {
    private static final Logger LOG = LoggerFactory.getLogger(PeerFsm.class);

    private final SessionContext ctx;
    private final PeerId id;
    private final PeerCounters counters = new PeerCounters();
    private final PeerFsmStatus status = new PeerFsmStatus();
    private BgpPeer config;
    /** ManualStart is in effect. */
    private boolean started;
    /** Started, but waiting out the Idle hold after a failure. */
    private boolean idleHold;
    private Connection outgoing;
    private Connection incoming;
    private Connection established;
    private ScheduledTask connectRetryTimer;
    private ScheduledTask idleHoldTimer;
    private int failures;
    private FsmState reported = FsmState.IDLE;

    PeerFsm(SessionContext ctx, BgpPeer config) {
        this.ctx = ctx;
        this.config = config;
        this.id = PeerId.of(config);
        publish();
    }

    BgpPeer config() {
        return config;
    }

    /** Whether configuration says the peer should run. */
    boolean shouldRun() {
        return config.adminUp() && config.inService() && ctx.settings.runnable();
    }

    /** ManualStart. */
    void start() {
        if (started) {
            return;
        }
        started = true;
        failures = 0;
        begin();
        publish();
    }

    /** ManualStop: every connection ends with Cease {@code subcode}; the peer stays Idle. */
    void stop(int subcode, String reason) {
        started = false;
        idleHold = false;
        cancel(idleHoldTimer);
        cancel(connectRetryTimer);
        for (Connection c : new Connection[] {established, outgoing, incoming}) {
            if (c != null) {
                c.end(Ending.cease(subcode, reason));
            }
        }
        publish();
    }

    /**
     * A commit changed this peer or the global settings. With {@code reset} (what the session
     * negotiates or where it connects changed) a running peer restarts after Cease 6/6 (RFC
     * 4486); the administrative status starts or stops it (6/2); other changes (description,
     * MRAI, ...) are simply taken.
     */
    void update(BgpPeer next, boolean reset) {
        config = next;
        if (started && reset) {
            stop(Ending.CEASE_OTHER_CONFIGURATION_CHANGE, "configuration changed");
        }
        boolean run = shouldRun();
        if (run && !started) {
            start();
        } else if (!run && started) {
            boolean admin = !config.adminUp() || !ctx.settings.adminUp();
            stop(admin ? Ending.CEASE_ADMIN_SHUTDOWN : Ending.CEASE_OTHER_CONFIGURATION_CHANGE,
                    admin ? "administratively down" : "no local AS or router ID");
        }
        publish();
    }

    /** The peer was removed from the configuration. */
    void remove() {
        stop(Ending.CEASE_PEER_DECONFIGURED, "peer de-configured");
        ctx.board.remove(id);
    }

    private void begin() {
        idleHold = false;
        if (!config.passive()) {
            connect();
        }
    }

    private void connect() {
        Connection c = new Connection(this, true);
        outgoing = c;
        ChannelFuture f = ctx.transport.connect(config, c, ctx.timing.connectTimeout());
        c.connecting(f.channel());
        f.addListener(done -> onLoop(() -> connected(c, f)));
        cancel(connectRetryTimer);
        connectRetryTimer = ctx.loop.schedule(this::connectRetryExpired,
                Duration.ofSeconds(ctx.settings.connectRetryFor(config)));
    }

    private void connected(Connection c, ChannelFuture f) {
        if (c != outgoing || c.phase() != Connection.Phase.CONNECTING) {
            f.channel().close(); // aborted meanwhile
            return;
        }
        if (!f.isSuccess()) {
            outgoing = null; // Connect → Active; the ConnectRetry timer tries again
            status.lastErrorText = "TCP connection failed: " + f.cause().getMessage();
            publish();
            return;
        }
        cancel(connectRetryTimer);
        f.channel().pipeline().get(TrafficCounter.class).attach(counters);
        c.opened(f.channel(), LocalOpen.build(ctx.settings, config, ctx.restart));
        LOG.debug("bgp.connection.connected peer={} connection={}", id, c);
        publish();
    }

    private void connectRetryExpired() {
        connectRetryTimer = null;
        if (!started || idleHold || established != null || inOpenExchange(outgoing) || inOpenExchange(incoming)) {
            return;
        }
        if (outgoing != null) {
            Connection stale = outgoing;
            outgoing = null;
            stale.end(Ending.abandoned());
        }
        connect();
        publish();
    }

    private static boolean inOpenExchange(Connection c) {
        return c != null && (c.phase() == Connection.Phase.OPEN_SENT || c.phase() == Connection.Phase.OPEN_CONFIRM);
    }

    /** A connection from this peer's address was accepted. */
    void accept(Channel ch) {
        if (!started || idleHold) {
            refuse(ch, Ending.CEASE_CONNECTION_REJECTED, started ? "idle hold" : "peer not started");
            return;
        }
        if (established != null && !gracefulRestart(established)) {
            // RFC 4271 6.8: a collision with an Established connection closes the new one.
            refuse(ch, Ending.CEASE_COLLISION_RESOLUTION, "already established");
            return;
        }
        if (incoming != null) {
            Connection old = incoming;
            incoming = null;
            old.end(Ending.collision("replaced by a newer incoming connection"));
        }
        Connection c = new Connection(this, false);
        incoming = c;
        ch.pipeline().get(TrafficCounter.class).attach(counters);
        ch.pipeline().get(ChannelBridge.class).target(c);
        cancel(connectRetryTimer);
        c.opened(ch, LocalOpen.build(ctx.settings, config, ctx.restart));
        LOG.debug("bgp.connection.accepted peer={} connection={}", id, c);
        if (!ch.isActive()) {
            c.onClosed(); // closed before the bridge could report it
        }
        publish();
    }

    private void refuse(Channel ch, int subcode, String why) {
        LOG.info("bgp.peer.refused peer={} remote={} subcode={} reason={}", id, ch.remoteAddress(), subcode, why);
        Connection.close(ch, BgpNotification.of(BgpNotification.CEASE, subcode));
    }

    /**
     * The peer's OPEN on {@code c}: validate, resolve collisions, negotiate (RFC 4271 6.2, 6.8).
     *
     * <p>Collisions are decided here, before our KEEPALIVE commits us to {@code c}, and the same
     * way at both ends, so that the peer never closes a connection we have already taken to
     * Established:
     * <ul>
     *   <li>with an Established connection, the new one is closed (6/7), unless graceful restart
     *       says the peer restarted, which only a connection opened after Established can mean;</li>
     *   <li>with the other connection in OpenSent or OpenConfirm, the BGP identifiers decide. 6.8
     *       requires this for OpenConfirm and allows it for OpenSent when the peer's identifier is
     *       known: it is, from this OPEN, and both connections lead to the same configured peer.
     *       Waiting instead lets us confirm a connection and take it to Established while the
     *       peer, weighing the identifiers only when our OPEN on the other connection reaches it,
     *       closes it;</li>
     *   <li>an outgoing attempt still connecting is abandoned before it can send an OPEN that the
     *       peer would weigh against {@code c} after we have confirmed it.</li>
     * </ul>
     */
    void openReceived(Connection c, BgpOpen open) {
        SpeakerSettings s = ctx.settings;
        boolean external = s.external(config);
        long expectedAs = config.remoteAs() > 0 ? config.remoteAs() : -1;
        Optional<BgpNotification> bad = new OpenValidator(expectedAs, s.routerId(), external, List.of()).validate(open);
        if (bad.isPresent()) {
            c.end(Ending.error(bad.get(), "unacceptable OPEN from AS " + open.effectiveAs()));
            return;
        }
        LOG.debug("bgp.open.received peer={} on={} outgoing={} incoming={} established={}", id, c, outgoing, incoming,
                established);
        if (established != null && (c.rival() || !gracefulRestart(established))) {
            c.end(Ending.collision("connection collision with the Established connection"));
            return;
        }
        Connection other = c == outgoing ? incoming : outgoing;
        if (inOpenExchange(other)) {
            Connection loser = collisionLoser(s, open);
            loser.end(Ending.collision("connection collision, BGP identifier " + Integer.toUnsignedString(open.bgpId())));
            if (loser == c) {
                return;
            }
        } else if (other != null && other.phase() == Connection.Phase.CONNECTING) {
            other.end(Ending.abandoned());
        }
        if (established != null) {
            // Graceful restart, and the connection opened after Established: the peer restarted (RFC 4724 4.2).
            established.end(Ending.replaced());
        }
        int hold = Math.min(s.holdTimeFor(config), open.holdTime());
        NegotiatedCapabilities caps = NegotiatedCapabilities.negotiate(c.sentOpen(), open, external);
        c.confirm(open, caps, hold, s.keepaliveFor(config, hold));
        status.lastOpen = open;
        publish();
    }

    /**
     * RFC 4271 6.8: the connection opened by the speaker with the lower BGP identifier is closed;
     * with equal identifiers (possible between ASes, RFC 6286) the one opened by the lower AS.
     */
    private Connection collisionLoser(SpeakerSettings s, BgpOpen open) {
        int c = Integer.compareUnsigned(s.routerId(), open.bgpId());
        boolean closeOurs = c != 0 ? c < 0 : s.localAs() < open.effectiveAs();
        return closeOurs ? outgoing : incoming;
    }

    /**
     * KEEPALIVE in OpenConfirm: the session is Established. An outgoing attempt still connecting is
     * abandoned. A connection in OpenSent (it opened while {@code c} was in OpenConfirm) is left to
     * its OPEN, which closes it as a collision with this Established connection (6.8), graceful
     * restart or not: it cannot be a restart of a session that was not Established yet. (Another
     * connection in OpenConfirm cannot exist: {@link #openReceived} lets only one get there.)
     */
    void keepaliveInOpenConfirm(Connection c) {
        for (Connection other : new Connection[] {outgoing, incoming}) {
            if (other == null || other == c) {
                continue;
            }
            switch (other.phase()) {
                case CONNECTING -> other.end(Ending.abandoned());
                case OPEN_SENT -> other.rivalOfEstablished();
                default -> other.end(Ending.collision("the other connection is established"));
            }
        }
        detach(c);
        established = c;
        EstablishedSession session = new EstablishedSession(ctx.loop, c, config, !ctx.settings.external(config));
        c.establish(session);
        cancel(connectRetryTimer);
        status.establishedTransitions++;
        status.establishedAtMillis = ctx.now();
        status.establishedChangeMillis = status.establishedAtMillis;
        publish();
        try {
            ctx.rib.established(session);
        } catch (RuntimeException e) {
            LOG.error("bgp.rib.failed peer={} call=established", id, e);
        }
    }

    void updateReceived(EstablishedSession session, UpdateOutcome outcome) {
        counters.lastUpdateInMillis = ctx.now();
        ctx.rib.update(session, outcome);
    }

    void routeRefreshReceived(EstablishedSession session, AfiSafi family, int subtype) {
        ctx.rib.routeRefreshRequested(session, family, subtype);
    }

    /** {@code c} has ended (exactly once per connection). */
    void connectionEnded(Connection c, Ending e) {
        boolean wasEstablished = c == established;
        boolean attached = detach(c);
        // A connection that ends while another one carries on says nothing about the peer's session.
        boolean aside = !wasEstablished && hasConnections();
        if (!e.quiet() && !aside) {
            status.lastError = e.notification() != null ? e.notification() : status.lastError;
            status.lastErrorText = e.describe();
            LOG.info("bgp.peer.down peer={} phase={} reason=\"{}\"", id, wasEstablished ? "Established" : "open",
                    e.describe());
        } else {
            LOG.debug("bgp.connection.ended peer={} connection={} reason=\"{}\"", id, c, e.describe());
        }
        EstablishedSession session = wasEstablished ? c.session() : null;
        boolean retain = false;
        if (session != null) {
            session.kill();
            long now = ctx.now();
            status.establishedChangeMillis = now;
            if (now - status.establishedAtMillis >= ctx.timing.stableAfter().toMillis()) {
                failures = 0;
            }
            retain = e.graceful() && gracefulRestart(c)
                    && session.peerGracefulRestart().map(g -> !g.families().isEmpty()).orElse(false);
        }
        if (attached && started && !hasConnections()) {
            restartAfter(e);
        }
        publish(); // the state listeners see the transition before the RIB withdraws
        if (session != null) {
            try {
                ctx.rib.down(session, retain);
            } catch (RuntimeException ex) {
                LOG.error("bgp.rib.failed peer={} call=down", id, ex);
            }
        }
    }

    /**
     * The last connection is gone: Idle, then start again after the (damped) Idle hold. When the
     * peer turned the connection down (6/5, or 6/7 for a collision it resolved), it is the peer
     * that is not ready or that keeps another connection, which may still be on its way: the peer
     * stays Active, accepting it, and only its own next attempt waits out the damped time. Idle
     * would refuse that connection, and two peers that refuse each other in turn stay apart.
     */
    private void restartAfter(Ending e) {
        if (e.failure()) {
            failures++;
        }
        cancel(connectRetryTimer);
        Duration hold = ctx.timing.idleHold(failures);
        if (hold.isZero()) {
            begin();
            return;
        }
        if (e.refusedByPeer()) {
            if (!config.passive()) {
                connectRetryTimer = ctx.loop.schedule(this::connectRetryExpired, hold);
            }
            return;
        }
        idleHold = true;
        cancel(idleHoldTimer);
        idleHoldTimer = ctx.loop.schedule(this::idleHoldExpired, hold);
    }

    private void idleHoldExpired() {
        idleHoldTimer = null;
        if (started && idleHold) {
            begin();
            publish();
        }
    }

    /** Both OPENs of {@code c} carried the graceful restart capability. */
    private static boolean gracefulRestart(Connection c) {
        return c.sentOpen() != null && c.receivedOpen() != null
                && c.sentOpen().hasCapability(BgpCapability.GRACEFUL_RESTART)
                && c.receivedOpen().hasCapability(BgpCapability.GRACEFUL_RESTART);
    }

    private boolean detach(Connection c) {
        if (c == outgoing) {
            outgoing = null;
        } else if (c == incoming) {
            incoming = null;
        } else if (c == established) {
            established = null;
        } else {
            return false;
        }
        return true;
    }

    private boolean hasConnections() {
        return outgoing != null || incoming != null || established != null;
    }

    FsmState state() {
        if (established != null) {
            return FsmState.ESTABLISHED;
        }
        FsmState best = null;
        for (Connection c : new Connection[] {outgoing, incoming}) {
            FsmState s = c == null ? null : switch (c.phase()) {
                case OPEN_CONFIRM -> FsmState.OPENCONFIRM;
                case OPEN_SENT -> FsmState.OPENSENT;
                default -> null;
            };
            if (s != null && (best == null || s.mibValue() > best.mibValue())) {
                best = s;
            }
        }
        if (best != null) {
            return best;
        }
        if (!started || idleHold) {
            return FsmState.IDLE;
        }
        return outgoing != null ? FsmState.CONNECT : FsmState.ACTIVE;
    }

    /** Publishes the status and tells the state listeners about a transition. */
    private void publish() {
        FsmState state = state();
        Connection current = established != null ? established
                : inOpenExchange(outgoing) ? outgoing : inOpenExchange(incoming) ? incoming : null;
        PeerStatus snapshot = status.snapshot(config, ctx.settings, state, current);
        ctx.board.publish(id, snapshot, counters);
        if (state != reported) {
            FsmState previous = reported;
            reported = state;
            LOG.info("bgp.peer.state peer={} from={} to={}", id, previous, state);
            ctx.board.transition(snapshot, previous);
        }
    }

    private void onLoop(Runnable task) {
        try {
            ctx.loop.execute(task);
        } catch (RejectedExecutionException e) {
            // the engine is shutting down; the transport closes the channel
        }
    }

    private static void cancel(ScheduledTask task) {
        if (task != null) {
            task.cancel();
        }
    }
}
