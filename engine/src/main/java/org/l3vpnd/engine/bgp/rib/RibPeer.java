package org.l3vpnd.engine.bgp.rib;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.l3vpnd.engine.bgp.session.PeerSession;
import org.l3vpnd.engine.config.ItemKey;
import org.l3vpnd.engine.loop.ScheduledTask;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;

/**
 * What the RIB knows about one configured peer, across its sessions: the small id its paths carry,
 * the facts of the last session the decision process needs (kept while stale routes live on after
 * a graceful down), the current session's Adj-RIBs-Out and the graceful-restart timers.
 *
 * <p>Engine loop only. The local pseudo-peer (id 0) stands for routes this router originates.
 */
final class RibPeer {
    final int id;
    /** The configuration key (VRF, address); null for the local pseudo-peer. */
    final ItemKey key;
    String instance = "";
    boolean internal;
    boolean routeReflectorClient;
    long remoteAs;
    /** BGP identifier as an unsigned value. */
    long routerId;
    IpAddress address = IpAddress.ofIpv4(0);
    int mraiSeconds = -1;

    PeerSession session;
    final Map<AfiSafi, AdjRibOut> outs = new EnumMap<>(AfiSafi.class);

    /** Families whose routes from this peer are stale and waiting for End-of-RIB or a timer. */
    final Set<AfiSafi> staleFamilies = EnumSet.noneOf(AfiSafi.class);
    ScheduledTask staleTimer;

    /** Matches this peer's received paths; one instance, as withdrawals use it per prefix. */
    final Predicate<Path> receivedPaths;

    RibPeer(int id, ItemKey key) {
        this.id = id;
        this.key = key;
        this.receivedPaths = p -> p.receivedFrom(id);
    }

    boolean isLocal() {
        return id == BgpRib.LOCAL_PEER;
    }

    void cancelStaleTimer() {
        if (staleTimer != null) {
            staleTimer.cancel();
            staleTimer = null;
        }
    }

    @Override
    public String toString() {
        return isLocal() ? "local" : "peer[" + id + " " + (instance.isEmpty() ? "" : instance + "/") + address + "]";
    }
}
