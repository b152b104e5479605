package org.l3vpnd.engine.bgp.rib;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.l3vpnd.engine.bgp.session.PeerSession;
import org.l3vpnd.engine.config.ItemKey;

/**
 * The RIB's peers: by the small id their paths carry, by configuration key (so a peer keeps its id
 * and its stale paths across sessions) and by current session (by identity, as the session layer
 * makes a new object per Established period). Ids are never reused, so a path's id always names
 * the peer it came from. Engine loop only.
 */
final class PeerDirectory {
    private final List<RibPeer> byId = new ArrayList<>();
    private final Map<ItemKey, RibPeer> byKey = new HashMap<>();
    private final Map<PeerSession, RibPeer> bySession = new IdentityHashMap<>();

    PeerDirectory(long localRouterId) {
        RibPeer local = new RibPeer(BgpRib.LOCAL_PEER, null);
        local.routerId = localRouterId;
        byId.add(local);
    }

    RibPeer local() {
        return byId.get(BgpRib.LOCAL_PEER);
    }

    RibPeer get(int id) {
        return byId.get(id);
    }

    /** How many ids were given out, the local pseudo-peer's included. */
    int size() {
        return byId.size();
    }

    /** The peer of {@code key}, or null if it never had a session. */
    RibPeer find(ItemKey key) {
        return byKey.get(key);
    }

    /** The peer of {@code key}, created with the next id on first use. */
    RibPeer forKey(ItemKey key) {
        RibPeer p = byKey.get(key);
        if (p == null) {
            if (byId.size() > 0xffff) {
                throw new IllegalStateException("more than 65535 BGP peers");
            }
            p = new RibPeer(byId.size(), key);
            byId.add(p);
            byKey.put(key, p);
        }
        return p;
    }

    void bind(PeerSession session, RibPeer peer) {
        bySession.put(session, peer);
    }

    /** The peer whose current session this is, or null (a session already down, or unknown). */
    RibPeer of(PeerSession session) {
        return bySession.get(session);
    }

    RibPeer unbind(PeerSession session) {
        return bySession.remove(session);
    }
}
