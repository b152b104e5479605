package org.l3vpnd.agent;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.l3vpnd.engine.bgp.rib.BgpRib;
import org.l3vpnd.engine.bgp.rib.FamilyRouteCounts;
import org.l3vpnd.engine.bgp.session.BgpSpeaker;
import org.l3vpnd.engine.bgp.session.FsmState;
import org.l3vpnd.engine.bgp.session.PeerStateListener;
import org.l3vpnd.engine.bgp.session.PeerStatus;
import org.l3vpnd.engine.bgp.wire.BgpCapability;
import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.snmp.bgp.BgpPeerStatus;
import org.l3vpnd.snmp.bgp.BgpStatusSource;

/**
 * The BGP speaker's peer view, with the RIB's route counts per family, in the shape the SNMP
 * module reads. Thread-safe, as both views are.
 */
final class BgpStatusAdapter implements BgpStatusSource {

    private static final FamilyRouteCounts NO_ROUTES = new FamilyRouteCounts(0, 0, 0, false);

    private final BgpSpeaker speaker;
    private final BgpRib rib;

    BgpStatusAdapter(BgpSpeaker speaker, BgpRib rib) {
        this.speaker = speaker;
        this.rib = rib;
    }

    @Override
    public Optional<BgpPeerStatus> peer(String vrf, IpAddress address) {
        return speaker.peer(vrf, address).map(s -> convert(s, rib.routeCounts(BgpPeer.keyOf(vrf, address))));
    }

    @Override
    public void addTransitionListener(TransitionListener listener) {
        speaker.addStateListener(new PeerStateListener() {
            @Override
            public void established(PeerStatus status) {
                listener.established(status.vrf(), status.remoteAddress(), convert(status, Map.of()));
            }

            @Override
            public void backwardTransition(PeerStatus status, FsmState previous) {
                listener.backwardTransition(status.vrf(), status.remoteAddress(), convert(status, Map.of()));
            }
        });
    }

    /** {@code counts} may be empty: the notifications carry no per-family objects. */
    static BgpPeerStatus convert(PeerStatus s, Map<AfiSafi, FamilyRouteCounts> counts) {
        Set<BgpPeerStatus.Capability> caps = EnumSet.noneOf(BgpPeerStatus.Capability.class);
        if (s.capabilities() != null) {
            if (s.capabilities().fourOctetAs()) {
                caps.add(BgpPeerStatus.Capability.FOUR_OCTET_AS);
            }
            if (s.peerAdvertised(BgpCapability.ROUTE_REFRESH)) {
                caps.add(BgpPeerStatus.Capability.ROUTE_REFRESH);
            }
            if (s.peerAdvertised(BgpCapability.GRACEFUL_RESTART)) {
                caps.add(BgpPeerStatus.Capability.GRACEFUL_RESTART);
            }
        }
        return new BgpPeerStatus(s.state().mibValue(), never(s.establishedChangeMillis()), s.establishedTransitions(),
                s.holdTime(), s.keepalive(), s.remoteRouterId(), s.families(), caps, s.lastErrorCode(),
                s.lastErrorSubcode(), s.lastErrorText(), s.inMessages(), s.outMessages(), s.inUpdates(),
                s.outUpdates(), never(s.lastUpdateInMillis()), BgpPeerStatus.NEVER, s.localAddress(), s.localPort(),
                s.remotePort(), families(s, counts));
    }

    private static Map<AfiSafi, BgpPeerStatus.FamilyStatus> families(PeerStatus s,
                                                                      Map<AfiSafi, FamilyRouteCounts> counts) {
        Map<AfiSafi, BgpPeerStatus.FamilyStatus> out = new EnumMap<>(AfiSafi.class);
        Set<AfiSafi> all = EnumSet.noneOf(AfiSafi.class);
        all.addAll(s.families());
        all.addAll(counts.keySet());
        for (AfiSafi family : all) {
            FamilyRouteCounts c = counts.getOrDefault(family, NO_ROUTES);
            out.put(family, new BgpPeerStatus.FamilyStatus(c.received(), c.accepted(), c.advertised(),
                    grState(s, family, c.stale())));
        }
        return out;
    }

    private static BgpPeerStatus.GrState grState(PeerStatus s, AfiSafi family, boolean stale) {
        if (stale) {
            return BgpPeerStatus.GrState.PEER_RESTARTING;
        }
        boolean weSent = s.sentCapabilities().stream().anyMatch(BgpCapability.GracefulRestart.class::isInstance);
        boolean peerListed = s.receivedCapabilities().stream().anyMatch(c -> c instanceof BgpCapability.GracefulRestart gr
                && gr.families().stream().anyMatch(f -> f.afi() == family.afi() && f.safi() == family.safi()));
        boolean both = s.established() && weSent && peerListed;
        return both ? BgpPeerStatus.GrState.NEGOTIATED : BgpPeerStatus.GrState.NOT_NEGOTIATED;
    }

    private static long never(long millis) {
        return millis < 0 ? BgpPeerStatus.NEVER : millis;
    }
}
