package org.l3vpnd.engine.bgp.session;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.l3vpnd.engine.bgp.wire.AsPath;
import org.l3vpnd.engine.bgp.wire.BgpUpdate;
import org.l3vpnd.engine.bgp.wire.MpNextHop;
import org.l3vpnd.engine.bgp.wire.Nlri;
import org.l3vpnd.engine.bgp.wire.Origin;
import org.l3vpnd.engine.bgp.wire.PathAttributes;
import org.l3vpnd.engine.bgp.wire.PathAttributesBuilder;
import org.l3vpnd.engine.bgp.wire.UpdatePacker;
import org.l3vpnd.engine.bgp.wire.UpdateOutcome;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.net.RouteDistinguisher;

/** Checks shared by the daemon interop tests. */
final class InteropSupport {
    private InteropSupport() {
    }

    /**
     * Sends one VPNv4 route (RD 65000:1, 10.1.0.0/16, label 100) and the End-of-RIB of every
     * negotiated family, as the RIB does after its initial update. The next hop is a documentation
     * address: FRR treats 127/8 next hops as martian.
     */
    static void announceVpnv4Route(PeerSession session) {
        PathAttributes attrs = new PathAttributesBuilder().origin(Origin.IGP)
                .asPath(session.internal() ? AsPath.EMPTY : AsPath.sequence(65000)).localPref(100)
                .mpNextHop(MpNextHop.of(IpAddress.parse("192.0.2.1"))).build();
        List<Nlri> routes = List.of(new Nlri.Vpn(RouteDistinguisher.ofAs2(65000, 1), IpPrefix.parse("10.1.0.0/16"), 100));
        for (ByteBuf m : new UpdatePacker(session.capabilities(), ByteBufAllocator.DEFAULT)
                .announce(AfiSafi.VPNV4, attrs, routes)) {
            session.send(m);
        }
        session.capabilities().families().forEach(session::sendEndOfRib);
    }

    /** The families for which the RIB has received an End-of-RIB marker. */
    static Set<AfiSafi> endOfRibFamilies(RecordingRib rib) {
        Set<AfiSafi> out = EnumSet.noneOf(AfiSafi.class);
        for (RecordingRib.Update u : rib.all(RecordingRib.Update.class)) {
            if (u.outcome() instanceof UpdateOutcome.Ok ok && ok.update().isEndOfRib()) {
                BgpUpdate update = ok.update();
                out.add(update.mpUnreach() == null ? AfiSafi.IPV4_UNICAST : update.mpUnreach().family());
            }
        }
        return out;
    }
}
