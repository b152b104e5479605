package org.l3vpnd.engine.vpn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.l3vpnd.engine.bgp.rib.BgpRib;
import org.l3vpnd.engine.bgp.rib.Path;
import org.l3vpnd.engine.bgp.rib.RouteKey;
import org.l3vpnd.engine.bgp.wire.AsPath;
import org.l3vpnd.engine.bgp.wire.MpNextHop;
import org.l3vpnd.engine.bgp.wire.Origin;
import org.l3vpnd.engine.bgp.wire.PathAttributes;
import org.l3vpnd.engine.bgp.wire.PathAttributesBuilder;
import org.l3vpnd.engine.label.Fec;
import org.l3vpnd.engine.label.LabelManager;
import org.l3vpnd.engine.label.LabelPolicy;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.ExtendedCommunity;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.net.RouteTarget;
import org.l3vpnd.engine.rib.Route;

/**
 * The VRF→VPN half of the connector for one VRF: which of its routes are exported, as which VPN
 * route, with which label.
 *
 * <p>Sources per prefix: the VRF's non-BGP RIB routes (from the {@link VrfRouteSource}) and the
 * best CE-learned path of its BGP table. One VPN route per prefix is exported, from the preferred
 * source (connected, then static, then other RIB routes, then the CE path), under the VRF's RD,
 * with its export route targets, a label for the source's FEC under the VRF's
 * {@link LabelPolicy}, and our router ID as next hop (the RIB applies next-hop-self per peer).
 * Imported paths are never sources: routes learned from the VPN do not go back into it.
 *
 * <p>Invariants: {@code exported} holds exactly what this VRF has originated into the BGP RIB, and
 * each entry holds one reference to its FEC's label; {@link #refresh} is idempotent, so any change
 * (a source, the RD, the route targets, the label policy) is handled by refreshing the prefixes it
 * touches. Engine loop only.
 */
final class VrfExport {
    /** One exported VPN route. */
    private record Exported(AfiSafi family, RouteKey key, Fec fec, int label, PathAttributes attrs,
                            IpAddress sourceNextHop) {
    }

    private final String vrf;
    private final BgpRib rib;
    private final LabelManager labels;
    private final TreeMap<IpPrefix, List<Route>> ribRoutes = new TreeMap<>();
    private final Map<IpPrefix, Path> ceBest = new HashMap<>();
    private final Map<IpPrefix, Exported> exported = new HashMap<>();
    private VrfVpnConfig config = VrfVpnConfig.NONE;
    private LabelPolicy policy = LabelPolicy.PER_VRF;

    VrfExport(String vrf, BgpRib rib, LabelManager labels) {
        this.vrf = vrf;
        this.rib = rib;
        this.labels = labels;
    }

    /** A new configuration; a changed RD withdraws everything under the old one first. */
    void configure(VrfVpnConfig next) {
        if (!Objects.equals(config.rd(), next.rd())) {
            withdrawAll();
        }
        config = next;
        refreshAll();
    }

    void policy(LabelPolicy next) {
        policy = Objects.requireNonNull(next, "policy");
        refreshAll();
    }

    LabelPolicy policy() {
        return policy;
    }

    /** The label of the exported route of {@code prefix}, or -1. */
    int labelOf(IpPrefix prefix) {
        Exported e = exported.get(prefix);
        return e == null ? -1 : e.label;
    }

    void ribRouteAdded(Route route) {
        List<Route> list = ribRoutes.computeIfAbsent(route.prefix(), p -> new ArrayList<>(1));
        list.removeIf(route::sameKey);
        list.add(route);
        refresh(route.prefix());
    }

    void ribRouteRemoved(Route route) {
        List<Route> list = ribRoutes.get(route.prefix());
        if (list != null) {
            list.removeIf(route::sameKey);
            if (list.isEmpty()) {
                ribRoutes.remove(route.prefix());
            }
        }
        refresh(route.prefix());
    }

    /** The best path of the VRF's BGP table changed; null or an imported path means no CE source. */
    void ceBestChanged(IpPrefix prefix, Path best) {
        if (best != null && !best.isImported() && !best.isLocal()) {
            ceBest.put(prefix, best);
        } else if (ceBest.remove(prefix) == null) {
            return;
        }
        refresh(prefix);
    }

