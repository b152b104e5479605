package org.l3vpnd.engine.bgp.rib;

import java.util.List;

import org.l3vpnd.engine.bgp.session.PeerSession;
import org.l3vpnd.engine.bgp.wire.AttributeInterner;
import org.l3vpnd.engine.bgp.wire.BgpUpdate;
import org.l3vpnd.engine.bgp.wire.Nlri;
import org.l3vpnd.engine.bgp.wire.PathAttributes;
import org.l3vpnd.engine.bgp.wire.UpdateOutcome;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;

/**
 * Applies one received UPDATE to the Adj-RIBs-In: announcements replace the peer's previous path,
 * withdrawals and RFC 7606 treat-as-withdraw remove it, End-of-RIB goes to graceful restart.
 *
 * <p>Loops are refused on receipt, as a withdrawal of whatever the peer had sent before: our AS in
 * the AS_PATH of a route from an external peer (RFC 4271 9.1.2), our router ID as ORIGINATOR_ID or
 * our cluster ID in the CLUSTER_LIST of a route from an internal peer (RFC 4456 8). Routes of
 * families the session did not negotiate, or that the peer's instance does not carry, are
 * ignored. Attribute sets are interned again here so that peers decoded by different interners
 * still share. Engine loop only.
 */
final class InboundUpdates {
    /** What this class needs of the RIB. */
    interface Target {
        RibTable table(String instance, AfiSafi family);

        BgpRibSettings settings();

        void endOfRib(RibPeer peer, AfiSafi family);
    }

    private final Target rib;
    private final AttributeInterner interner;

    InboundUpdates(Target rib, AttributeInterner interner) {
        this.rib = rib;
        this.interner = interner;
    }

    void apply(RibPeer peer, PeerSession session, UpdateOutcome outcome) {
        if (outcome instanceof UpdateOutcome.Ok ok) {
            apply(peer, session, ok.update());
        } else if (outcome instanceof UpdateOutcome.AttributeDiscard discard) {
            apply(peer, session, discard.update());
        } else if (outcome instanceof UpdateOutcome.TreatAsWithdraw taw) {
            withdrawPrefixes(peer, session, taw.withdrawn());
            for (BgpUpdate.MpUnreach mp : taw.mpWithdrawn()) {
                withdrawNlri(peer, session, mp.family(), mp.withdrawn());
            }
        }
        // SessionReset: the speaker resets the session and reports it down; nothing to apply.
    }

    private void apply(RibPeer peer, PeerSession session, BgpUpdate u) {
        if (u.isEndOfRib()) {
            rib.endOfRib(peer, u.mpUnreach() == null ? AfiSafi.IPV4_UNICAST : u.mpUnreach().family());
            return;
        }
        withdrawPrefixes(peer, session, u.withdrawn());
        if (u.mpUnreach() != null) {
            withdrawNlri(peer, session, u.mpUnreach().family(), u.mpUnreach().withdrawn());
        }
        if (u.nlri().isEmpty() && u.mpReach() == null) {
            return;
        }
        PathAttributes attrs = interner.intern(u.attributes());
        boolean looped = looped(peer, attrs);
        if (!u.nlri().isEmpty()) {
            RibTable table = tableFor(peer, session, AfiSafi.IPV4_UNICAST);
            for (IpPrefix p : u.nlri()) {
                announce(peer, table, RouteKey.of(p), attrs, Nlri.NO_LABEL, looped);
            }
        }
        if (u.mpReach() != null) {
            RibTable table = tableFor(peer, session, u.mpReach().family());
            for (Nlri n : u.mpReach().nlri()) {
                announce(peer, table, RouteKey.of(n), attrs, n.label(), looped);
            }
        }
    }

    /** {@code table} is null for a family the session or the instance does not carry. */
    private static void announce(RibPeer peer, RibTable table, RouteKey key, PathAttributes attrs, int label,
                                 boolean looped) {
        if (table == null) {
            return;
        }
        if (looped) {
            table.remove(key, peer.receivedPaths);
        } else {
            table.put(key, new Path(attrs, label, peer.id));
        }
    }

    /** The table is looked up once per list, not per prefix. */
    private void withdrawPrefixes(RibPeer peer, PeerSession session, List<IpPrefix> prefixes) {
        RibTable table = prefixes.isEmpty() ? null : tableFor(peer, session, AfiSafi.IPV4_UNICAST);
        if (table != null) {
            for (IpPrefix p : prefixes) {
                table.remove(RouteKey.of(p), peer.receivedPaths);
            }
        }
    }

    private void withdrawNlri(RibPeer peer, PeerSession session, AfiSafi family, List<? extends Nlri> nlri) {
        RibTable table = nlri.isEmpty() ? null : tableFor(peer, session, family);
        if (table != null) {
            for (Nlri n : nlri) {
                table.remove(RouteKey.of(n), peer.receivedPaths);
            }
        }
    }

    private RibTable tableFor(RibPeer peer, PeerSession session, AfiSafi family) {
        if (!session.capabilities().families().contains(family) || !TableId.allowed(peer.instance, family)) {
            return null;
        }
        return rib.table(peer.instance, family);
    }

    private boolean looped(RibPeer peer, PathAttributes attrs) {
        BgpRibSettings s = rib.settings();
        if (!peer.internal) {
            return attrs.asPath() != null && attrs.asPath().contains(s.localAs());
        }
        IpAddress originator = attrs.originatorId();
        if (originator != null && originator.equals(s.routerId())) {
            return true;
        }
        return attrs.clusterListContains(s.clusterIdValue());
    }
}
