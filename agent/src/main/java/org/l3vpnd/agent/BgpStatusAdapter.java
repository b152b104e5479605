package org.l3vpnd.agent;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.l3vpnd.engine.bgp.session.BgpSpeaker;
import org.l3vpnd.engine.bgp.session.FsmState;
import org.l3vpnd.engine.bgp.session.PeerStateListener;
import org.l3vpnd.engine.bgp.session.PeerStatus;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.snmp.bgp.BgpPeerStatus;
import org.l3vpnd.snmp.bgp.BgpStatusSource;

/**
 * The BGP speaker's peer view in the shape the SNMP module reads. Thread-safe, as the speaker's
 * view is. Per-family prefix counts are not reported by the speaker yet and read as absent.
 */
final class BgpStatusAdapter implements BgpStatusSource {

    private static final int CAP_ROUTE_REFRESH = 2;
    private static final int CAP_GRACEFUL_RESTART = 64;

    private final BgpSpeaker speaker;

    BgpStatusAdapter(BgpSpeaker speaker) {
        this.speaker = speaker;
    }

    @Override
    public Optional<BgpPeerStatus> peer(String vrf, IpAddress address) {
        return speaker.peer(vrf, address).map(BgpStatusAdapter::convert);
    }

    @Override
    public void addTransitionListener(TransitionListener listener) {
        speaker.addStateListener(new PeerStateListener() {
            @Override
            public void established(PeerStatus status) {
                listener.established(status.vrf(), status.remoteAddress(), convert(status));
            }

            @Override
            public void backwardTransition(PeerStatus status, FsmState previous) {
                listener.backwardTransition(status.vrf(), status.remoteAddress(), convert(status));
            }
        });
    }

    static BgpPeerStatus convert(PeerStatus s) {
        Set<BgpPeerStatus.Capability> caps = EnumSet.noneOf(BgpPeerStatus.Capability.class);
        if (s.capabilities() != null) {
            if (s.capabilities().fourOctetAs()) {
                caps.add(BgpPeerStatus.Capability.FOUR_OCTET_AS);
            }
            if (s.peerAdvertised(CAP_ROUTE_REFRESH)) {
                caps.add(BgpPeerStatus.Capability.ROUTE_REFRESH);
            }
            if (s.peerAdvertised(CAP_GRACEFUL_RESTART)) {
                caps.add(BgpPeerStatus.Capability.GRACEFUL_RESTART);
            }
        }
        return new BgpPeerStatus(s.state().mibValue(), never(s.establishedChangeMillis()), s.establishedTransitions(),
                s.holdTime(), s.keepalive(), s.remoteRouterId(), s.families(), caps, s.lastErrorCode(),
                s.lastErrorSubcode(), s.lastErrorText(), s.inMessages(), s.outMessages(), s.inUpdates(),
                s.outUpdates(), never(s.lastUpdateInMillis()), BgpPeerStatus.NEVER, s.localAddress(), s.localPort(),
                s.remotePort(), Map.of());
    }

    private static long never(long millis) {
        return millis < 0 ? BgpPeerStatus.NEVER : millis;
    }
}