    void refreshAll() {
        Set<IpPrefix> all = new TreeSet<>(ribRoutes.keySet());
        all.addAll(ceBest.keySet());
        all.addAll(exported.keySet());
        for (IpPrefix p : all) {
            refresh(p);
        }
    }

    void withdrawAll() {
        for (IpPrefix p : new ArrayList<>(exported.keySet())) {
            withdraw(p);
        }
    }

    /** Makes the exported route of {@code prefix} what its sources and the configuration say. */
    void refresh(IpPrefix prefix) {
        Route route = preferredRibRoute(prefix);
        Path ce = route == null ? ceBest.get(prefix) : null;
        if (!config.exporting() || (route == null && ce == null)) {
            withdraw(prefix);
            return;
        }
        AfiSafi family = prefix.isIpv6() ? AfiSafi.VPNV6 : AfiSafi.VPNV4;
        IpAddress nextHop = route != null ? route.nextHop() : ce.nextHop();
        Fec fec = policy.fec(vrf, prefix, nextHop);
        PathAttributes attrs = rib.interner().intern(route != null ? attributes(family) : attributes(family, ce));
        RouteKey key = RouteKey.of(config.rd(), prefix);
        Exported old = exported.get(prefix);
        if (old != null && old.key.equals(key) && old.fec.equals(fec) && old.attrs == attrs
                && Objects.equals(old.sourceNextHop, nextHop)) {
            return;
        }
        int label = old != null && old.fec.equals(fec) ? old.label : labels.acquire(fec);
        if (label < 0) {
            // Exhausted: not exported; the next refresh of this prefix tries again.
            withdraw(prefix);
            return;
        }
        if (old != null && !old.key.equals(key)) {
            rib.withdrawOriginated(old.family, old.key, vrf);
        }
        rib.originate(family, key, attrs, label, vrf, nextHop);
        if (old != null && !old.fec.equals(fec)) {
            labels.release(old.fec);
        }
        exported.put(prefix, new Exported(family, key, fec, label, attrs, nextHop));
    }

    private void withdraw(IpPrefix prefix) {
        Exported old = exported.remove(prefix);
        if (old != null) {
            rib.withdrawOriginated(old.family, old.key, vrf);
            labels.release(old.fec);
        }
    }

    /** Connected first, then static, then other protocols, as the VRF's own preference goes. */
    private Route preferredRibRoute(IpPrefix prefix) {
        List<Route> list = ribRoutes.get(prefix);
        Route best = null;
        if (list != null) {
            for (Route r : list) {
                if (best == null || Route.preferenceRank(r.protocol()) < Route.preferenceRank(best.protocol())) {
                    best = r;
                }
            }
        }
        return best;
    }

    /** A redistributed route: ORIGIN incomplete, empty AS_PATH. */
    private PathAttributes attributes(AfiSafi family) {
        PathAttributesBuilder b = new PathAttributesBuilder().origin(Origin.INCOMPLETE).asPath(AsPath.EMPTY)
                .localPref(100).extendedCommunities(routeTargets(List.of()));
        return selfNextHop(b, family).build();
    }

    /**
     * A CE route keeps what the CE said (AS_PATH, ORIGIN, MED, communities), as RFC 4364 PEs do;
     * its route targets are replaced by ours, reflection attributes dropped.
     */
    private PathAttributes attributes(AfiSafi family, Path ce) {
        PathAttributesBuilder b = ce.attrs().toBuilder().localPref(100).originatorId(null).clusterList()
                .extendedCommunities(routeTargets(ce.attrs().extendedCommunities()));
        return selfNextHop(b, family).build();
    }

    private List<ExtendedCommunity> routeTargets(List<ExtendedCommunity> keep) {
        List<ExtendedCommunity> out = new ArrayList<>();
        for (ExtendedCommunity c : keep) {
            if (!c.isRouteTarget()) {
                out.add(c);
            }
        }
        for (RouteTarget rt : config.exports()) {
            out.add(rt.toExtendedCommunity());
        }
        return out;
    }

    private PathAttributesBuilder selfNextHop(PathAttributesBuilder b, AfiSafi family) {
        IpAddress id = rib.settings().routerId();
        IpAddress nh = family.isIpv6() ? IpAddress.ipv4Mapped(id.ipv4()) : id;
        return b.nextHop(null).mpNextHop(MpNextHop.of(nh));
    }
}
