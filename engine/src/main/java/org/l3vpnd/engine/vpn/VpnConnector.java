package org.l3vpnd.engine.vpn;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.l3vpnd.engine.bgp.rib.BgpRib;
import org.l3vpnd.engine.bgp.rib.LocRibListener;
import org.l3vpnd.engine.bgp.rib.Path;
import org.l3vpnd.engine.bgp.rib.RouteKey;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.Setting;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.config.VrfRouteTarget;
import org.l3vpnd.engine.label.LabelManager;
import org.l3vpnd.engine.label.LabelPolicy;
import org.l3vpnd.engine.loop.EngineLoop;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.rib.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connector between the VRF tables and the VPN tables (BIRD's L3VPN protocol): VRF→VPN adds
 * the RD, the export route targets and a label ({@link VrfExport}); VPN→VRF passes the paths whose
 * route targets match a VRF's import set and strips the RD ({@link VpnImport}); the best path of a
 * VRF's BGP table goes into the VRF's RIB ({@link VrfInstaller}).
 *
 * <p>Reconfiguration is a diff per VRF of {@link VrfVpnConfig}: a changed RD withdraws the VRF's
 * exports and re-exports them under the new one; changed export targets re-export; changed import
 * targets refeed that VRF from the VPN tables; a changed router ID re-exports everything. Nothing
 * else is touched.
 *
 * <p>Threading: every method runs on the engine loop ({@link #start} and the configuration
 * listener hop onto it); the BGP RIB calls {@link #bestChanged} from inside its own changes.
 */
public final class VpnConnector implements LocRibListener, VrfRouteSource.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(VpnConnector.class);

    private final EngineLoop loop;
    private final ConfigService config;
    private final BgpRib rib;
    private final LabelManager labels;
    private final VrfRouteSource source;
    private final VpnImport imports;
    private final VrfInstaller installer;
    private final Map<String, VrfExport> exports = new HashMap<>();
    private final Map<String, LabelPolicy> policies = new HashMap<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private Map<String, VrfVpnConfig> applied = Map.of();
    private IpAddress routerId;

    /**
     * @param sink   the VRF RIBs imported routes go to ({@link VrfRouteSink#of} the VRF manager)
     * @param source the VRF routes to export ({@link VrfRibRouteSource} of the VRF manager)
     */
    public VpnConnector(EngineLoop loop, ConfigService config, BgpRib rib, LabelManager labels, VrfRouteSink sink,
                        VrfRouteSource source) {
        this.loop = Objects.requireNonNull(loop, "loop");
        this.config = Objects.requireNonNull(config, "config");
        this.rib = Objects.requireNonNull(rib, "rib");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.source = Objects.requireNonNull(source, "source");
        this.imports = new VpnImport(rib);
        this.installer = new VrfInstaller(Objects.requireNonNull(sink, "sink"), loop.clock(),
                () -> rib.settings().localAs());
    }

    /**
     * Follows the configuration from now on and applies the running one on the loop. The order of
     * the VRF manager's and this configuration listener does not matter: a VRF's routes may arrive
     * before its RD and are exported once it has one. Thread-safe.
     */
    public void start() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("VpnConnector already started");
        }
        // Only VRF rows, their route targets and the BGP settings (router ID) shape the VPN side.
        config.addListener(delta -> {
            if (delta.touches(Vrf.class) || delta.touches(VrfRouteTarget.class) || delta.touches(Setting.class)) {
                submit(this::applyConfig);
            }
        });
        submit(() -> {
            rib.addLocRibListener(this);
            applyConfig();
            source.start(this);
        });
    }

    /** How {@code vrf}'s routes get labels (default per VRF); re-exports the VRF. Engine loop only. */
    public void labelPolicy(String vrf, LabelPolicy policy) {
        loop.checkInLoop();
        policies.put(vrf, Objects.requireNonNull(policy, "policy"));
        export(vrf).policy(policy);
    }

    /** The label exported with {@code vrf}'s route for {@code prefix}, or -1. Engine loop only. */
    public int exportedLabel(String vrf, IpPrefix prefix) {
        VrfExport e = exports.get(vrf);
        return e == null ? -1 : e.labelOf(prefix);
    }

    // --- events ----------------------------------------------------------------------------------

    @Override
    public void bestChanged(String instance, AfiSafi family, RouteKey key, Path oldBest, Path newBest) {
        if (instance.isEmpty()) {
            if (family == AfiSafi.VPNV4 || family == AfiSafi.VPNV6) {
                imports.bestChanged(family, key, oldBest, newBest);
            }
            return;
        }
        IpPrefix prefix = key.prefix();
        installer.bestChanged(instance, prefix, oldBest, newBest);
        export(instance).ceBestChanged(prefix, newBest);
    }

    @Override
    public void routeAdded(String vrf, Route route) {
        export(vrf).ribRouteAdded(route);
    }

    @Override
    public void routeRemoved(String vrf, Route route) {
        export(vrf).ribRouteRemoved(route);
    }

    // --- configuration ---------------------------------------------------------------------------

    private void applyConfig() {
        Map<String, VrfVpnConfig> next = VrfVpnConfig.from(config.running());
        IpAddress id = rib.settings().routerId();
        boolean newRouterId = routerId != null && !routerId.equals(id);
        routerId = id;
        Set<String> names = new TreeSet<>(applied.keySet());
        names.addAll(next.keySet());
        for (String vrf : names) {
            VrfVpnConfig before = applied.getOrDefault(vrf, VrfVpnConfig.NONE);
            VrfVpnConfig after = next.getOrDefault(vrf, VrfVpnConfig.NONE);
            if (before.equals(after)) {
                if (newRouterId) {
                    export(vrf).refreshAll();
                }
                continue;
            }
            LOG.info("vpn.vrf.reconfigured vrf={} rd={} imports={} exports={}", vrf, after.rd(), after.imports(),
                    after.exports());
            imports.reconfigure(vrf, before.imports(), after.imports());
            export(vrf).configure(after);
        }
        applied = next;
    }

    private VrfExport export(String vrf) {
        return exports.computeIfAbsent(vrf, v -> {
            VrfExport e = new VrfExport(v, rib, labels);
            LabelPolicy p = policies.get(v);
            if (p != null) {
                e.policy(p);
            }
            return e;
        });
    }

    private void submit(Runnable task) {
        try {
            loop.execute(task);
        } catch (RejectedExecutionException e) {
            // The engine is shutting down.
        }
    }
}
