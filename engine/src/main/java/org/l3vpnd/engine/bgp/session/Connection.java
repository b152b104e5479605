package org.l3vpnd.engine.bgp.session;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.l3vpnd.engine.bgp.wire.BgpDecodeError;
import org.l3vpnd.engine.bgp.wire.BgpKeepalive;
import org.l3vpnd.engine.bgp.wire.BgpMessage;
import org.l3vpnd.engine.bgp.wire.BgpMessageDecoder;
import org.l3vpnd.engine.bgp.wire.BgpMessageEncoder;
import org.l3vpnd.engine.bgp.wire.BgpNotification;
import org.l3vpnd.engine.bgp.wire.BgpOpen;
import org.l3vpnd.engine.bgp.wire.BgpRouteRefresh;
import org.l3vpnd.engine.bgp.wire.InboundEvent;
import org.l3vpnd.engine.bgp.wire.NegotiatedCapabilities;
import org.l3vpnd.engine.bgp.wire.UpdateOutcome;
import org.l3vpnd.engine.net.AfiSafi;

/**
 * One TCP connection of a peer and its side of the RFC 4271 FSM from the OPEN exchange on:
 * OpenSent, OpenConfirm, Established. It checks that each message fits the phase (RFC 6608 FSM
 * error subcodes otherwise) and leaves peer-wide decisions (OPEN validation, collisions, what
 * happens after the end) to its {@link PeerFsm}. A connection ends exactly once.
 *
 * <p>Engine loop only.
 */
final class Connection {
    enum Phase { CONNECTING, OPEN_SENT, OPEN_CONFIRM, ESTABLISHED, CLOSED }

    private static final int FSM_UNEXPECTED_IN_OPENSENT = 1;
    private static final int FSM_UNEXPECTED_IN_OPENCONFIRM = 2;
    private static final int FSM_UNEXPECTED_IN_ESTABLISHED = 3;

    private final PeerFsm peer;
    private final boolean outgoing;
    private Channel channel;
    private Phase phase = Phase.CONNECTING;
    private BgpOpen sentOpen;
    private BgpOpen receivedOpen;
    private NegotiatedCapabilities capabilities;
    private int holdTime;
    private int keepalive;
    private EstablishedSession session;
    /** Was in the OPEN exchange when another connection of the peer became Established. */
    private boolean rival;

    Connection(PeerFsm peer, boolean outgoing) {
        this.peer = peer;
        this.outgoing = outgoing;
    }

    boolean outgoing() {
        return outgoing;
    }

    Phase phase() {
        return phase;
    }

    Channel channel() {
        return channel;
    }

    BgpOpen sentOpen() {
        return sentOpen;
    }

    BgpOpen receivedOpen() {
        return receivedOpen;
    }

    NegotiatedCapabilities capabilities() {
        return capabilities;
    }

    int holdTime() {
        return holdTime;
    }

    int keepalive() {
        return keepalive;
    }

    EstablishedSession session() {
        return session;
    }

    boolean rival() {
        return rival;
    }

    /** Another connection of the peer became Established while this one was in the OPEN exchange. */
    void rivalOfEstablished() {
        rival = true;
    }

    InetSocketAddress localSocket() {
        return channel == null ? null : (InetSocketAddress) channel.localAddress();
    }

    InetSocketAddress remoteSocket() {
        return channel == null ? null : (InetSocketAddress) channel.remoteAddress();
    }

    /** The channel of an outgoing attempt, known before it connects so that it can be aborted. */
    void connecting(Channel ch) {
        this.channel = ch;
    }

    /** The TCP connection is up (connected or accepted): send our OPEN and start reading. */
    void opened(Channel ch, BgpOpen open) {
        this.channel = ch;
        this.sentOpen = open;
        this.phase = Phase.OPEN_SENT;
        ch.writeAndFlush(open);
        ch.config().setAutoRead(true);
    }

    /** The peer's OPEN was accepted: install what was negotiated, answer with KEEPALIVE. */
    void confirm(BgpOpen open, NegotiatedCapabilities negotiated, int hold, int keepaliveSeconds) {
        this.receivedOpen = open;
        this.capabilities = negotiated;
        this.holdTime = hold;
        this.keepalive = keepaliveSeconds;
        phase = Phase.OPEN_CONFIRM;
        BgpMessageDecoder decoder = channel.pipeline().get(BgpMessageDecoder.class);
        BgpMessageEncoder encoder = channel.pipeline().get(BgpMessageEncoder.class);
        if (decoder == null || encoder == null) {
            return; // closed meanwhile, its pipeline gone: the end of the connection is on its way
        }
        // Installed before our KEEPALIVE leaves: the peer sends no UPDATE before it has that.
        decoder.capabilities(negotiated);
        encoder.capabilities(negotiated);
        SessionTimers.configure(channel, hold, keepaliveSeconds);
        channel.writeAndFlush(BgpKeepalive.INSTANCE);
    }

