package org.l3vpnd.engine.bgp.rib;

import io.netty.buffer.ByteBufAllocator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;

import org.l3vpnd.engine.bgp.session.PeerSession;
import org.l3vpnd.engine.bgp.session.SessionListener;
import org.l3vpnd.engine.bgp.wire.AttributeInterner;
import org.l3vpnd.engine.bgp.wire.BgpRouteRefresh;
import org.l3vpnd.engine.bgp.wire.PathAttributes;
import org.l3vpnd.engine.bgp.wire.UpdateOutcome;
import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.ItemKey;
import org.l3vpnd.engine.loop.EngineLoop;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The BGP RIB: Adj-RIBs-In, Loc-RIB and Adj-RIBs-Out of every family, for the provider instance
 * ("", PE-PE and route-reflector sessions, every family) and for each VRF's CE sessions (IPv4 and
 * IPv6 unicast). It hears the session layer as its {@link SessionListener}, runs the decision
 * process per destination, generates updates per peer and family, and tells
 * {@link LocRibListener}s (the VPN connector) of best-path changes. The connector originates
 * local VPN paths and imports VPN paths into VRF tables through the methods below.
 *
 * <p>Engine loop only, every method; {@link #addLocRibListener} is thread-safe. Sessions are told
 * apart by identity, peers by their configuration key; each peer gets a small id that its paths
 * carry (at most 65535 distinct peers over the RIB's life).
 */
public final class BgpRib implements SessionListener {
    /** The peer id of paths this router originates. */
    public static final int LOCAL_PEER = 0;

    private static final Logger LOG = LoggerFactory.getLogger(BgpRib.class);

    private final EngineLoop loop;
    private final AttributeInterner interner;
    private final ByteBufAllocator alloc;
    private BgpRibSettings settings;
    private final DecisionProcess decision;
    private final ExportPolicy exportPolicy;
    private final InboundUpdates inbound;
    private final GracefulRestart restart;
    private final Map<TableId, RibTable> tables = new HashMap<>();
    private final PeerDirectory peers;
    private final List<LocRibListener> listeners = new CopyOnWriteArrayList<>();
    private final RouteCountBoard routeCounts;

    /**
     * @param interner share it with the session layer's decoders, so received and local attribute
     *                 sets are one pool
     * @param alloc    where UPDATE buffers come from (the sessions' channel allocator)
     */
    public BgpRib(EngineLoop loop, BgpRibSettings settings, NextHopResolver resolver, AttributeInterner interner,
                  ByteBufAllocator alloc) {
        this.loop = Objects.requireNonNull(loop, "loop");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.interner = Objects.requireNonNull(interner, "interner");
        this.alloc = Objects.requireNonNull(alloc, "alloc");
        this.peers = new PeerDirectory(settings.routerIdValue());
        this.decision = new DecisionProcess(peers::get, this::settings, Objects.requireNonNull(resolver, "resolver"));
        this.exportPolicy = new ExportPolicy(interner);
        this.restart = new GracefulRestart(loop, tables::get, this::settings);
        this.routeCounts = new RouteCountBoard(loop, this::countRoutes);
        this.inbound = new InboundUpdates(new InboundUpdates.Target() {
            @Override
            public RibTable table(String instance, AfiSafi family) {
                return BgpRib.this.table(instance, family);
            }

            @Override
            public BgpRibSettings settings() {
                return settings;
            }

            @Override
            public void endOfRib(RibPeer peer, AfiSafi family) {
                restart.endOfRib(peer, family);
            }
        }, interner);
    }

    /** With the always-reachable resolver and the default allocator. */
    public BgpRib(EngineLoop loop, BgpRibSettings settings) {
        this(loop, settings, NextHopResolver.ALWAYS_REACHABLE, new AttributeInterner(), ByteBufAllocator.DEFAULT);
    }

    // --- configuration and hooks -----------------------------------------------------------

    public BgpRibSettings settings() {
        return settings;
    }

    /**
     * New global settings. The decision process and the loop checks use them at once; what was
     * already advertised is not re-sent (a changed AS or router ID resets the sessions anyway).
     */
    public void settings(BgpRibSettings next) {
        loop.checkInLoop();
        this.settings = Objects.requireNonNull(next, "settings");
        peers.local().routerId = next.routerIdValue();
    }

    /**
     * Keeps {@link #settings()} equal to the BGP_* settings of {@code config}: applies them now and
     * after every commit, on the loop. Register before the VPN connector starts, so that the
     * connector sees a new router ID when it handles the same commit. Thread-safe.
     */
    public void followSettings(ConfigService config) {
        config.addListener(delta -> submit(() -> applySettings(config)));
        submit(() -> applySettings(config));
    }

    private void applySettings(ConfigService config) {
        BgpRibSettings next = BgpRibSettings.from(config.running());
        if (!next.equals(settings)) {
            LOG.info("bgp.rib.settings localAs={} routerId={} clusterId={}", next.localAs(), next.routerId(),
                    next.clusterId());
            settings(next);
        }
    }

    private void submit(Runnable task) {
        try {
            loop.execute(task);
        } catch (RejectedExecutionException e) {
            // The engine is shutting down.
        }
    }

    public void resolver(NextHopResolver resolver) {
        loop.checkInLoop();
        decision.resolver(Objects.requireNonNull(resolver, "resolver"));
        nextHopsChanged();
    }

    /** The resolver's answers changed: every destination is decided again. */
    public void nextHopsChanged() {
        loop.checkInLoop();
        for (RibTable t : List.copyOf(tables.values())) {
            t.reselectAll();
        }
    }

    public void addLocRibListener(LocRibListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public AttributeInterner interner() {
        return interner;
    }

    // --- SessionListener ----------------------------------------------------------------------

    @Override
    public void established(PeerSession session) {
        loop.checkInLoop();
        BgpPeer config = session.config();
        RibPeer peer = peers.forKey(config.key());
        if (peer.session != null) {
            down(peer.session, false);
        }
        peer.session = session;
        peer.instance = config.vrf();
        peer.internal = session.internal();
        peer.routeReflectorClient = config.routeReflectorClient();
        peer.remoteAs = session.remoteAs();
        peer.routerId = session.remoteRouterId() & 0xffffffffL;
        peer.address = session.remoteAddress();
        peer.mraiSeconds = config.mrai();
        peers.bind(session, peer);
        restart.sessionUp(peer, session);
        Set<AfiSafi> families = EnumSet.noneOf(AfiSafi.class);
        families.addAll(session.capabilities().families());
        for (AfiSafi family : families) {
            if (TableId.allowed(peer.instance, family)) {
                RibTable table = table(peer.instance, family);
                AdjRibOut out = new AdjRibOut(loop, table, peer, session, this::export, alloc, mraiMillis(peer));
                table.outs.add(out);
                peer.outs.put(family, out);
                out.start();
            }
        }
        LOG.info("bgp.rib.peer.up peer={} id={} internal={} families={}", peer.address, peer.id, peer.internal,
                peer.outs.keySet());
    }

    @Override
    public void update(PeerSession session, UpdateOutcome outcome) {
        loop.checkInLoop();
        RibPeer peer = peers.of(session);
        if (peer != null) {
            inbound.apply(peer, session, outcome);
        }
    }

    @Override
    public void routeRefreshRequested(PeerSession session, AfiSafi family, int subtype) {
        loop.checkInLoop();
        RibPeer peer = peers.of(session);
        if (peer == null) {
            return;
        }
        switch (subtype) {
            case BgpRouteRefresh.NORMAL -> {
                AdjRibOut out = peer.outs.get(family);
                if (out != null) {
                    out.refresh(session.capabilities().enhancedRouteRefresh());
                }
            }
            case BgpRouteRefresh.BEGIN_OF_ROUTE_REFRESH -> restart.refreshBegin(peer, family);
            case BgpRouteRefresh.END_OF_ROUTE_REFRESH -> restart.refreshEnd(peer, family);
            default -> LOG.debug("bgp.rib.refresh.ignored peer={} subtype={}", peer.address, subtype);
        }
    }

    @Override
    public void down(PeerSession session, boolean retainRoutes) {
        loop.checkInLoop();
        RibPeer peer = peers.unbind(session);
        if (peer == null) {
            return;
        }
        for (AdjRibOut out : peer.outs.values()) {
            out.close();
            table(peer.instance, out.family()).outs.remove(out);
        }
        peer.outs.clear();
        peer.session = null;
        if (retainRoutes) {
            restart.sessionDown(peer, session);
        } else {
            restart.forget(peer);
            int removed = 0;
            for (RibTable t : tablesOf(peer.instance)) {
                removed += t.removeIf(peer.receivedPaths);
            }
            LOG.info("bgp.rib.peer.down peer={} id={} removedPaths={}", peer.address, peer.id, removed);
        }
    }

    // --- the VPN connector's side ---------------------------------------------------------------

    /**
     * Originates (or replaces) the local path of {@code originVrf} for {@code key} in the provider
     * table of {@code family}. {@code sourceNextHop} is the VRF route's own next hop, used when
     * another VRF of this PE imports the path.
     */
    public void originate(AfiSafi family, RouteKey key, PathAttributes attrs, int label, String originVrf,
                          IpAddress sourceNextHop) {
        loop.checkInLoop();
        table("", family).put(key, new LocalPath(interner.intern(attrs), label, originVrf, sourceNextHop));
    }

    /** Withdraws what {@link #originate} put there for {@code originVrf}. */
    public void withdrawOriginated(AfiSafi family, RouteKey key, String originVrf) {
        loop.checkInLoop();
        RibTable t = tables.get(new TableId("", family));
        if (t != null) {
            t.remove(key, p -> p instanceof LocalPath l && l.originVrf().equals(originVrf));
        }
    }

    /** Copies {@code source}, the best path of the VPN route with RD {@code sourceRd}, into a VRF table. */
    public void importPath(String vrf, AfiSafi family, RouteKey key, long sourceRd, Path source) {
        loop.checkInLoop();
        requireVrfFamily(vrf, family);
        table(vrf, family).put(key, new ImportedPath(source, sourceRd));
    }

    /** Removes the copy of the VPN route with RD {@code sourceRd} from a VRF table. */
    public void removeImport(String vrf, AfiSafi family, RouteKey key, long sourceRd) {
        loop.checkInLoop();
        RibTable t = tables.get(new TableId(vrf, family));
        if (t != null) {
            t.remove(key, p -> p instanceof ImportedPath i && i.sourceRd() == sourceRd);
        }
    }

    // --- reads -----------------------------------------------------------------------------------

    /** The best path of {@code key}, or null. */
    public Path best(String instance, AfiSafi family, RouteKey key) {
        loop.checkInLoop();
        RibTable t = tables.get(new TableId(instance, family));
        return t == null ? null : t.best(key);
    }

    /** All paths of {@code key}, best first. */
    public List<Path> paths(String instance, AfiSafi family, RouteKey key) {
        loop.checkInLoop();
        RibTable t = tables.get(new TableId(instance, family));
        return t == null ? List.of() : t.paths(key);
    }

    /** Visits each destination with a best path; the action must not change that table. */
    public void forEachBest(String instance, AfiSafi family, BiConsumer<RouteKey, Path> action) {
        loop.checkInLoop();
        RibTable t = tables.get(new TableId(instance, family));
        if (t != null) {
            t.forEachBest(action);
        }
    }

    public int destinationCount(String instance, AfiSafi family) {
        loop.checkInLoop();
        RibTable t = tables.get(new TableId(instance, family));
        return t == null ? 0 : t.destinations();
    }

    /** Paths received from {@code peer} (its Adj-RIB-In) in {@code family}; walks the table. */
    public int adjRibInCount(ItemKey peer, AfiSafi family) {
        loop.checkInLoop();
        RibPeer p = peers.find(peer);
        RibTable t = p == null ? null : tables.get(new TableId(p.instance, family));
        if (t == null) {
            return 0;
        }
        int[] n = {0};
        t.forEachPath((k, path) -> {
            if (path.receivedFrom(p.id)) {
                n[0]++;
            }
        });
        return n[0];
    }

    /** Routes currently advertised to {@code peer} in {@code family}. */
    public int adjRibOutCount(ItemKey peer, AfiSafi family) {
        loop.checkInLoop();
        RibPeer p = peers.find(peer);
        AdjRibOut out = p == null ? null : p.outs.get(family);
        return out == null ? 0 : out.advertisedCount();
    }

    /**
     * The route counts of {@code peer} per family, at most about a second old; empty for a peer
     * that never had a session. Thread-safe: management reads it from its own threads.
     */
    public Map<AfiSafi, FamilyRouteCounts> routeCounts(ItemKey peer) {
        return routeCounts.get(peer);
    }

    /** One walk over every path, bucketed by peer id. */
    private Map<ItemKey, Map<AfiSafi, FamilyRouteCounts>> countRoutes() {
        Map<ItemKey, Map<AfiSafi, FamilyRouteCounts>> out = new HashMap<>();
        int n = peers.size();
        for (RibTable t : tables.values()) {
            int[] received = new int[n];
            int[] accepted = new int[n];
            t.forEachPath((k, path) -> {
                if (!path.isLocal() && !path.isImported()) {
                    received[path.peerId()]++;
                    if (decision.eligible(t.family, path)) {
                        accepted[path.peerId()]++;
                    }
                }
            });
            for (int id = 1; id < n; id++) {
                RibPeer peer = peers.get(id);
                if (!peer.instance.equals(t.instance)) {
                    continue;
                }
                AdjRibOut adjOut = peer.outs.get(t.family);
                boolean stale = peer.staleFamilies.contains(t.family);
                if (received[id] > 0 || adjOut != null || stale) {
                    out.computeIfAbsent(peer.key, key -> new EnumMap<>(AfiSafi.class)).put(t.family,
                            new FamilyRouteCounts(received[id], accepted[id],
                                    adjOut == null ? 0 : adjOut.advertisedCount(), stale));
                }
            }
        }
        out.replaceAll((key, families) -> Map.copyOf(families));
        return out;
    }

    // --- internals ------------------------------------------------------------------------------

    RibTable table(String instance, AfiSafi family) {
        return tables.computeIfAbsent(new TableId(instance, family),
                id -> new RibTable(id.instance(), id.family(), decision, this::bestChanged));
    }

    private List<RibTable> tablesOf(String instance) {
        List<RibTable> out = new ArrayList<>();
        for (RibTable t : tables.values()) {
            if (t.instance.equals(instance)) {
                out.add(t);
            }
        }
        return out;
    }

    private long mraiMillis(RibPeer peer) {
        int seconds = peer.mraiSeconds >= 0 ? peer.mraiSeconds
                : peer.internal ? settings.ibgpMraiSeconds() : settings.ebgpMraiSeconds();
        return seconds * 1000L;
    }

    private PathAttributes export(AfiSafi family, Path best, RibPeer target, PeerSession session) {
        return exportPolicy.export(family, best, peers.get(best.peerId()), target, session.localAddress(),
                decision.localPref(best), settings);
    }

    /** Adj-RIBs-Out first (they only mark), then the listeners, which may change other tables. */
    private void bestChanged(RibTable table, RouteKey key, Path oldBest, Path newBest) {
        List<AdjRibOut> outs = table.outs;
        for (int i = 0; i < outs.size(); i++) {
            outs.get(i).mark(key);
        }
        for (LocRibListener l : listeners) {
            l.bestChanged(table.instance, table.family, key, oldBest, newBest);
        }
    }

    private static void requireVrfFamily(String vrf, AfiSafi family) {
        if (vrf.isEmpty() || (family != AfiSafi.IPV4_UNICAST && family != AfiSafi.IPV6_UNICAST)) {
            throw new IllegalArgumentException("imports go into a VRF's IPv4 or IPv6 unicast table, not "
                    + (vrf.isEmpty() ? "the provider " : "") + family);
        }
    }
}
