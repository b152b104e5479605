package org.l3vpnd.engine.bgp.session;

import io.netty.buffer.ByteBuf;
import java.util.Optional;
import org.l3vpnd.engine.bgp.wire.BgpCapability;
import org.l3vpnd.engine.bgp.wire.NegotiatedCapabilities;
import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;

/**
 * A session in Established state as the RIB sees it. One instance per Established period: after
 * {@link SessionListener#down} it is dead, {@link #send} refuses and releases, and a new session
 * of the same peer is a new instance (the RIB may use identity to tell them apart).
 *
 * <p>Engine loop only.
 */
public interface PeerSession {
    /** The peer's configuration as it was when the session came up. */
    BgpPeer config();

    NegotiatedCapabilities capabilities();

    IpAddress localAddress();

    IpAddress remoteAddress();

    /** The peer's real AS (from its 4-octet AS capability when present). */
    long remoteAs();

    /** The peer's BGP identifier, an unsigned 32-bit value in an int. */
    int remoteRouterId();

    /** iBGP: the peer is in our AS. */
    boolean internal();

    /**
     * Sends a packed UPDATE (from {@link org.l3vpnd.engine.bgp.wire.UpdatePacker}); the session
     * takes ownership of the buffer in every case. Returns false when the channel is not writable
     * now (or the session is gone): stop generating until {@link #onWritable} fires.
     */
    boolean send(ByteBuf message);

    /** Runs {@code task} once, on the engine loop, when the channel can take writes again. */
    void onWritable(Runnable task);

    /** Sends ROUTE-REFRESH (RFC 2918) for {@code family} if the peer supports it. */
    void requestRouteRefresh(AfiSafi family);

    /**
     * Sends a ROUTE-REFRESH carrying an RFC 7313 marker, {@code subtype} 1 (BoRR) before and 2
     * (EoRR) after re-advertising a family the peer asked for; only when
     * {@code capabilities().enhancedRouteRefresh()}, otherwise nothing is sent.
     */
    void sendRouteRefreshMarker(AfiSafi family, int subtype);

    /** Sends the End-of-RIB marker (RFC 4724 section 2) for {@code family}. */
    void sendEndOfRib(AfiSafi family);

    /**
     * The graceful restart capability the peer sent in this session's OPEN, if any: its restart
     * time, whether it restarted (R bit) and, per family, whether it kept forwarding state. The
     * RIB uses it to time stale routes after {@link SessionListener#down down(session, true)} and,
     * on the next session, to flush stale routes of families the peer no longer lists with F set.
     */
    Optional<BgpCapability.GracefulRestart> peerGracefulRestart();
}