    void establish(EstablishedSession established) {
        this.session = established;
        this.phase = Phase.ESTABLISHED;
    }

    void onEvent(InboundEvent event) {
        if (phase == Phase.CLOSED) {
            return; // late events of a connection that has ended
        }
        if (phase != Phase.ESTABLISHED && !(event instanceof BgpNotification) && !channel.isActive()) {
            // Closed during the OPEN exchange, its end queued behind: an OPEN or KEEPALIVE read
            // before the close would only confirm a dead connection or take it to Established.
            return;
        }
        if (event instanceof BgpNotification n) {
            // The peer resolving a collision against a connection that never got Established is no error (6.8).
            finish(phase != Phase.ESTABLISHED && Ending.isCollision(n) ? Ending.collisionLost(n) : Ending.received(n));
        } else if (event instanceof BgpDecodeError e) {
            end(Ending.error(e.notification(), e.reason()));
        } else if (phase == Phase.OPEN_SENT) {
            onOpenSent(event);
        } else if (phase == Phase.OPEN_CONFIRM) {
            if (event instanceof BgpKeepalive) {
                peer.keepaliveInOpenConfirm(this);
            } else {
                fsmError(FSM_UNEXPECTED_IN_OPENCONFIRM, event);
            }
        } else if (phase == Phase.ESTABLISHED) {
            onEstablished(event);
        }
    }

    private void onOpenSent(InboundEvent event) {
        if (event instanceof BgpOpen open) {
            peer.openReceived(this, open);
        } else {
            fsmError(FSM_UNEXPECTED_IN_OPENSENT, event);
        }
    }

    private void onEstablished(InboundEvent event) {
        if (event instanceof UpdateOutcome.SessionReset reset) {
            end(Ending.error(reset.notification(), "UPDATE error: " + reset.errors()));
        } else if (event instanceof UpdateOutcome outcome) {
            peer.updateReceived(session, outcome);
        } else if (event instanceof BgpRouteRefresh rr) {
            AfiSafi family = AfiSafi.lookup(rr.afi(), rr.safi());
            // RFC 2918 section 4: a family that was not negotiated is ignored.
            if (family != null && capabilities.families().contains(family)) {
                peer.routeRefreshReceived(session, family, rr.subtype());
            }
        } else if (!(event instanceof BgpKeepalive)) {
            fsmError(FSM_UNEXPECTED_IN_ESTABLISHED, event);
        }
    }

    private void fsmError(int subcode, InboundEvent event) {
        // RFC 6608: the data is the type of the unexpected message.
        int type = event instanceof BgpMessage m ? m.type() : BgpMessage.TYPE_UPDATE;
        end(Ending.error(new BgpNotification(BgpNotification.FSM_ERROR, subcode, new byte[] {(byte) type}),
                "unexpected message type " + type + " in " + phase));
    }

    void onHoldTimerExpired() {
        // SessionTimers has already sent 4/0 and is closing the channel.
        finish(Ending.holdTimerExpired());
    }

    void onClosed() {
        finish(Ending.transportLost("connection closed by the peer"));
    }

    void onWritable() {
        if (session != null) {
            session.writable();
        }
    }

    /** Ends the connection: sends the ending's NOTIFICATION if it has one to send, then closes. */
    void end(Ending ending) {
        if (phase == Phase.CLOSED) {
            return;
        }
        if (phase == Phase.CONNECTING) {
            // Nothing was said on a connection that never opened; nothing to report either.
            close(channel, null);
            finish(Ending.abandoned());
            return;
        }
        if (channel != null) {
            close(channel, ending.sent() ? ending.notification() : null);
        }
        finish(ending);
    }

    private void finish(Ending ending) {
        if (phase == Phase.CLOSED) {
            return;
        }
        phase = Phase.CLOSED;
        if (channel != null && !ending.sent()) {
            channel.close();
        }
        peer.connectionEnded(this, ending);
    }

    /** For logs: direction, sockets and phase. */
    @Override
    public String toString() {
        InetSocketAddress local = localSocket();
        InetSocketAddress remote = remoteSocket();
        return (outgoing ? "outgoing " : "incoming ") + (local == null ? "?" : local.getPort()) + "->"
                + (remote == null ? "?" : remote.getPort()) + " " + phase;
    }

    /** Writes {@code last} (if any) and closes; a peer that does not read cannot hold the close up. */
    static void close(Channel ch, BgpNotification last) {
        if (last == null || !ch.isActive()) {
            ch.close();
            return;
        }
        ch.writeAndFlush(last).addListener(ChannelFutureListener.CLOSE);
        ch.eventLoop().schedule(() -> ch.close(), 2, TimeUnit.SECONDS);
    }
}
