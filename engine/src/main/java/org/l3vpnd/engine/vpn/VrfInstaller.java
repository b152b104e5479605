package org.l3vpnd.engine.vpn;

import java.util.function.LongSupplier;

import org.l3vpnd.engine.bgp.rib.ImportedPath;
import org.l3vpnd.engine.bgp.rib.LocalPath;
import org.l3vpnd.engine.bgp.rib.Path;
import org.l3vpnd.engine.bgp.wire.AsPath;
import org.l3vpnd.engine.loop.EngineClock;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.rib.Route;

/**
 * Puts the best path of each VRF BGP table (an imported VPN path or a CE path) into the VRF's RIB
 * as a BGP route: protocol bgp(14), type remote(4), the BGP next hop, and as next-hop AS the first
 * AS of the AS_PATH (our own AS when the path is empty: the next hop is then a PE of ours). A
 * route leaked from another VRF of this PE takes that VRF route's next hop; one without (a
 * connected subnet) becomes type local(3). A route's next hop is part of its RIB key, so a new
 * next hop is a withdrawal of the old row and an offer of the new. Engine loop only.
 */
final class VrfInstaller {
    private final VrfRouteSink sink;
    private final EngineClock clock;
    private final LongSupplier localAs;

    VrfInstaller(VrfRouteSink sink, EngineClock clock, LongSupplier localAs) {
        this.sink = sink;
        this.clock = clock;
        this.localAs = localAs;
    }

    void bestChanged(String vrf, IpPrefix prefix, Path oldBest, Path newBest) {
        IpAddress oldHop = oldBest == null ? null : nextHop(oldBest);
        Route next = newBest == null ? null : toRoute(prefix, newBest);
        if (oldBest != null && (next == null || !java.util.Objects.equals(oldHop, next.nextHop()))) {
            sink.withdraw(vrf, Route.probe(prefix, null, oldHop), Route.PROTO_BGP);
        }
        if (next != null) {
            sink.offer(vrf, next);
        }
    }

    private Route toRoute(IpPrefix prefix, Path path) {
        IpAddress nh = nextHop(path);
        int type = nh == null ? Route.TYPE_LOCAL : Route.TYPE_REMOTE;
        return new Route(prefix, null, nh, Route.PROTO_BGP, type, 0, nextHopAs(path), null, null, clock.nowMillis());
    }

    static IpAddress nextHop(Path path) {
        if (path instanceof ImportedPath i && i.source() instanceof LocalPath local) {
            return local.sourceNextHop();
        }
        return path.nextHop();
    }

    private long nextHopAs(Path path) {
        AsPath asPath = path.attrs().asPath();
        if (asPath != null) {
            for (AsPath.Segment s : asPath.segments()) {
                if (!s.type().isConfederation()) {
                    return s.as(0);
                }
            }
        }
        return localAs.getAsLong();
    }
}
