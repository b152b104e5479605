package org.l3vpnd.engine.vpn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.l3vpnd.engine.bgp.rib.BgpRib;
import org.l3vpnd.engine.bgp.rib.LocalPath;
import org.l3vpnd.engine.bgp.rib.Path;
import org.l3vpnd.engine.bgp.rib.RouteKey;
import org.l3vpnd.engine.bgp.wire.PathAttributes;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.ExtendedCommunity;
import org.l3vpnd.engine.net.RouteTarget;

/**
 * The VPN→VRF half of the connector: each best VPN path whose route targets meet a VRF's import
 * set is copied, RD stripped, into that VRF's BGP table, where it competes with CE paths and with
 * copies of the same prefix under other RDs. A path this PE originated from a VRF is not imported
 * back into that VRF, but does go to every other VRF that imports one of its targets (leaking
 * between VRFs of one PE).
 *
 * <p>Nothing is stored per route: which VRFs a path is in follows from its route targets and the
 * current import sets, so a best-path change is handled by comparing the VRF sets of the old and
 * new path, and an import-set change by walking the VPN tables once for that VRF. Engine loop only.
 */
final class VpnImport {
    private static final AfiSafi[] VPN_FAMILIES = {AfiSafi.VPNV4, AfiSafi.VPNV6};

    private final BgpRib rib;
    /** Import route target → the VRFs importing it. */
    private final Map<RouteTarget, Set<String>> vrfsByTarget = new HashMap<>();
    private PathAttributes lastAttrs;
    private Set<String> lastVrfs = Collections.emptySet();

    VpnImport(BgpRib rib) {
        this.rib = rib;
    }

    static AfiSafi vrfFamily(AfiSafi vpnFamily) {
        return vpnFamily.isIpv6() ? AfiSafi.IPV6_UNICAST : AfiSafi.IPV4_UNICAST;
    }

    /** A VPN table's best path for {@code key} changed. */
    void bestChanged(AfiSafi family, RouteKey key, Path oldBest, Path newBest) {
        if (vrfsByTarget.isEmpty()) {
            return; // no VRF imports anything: a pure route reflector
        }
        Set<String> before = oldBest == null ? Set.of() : vrfsFor(oldBest);
        Set<String> after = newBest == null ? Set.of() : vrfsFor(newBest);
        RouteKey vrfKey = RouteKey.of(key.prefix());
        for (String vrf : before) {
            if (!after.contains(vrf)) {
                rib.removeImport(vrf, vrfFamily(family), vrfKey, key.rdValue());
            }
        }
        for (String vrf : after) {
            rib.importPath(vrf, vrfFamily(family), vrfKey, key.rdValue(), newBest);
        }
    }

    /** {@code vrf} now imports {@code next} instead of {@code previous}: refeed that VRF only. */
    void reconfigure(String vrf, Set<RouteTarget> previous, Set<RouteTarget> next) {
        if (previous.equals(next)) {
            return;
        }
        lastAttrs = null;
        lastVrfs = Collections.emptySet();
        for (RouteTarget rt : previous) {
            Set<String> vrfs = vrfsByTarget.get(rt);
            if (vrfs != null && vrfs.remove(vrf) && vrfs.isEmpty()) {
                vrfsByTarget.remove(rt);
            }
        }
        for (RouteTarget rt : next) {
            vrfsByTarget.computeIfAbsent(rt, k -> new TreeSet<>()).add(vrf);
        }
        for (AfiSafi family : VPN_FAMILIES) {
            // Collect first: importing changes the VRF tables and their listeners, not this walk's table,
            // but a walk must never depend on what its callbacks do.
            List<RouteKey> add = new ArrayList<>();
            List<Path> addPaths = new ArrayList<>();
            List<RouteKey> remove = new ArrayList<>();
            rib.forEachBest("", family, (key, best) -> {
                boolean was = imports(best, vrf, previous);
                boolean is = imports(best, vrf, next);
                if (is) {
                    add.add(key);
                    addPaths.add(best);
                } else if (was) {
                    remove.add(key);
                }
            });
            for (RouteKey key : remove) {
                rib.removeImport(vrf, vrfFamily(family), RouteKey.of(key.prefix()), key.rdValue());
            }
            for (int i = 0; i < add.size(); i++) {
                RouteKey key = add.get(i);
                rib.importPath(vrf, vrfFamily(family), RouteKey.of(key.prefix()), key.rdValue(), addPaths.get(i));
            }
        }
    }

    /** The VRFs whose import sets meet the path's route targets, minus the VRF that originated it. */
    private Set<String> vrfsFor(Path path) {
        Set<String> byTargets = vrfsForTargets(path.attrs());
        if (path instanceof LocalPath local && byTargets.contains(local.originVrf())) {
            Set<String> out = new TreeSet<>(byTargets);
            out.remove(local.originVrf());
            return out;
        }
        return byTargets;
    }

    /**
     * The VRFs importing any of the route targets in {@code attrs}. Paths arrive in runs that share
     * their interned attributes, so the last answer is kept until the import sets change.
     */
    private Set<String> vrfsForTargets(PathAttributes attrs) {
        if (attrs == lastAttrs) {
            return lastVrfs;
        }
        Set<String> out = null;
        for (ExtendedCommunity c : attrs.extendedCommunities()) {
            if (!c.isRouteTarget()) {
                continue;
            }
            Set<String> vrfs = vrfsByTarget.get(RouteTarget.of(c));
            if (vrfs != null) {
                if (out == null) {
                    out = new TreeSet<>();
                }
                out.addAll(vrfs);
            }
        }
        lastAttrs = attrs;
        lastVrfs = out == null ? Collections.emptySet() : Collections.unmodifiableSet(out);
        return lastVrfs;
    }

    private static boolean imports(Path path, String vrf, Set<RouteTarget> targets) {
        if (targets.isEmpty() || (path instanceof LocalPath local && local.originVrf().equals(vrf))) {
            return false;
        }
        for (ExtendedCommunity c : path.attrs().extendedCommunities()) {
            if (c.isRouteTarget() && targets.contains(RouteTarget.of(c))) {
                return true;
            }
        }
        return false;
    }
}
