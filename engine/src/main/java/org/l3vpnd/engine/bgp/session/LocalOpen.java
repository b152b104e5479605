package org.l3vpnd.engine.bgp.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.l3vpnd.engine.bgp.wire.BgpCapability;
import org.l3vpnd.engine.bgp.wire.BgpOpen;
import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.net.AfiSafi;

/**
 * Builds the OPEN we send a peer: version 4, our AS (AS_TRANS in the header when it needs four
 * octets), the hold time, our router ID, and the capabilities multiprotocol (one per configured
 * family, IPv4 unicast when none is), route refresh, enhanced route refresh, 4-octet AS and, when
 * enabled, graceful restart. Pure.
 */
final class LocalOpen {
    private LocalOpen() {
    }

    static BgpOpen build(SpeakerSettings settings, BgpPeer peer, RestartState restart) {
        Set<AfiSafi> families = families(peer);
        List<BgpCapability> caps = new ArrayList<>();
        for (AfiSafi f : AfiSafi.values()) {
            if (families.contains(f)) {
                caps.add(new BgpCapability.Multiprotocol(f.afi(), f.safi()));
            }
        }
        caps.add(new BgpCapability.RouteRefresh());
        caps.add(new BgpCapability.EnhancedRouteRefresh());
        caps.add(new BgpCapability.FourOctetAs(settings.localAs()));
        if (settings.gracefulRestart()) {
            caps.add(gracefulRestart(settings, families, restart));
        }
        return BgpOpen.of(settings.localAs(), settings.holdTimeFor(peer), settings.routerId(), caps);
    }

    /** The configured families; a peer configured with none speaks IPv4 unicast (RFC 4760 section 8). */
    static Set<AfiSafi> families(BgpPeer peer) {
        return peer.families().isEmpty() ? Set.of(AfiSafi.IPV4_UNICAST) : peer.families();
    }

    /**
     * Every family is listed: a PE's forwarding state lives in the kernel and survives the daemon.
     * The F bit tells whether it did survive, so it is set only during our own restart window.
     */
    private static BgpCapability.GracefulRestart gracefulRestart(SpeakerSettings settings, Set<AfiSafi> families,
                                                                 RestartState restart) {
        int familyFlags = restart.restarting() && restart.forwardingPreserved()
                ? BgpCapability.GracefulRestart.Family.FLAG_FORWARDING_PRESERVED : 0;
        List<BgpCapability.GracefulRestart.Family> list = new ArrayList<>();
        for (AfiSafi f : AfiSafi.values()) {
            if (families.contains(f)) {
                list.add(new BgpCapability.GracefulRestart.Family(f.afi(), f.safi(), familyFlags));
            }
        }
        int flags = restart.restarting() ? BgpCapability.GracefulRestart.FLAG_RESTARTING : 0;
        return new BgpCapability.GracefulRestart(flags, settings.restartTime(), list);
    }
}
