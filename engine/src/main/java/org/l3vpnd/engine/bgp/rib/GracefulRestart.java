package org.l3vpnd.engine.bgp.rib;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.l3vpnd.engine.bgp.session.PeerSession;
import org.l3vpnd.engine.bgp.wire.BgpCapability;
import org.l3vpnd.engine.loop.EngineLoop;
import org.l3vpnd.engine.net.AfiSafi;

/**
 * The receiving speaker's part of graceful restart (RFC 4724 4.2) and of enhanced route refresh
 * (RFC 7313 4).
 *
 * <p>When a session goes down gracefully the peer's paths stay in use, flagged stale, for the
 * restart time the peer announced (or the configured default). When the peer is back, families
 * it no longer lists with forwarding state preserved are flushed at once; the others stay stale
 * until the peer's End-of-RIB for the family (then what it did not re-announce goes) or until the
 * stale-path timer. A re-announced path replaces its stale predecessor, so nothing fresh is ever
 * swept. BoRR/EoRR from the peer bracket the same mark-and-sweep for one family. Engine loop only.
 */
final class GracefulRestart {
    private final EngineLoop loop;
    private final Function<TableId, RibTable> tables;
    private final Supplier<BgpRibSettings> settings;

    GracefulRestart(EngineLoop loop, Function<TableId, RibTable> tables,
                    Supplier<BgpRibSettings> settings) {
        this.loop = loop;
        this.tables = tables;
        this.settings = settings;
    }

    /** The session went down with {@code retainRoutes}: mark and start the restart timer. */
    void sessionDown(RibPeer peer, PeerSession session) {
        for (AfiSafi family : AfiSafi.values()) {
            if (mark(peer, family) > 0) {
                peer.staleFamilies.add(family);
            }
        }
        if (peer.staleFamilies.isEmpty()) {
            return;
        }
        int seconds = session.peerGracefulRestart().map(BgpCapability.GracefulRestart::restartTimeSeconds)
                .orElse(settings.get().restartTimeSeconds());
        restartTimer(peer, seconds);
    }

    /** A new session of a peer that may have stale paths. */
    void sessionUp(RibPeer peer, PeerSession session) {
        if (peer.staleFamilies.isEmpty()) {
            return;
        }
        peer.cancelStaleTimer();
        Optional<BgpCapability.GracefulRestart> gr = session.peerGracefulRestart();
        for (AfiSafi family : Set.copyOf(peer.staleFamilies)) {
            boolean kept = session.capabilities().families().contains(family) && gr.isPresent()
                    && gr.get().families().stream().anyMatch(f -> f.afi() == family.afi() && f.safi() == family.safi()
                            && f.forwardingPreserved());
            if (!kept) {
                peer.staleFamilies.remove(family);
                sweep(peer, family);
            }
        }
        if (!peer.staleFamilies.isEmpty()) {
            restartTimer(peer, settings.get().stalePathTimeSeconds());
        }
    }

    void endOfRib(RibPeer peer, AfiSafi family) {
        if (peer.staleFamilies.remove(family)) {
            sweep(peer, family);
            if (peer.staleFamilies.isEmpty()) {
                peer.cancelStaleTimer();
            }
        }
    }

    /** BoRR: the peer is about to re-send {@code family}. */
    void refreshBegin(RibPeer peer, AfiSafi family) {
        mark(peer, family);
    }

    /** EoRR: what the peer did not re-send is gone. */
    void refreshEnd(RibPeer peer, AfiSafi family) {
        sweep(peer, family);
    }

    /** The peer's paths go for good (a non-graceful down): nothing is left to time. */
    void forget(RibPeer peer) {
        peer.staleFamilies.clear();
        peer.cancelStaleTimer();
    }

    private void restartTimer(RibPeer peer, int seconds) {
        peer.cancelStaleTimer();
        peer.staleTimer = loop.schedule(() -> expire(peer), Duration.ofSeconds(seconds));
    }

    private void expire(RibPeer peer) {
        peer.staleTimer = null;
        for (AfiSafi family : Set.copyOf(peer.staleFamilies)) {
            sweep(peer, family);
        }
        peer.staleFamilies.clear();
    }

    private int mark(RibPeer peer, AfiSafi family) {
        RibTable t = tables.apply(new TableId(peer.instance, family));
        if (t == null) {
            return 0;
        }
        int[] n = {0};
        t.forEachPath((k, p) -> {
            if (p.receivedFrom(peer.id)) {
                p.flag(Path.STALE, true);
                n[0]++;
            }
        });
        return n[0];
    }

    private void sweep(RibPeer peer, AfiSafi family) {
        RibTable t = tables.apply(new TableId(peer.instance, family));
        if (t != null) {
            t.removeIf(p -> p.receivedFrom(peer.id) && p.isStale());
        }
    }
}
