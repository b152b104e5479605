package org.l3vpnd.engine.vrf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.l3vpnd.engine.config.ConfigChange;
import org.l3vpnd.engine.config.ConfigDelta;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.SettingNames;
import org.l3vpnd.engine.config.StaticRoute;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.config.VrfInterface;
import org.l3vpnd.engine.loop.EngineLoop;
import org.l3vpnd.engine.rib.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the live state of every configured VRF: interface bindings, oper status, connected and
 * static routes, the per-VRF RIB and its counters, and the events behind the MPLS-L3VPN-STD-MIB
 * notifications.
 *
 * <p>Threading: state is touched on the {@link EngineLoop} only. Configuration commits and
 * interface changes arrive on other threads and hop onto the loop; management threads read
 * through the {@link VrfView} this class implements, which is lock-free. Methods marked "engine
 * loop only" fail fast elsewhere.
 *
 * <p>Reconfiguration is a diff: each commit's changes are applied item by item, so a route-target
 * or description change does not touch the RIB. The manager always converges on the newest
 * running configuration, whatever order the loop sees commits and its own start in.
 */
public final class VrfManager implements VrfView {

    private static final Logger LOG = LoggerFactory.getLogger(VrfManager.class);

    private final EngineLoop loop;
    private final ConfigService config;
    private final InterfaceStatusSource interfaces;
    private final EventFanout events = new EventFanout();
    private final List<VrfRouteListener> routeListeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean started = new AtomicBoolean();

    // Engine loop only.
    private RunningConfig applied = RunningConfig.EMPTY;
    private boolean synced;
    private final TreeMap<String, VrfState> states = new TreeMap<>();
    private final Map<Integer, TreeSet<String>> vrfsByInterface = new HashMap<>();
    private long thresholdIntervalMillis;
    private long illegalLabelThreshold = -1;

    // Published for readers.
    private volatile NavigableMap<String, VrfStatus> published = Collections.emptyNavigableMap();
    private volatile int activeVrfs;
    private volatile int connectedInterfaces;

    /**
     * @param loop       the engine loop that will own the state
     * @param config     the configuration to follow from {@link #start()} on
     * @param interfaces operational state and addresses of host interfaces
     */
    public VrfManager(EngineLoop loop, ConfigService config, InterfaceStatusSource interfaces) {
        this.loop = Objects.requireNonNull(loop, "loop");
        this.config = Objects.requireNonNull(config, "config");
        this.interfaces = Objects.requireNonNull(interfaces, "interfaces");
    }

    /**
     * Registers with the configuration service and the interface source and applies the running
     * configuration on the loop. Call once, after adding event listeners that must hear the
     * initial vrfUp events. Thread-safe; returns without waiting.
     */
    public void start() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("VrfManager already started");
        }
        interfaces.addListener(ifIndex -> submit(() -> interfaceChanged(ifIndex)));
        config.addListener(delta -> submit(() -> applyDelta(delta)));
        submit(this::syncToLatest);
    }

    /** Thread-safe; the listener is called on the loop from the next event on. */
    public void addEventListener(VrfEventListener listener) {
        events.add(listener);
    }

    /**
     * Thread-safe; the listener is called on the loop from the next change on. Routes installed
     * before are in {@link #all()}.
     */
    public void addRouteListener(VrfRouteListener listener) {
        routeListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** A failing listener must not leave the VRF's route bookkeeping half done, nor starve the others. */
    private void routeChanged(String vrf, Route before, Route after) {
        for (VrfRouteListener l : routeListeners) {
            try {
                l.routeChanged(vrf, before, after);
            } catch (RuntimeException e) {
                LOG.warn("vrf.route.listener.failed vrf={} listener={}", vrf, l, e);
            }
        }
    }

    /**
     * Offers a route from another protocol (BGP import). It competes with connected and static
     * routes of the same key, which are preferred, and counts against the VRF's limit. Engine loop
     * only.
     *
     * @return {@code false} when no VRF of that name is configured
     */
    public boolean offerRoute(String vrf, Route route) {
        loop.checkInLoop();
        VrfState s = states.get(vrf);
        if (s == null) {
            return false;
        }
        s.offer(route);
        return true;
    }

    /** Withdraws what {@code protocol} offered under the probe's key. Engine loop only. */
    public boolean withdrawRoute(String vrf, Route probe, int protocol) {
        loop.checkInLoop();
        VrfState s = states.get(vrf);
        if (s == null) {
            return false;
        }
        s.withdraw(probe, protocol);
        return true;
    }

    /**
     * Counts a labelled packet that arrived for the VRF with a label it never advertised, and
     * raises the event when the count goes above the threshold setting. Engine loop only.
     */
    public void recordIllegalLabel(String vrf) {
        loop.checkInLoop();
        VrfState s = states.get(vrf);
        if (s == null) {
            return;
        }
        long n = s.recordIllegalLabel();
        if (illegalLabelThreshold >= 0 && n == illegalLabelThreshold + 1) {
            events.illegalLabelThresholdExceeded(vrf, n);
        }
    }

    // --- VrfView --------------------------------------------------------------------------

    @Override
    public Optional<VrfStatus> vrf(String name) {
        return Optional.ofNullable(published.get(name));
    }

    @Override
    public Collection<VrfStatus> all() {
        return published.values();
    }

    @Override
    public int configuredVrfs() {
        return published.size();
    }

    @Override
    public int activeVrfs() {
        return activeVrfs;
    }

    @Override
    public int connectedInterfaces() {
        return connectedInterfaces;
    }

    // --- engine loop ------------------------------------------------------------------------

    private void submit(Runnable task) {
        try {
            loop.execute(task);
        } catch (RejectedExecutionException e) {
            // The engine is shutting down; nothing is left to keep current.
        }
    }

    /** A commit's delta: applied as it is when it follows what we applied, else a full catch-up. */
    private void applyDelta(ConfigDelta delta) {
        if (delta.before() == applied) {
            apply(delta.changes(), delta.after());
        } else {
            syncToLatest();
        }
    }

    private void syncToLatest() {
        RunningConfig latest = config.running();
        if (latest == applied && synced) {
            return;
        }
        apply(ConfigDiff.between(applied, latest, Vrf.class, VrfInterface.class, StaticRoute.class), latest);
    }

    private void apply(List<ConfigChange> changes, RunningConfig after) {
        readSettings(after);
        List<ConfigChange> vrfs = new ArrayList<>();
        List<ConfigChange> bindings = new ArrayList<>();
        List<ConfigChange> statics = new ArrayList<>();
        for (ConfigChange c : changes) {
            Class<?> kind = c.key().kind();
            if (kind == Vrf.class) {
                vrfs.add(c);
            } else if (kind == VrfInterface.class) {
                bindings.add(c);
            } else if (kind == StaticRoute.class) {
                statics.add(c);
            }
        }
        // New and changed VRFs first, so bindings and routes find them; deleted VRFs last, after
        // their bindings went (an interface moving between VRFs in one commit is unbound first).
        for (ConfigChange c : vrfs) {
            if (c.after() != null) {
                createOrReconfigure((Vrf) c.after());
            }
        }
        for (ConfigChange c : bindings) {
            if (bound(c.before()) && !bound(c.after())) {
                VrfInterface b = (VrfInterface) c.before();
                unbind(b.vrf(), b.ifIndex());
            }
        }
        for (ConfigChange c : bindings) {
            if (bound(c.after()) && !bound(c.before())) {
                VrfInterface b = (VrfInterface) c.after();
                bind(b.vrf(), b.ifIndex());
            }
        }
        for (ConfigChange c : statics) {
            StaticRoute r = (StaticRoute) (c.after() != null ? c.after() : c.before());
            VrfState s = states.get(r.vrf());
            if (s != null) {
                s.staticChanged((StaticRoute) c.before(), (StaticRoute) c.after());
            }
        }
        for (ConfigChange c : vrfs) {
            if (c.after() == null) {
                destroy(((Vrf) c.before()).name());
            }
        }
        applied = after;
        synced = true;
        publish();
    }

    private static boolean bound(Object item) {
        return item instanceof VrfInterface b && b.inService();
    }

    private void createOrReconfigure(Vrf v) {
        VrfState s = states.get(v.name());
        if (s != null) {
            s.reconfigure(v);
            return;
        }
        // Counters of VRFs made after start begin at creation: a discontinuity management must see.
        long discontinuity = synced ? loop.clock().nowMillis() : VrfStatus.NEVER;
        s = new VrfState(v, discontinuity, loop, events, interfaces, () -> thresholdIntervalMillis,
                delta -> activeVrfs += delta, this::routeChanged);
        states.put(v.name(), s);
        LOG.info("vrf.created vrf={}", v.name());
    }

    private void destroy(String name) {
        VrfState s = states.remove(name);
        if (s == null) {
            return;
        }
        for (Integer ifIndex : s.boundInterfaces()) {
            forgetBinding(name, ifIndex);
        }
        s.destroy();
        LOG.info("vrf.deleted vrf={}", name);
    }

    private void bind(String vrf, int ifIndex) {
        VrfState s = states.get(vrf);
        if (s == null) {
            LOG.warn("vrf.bind.unknown vrf={} ifIndex={}", vrf, ifIndex);
            return;
        }
        vrfsByInterface.computeIfAbsent(ifIndex, k -> new TreeSet<>()).add(vrf);
        s.bind(ifIndex);
    }

    private void unbind(String vrf, int ifIndex) {
        VrfState s = states.get(vrf);
        forgetBinding(vrf, ifIndex);
        if (s != null) {
            s.unbind(ifIndex);
        }
    }

    private void forgetBinding(String vrf, int ifIndex) {
        TreeSet<String> set = vrfsByInterface.get(ifIndex);
        if (set != null && set.remove(vrf) && set.isEmpty()) {
            vrfsByInterface.remove(ifIndex);
        }
    }

    private void interfaceChanged(int ifIndex) {
        TreeSet<String> vrfs = vrfsByInterface.get(ifIndex);
        if (vrfs == null) {
            return;
        }
        for (String vrf : new ArrayList<>(vrfs)) {
            states.get(vrf).refreshInterface(ifIndex);
        }
    }

    private void readSettings(RunningConfig c) {
        thresholdIntervalMillis = Math.max(0, parseLong(c.setting(SettingNames.L3VPN_MAX_THRESH_TIME, "0"), 0)) * 1000L;
        illegalLabelThreshold = parseLong(c.setting(SettingNames.L3VPN_ILLEGAL_LABEL_THRESHOLD, "-1"), -1);
    }

    private static long parseLong(String text, long fallback) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void publish() {
        if (!published.keySet().equals(states.keySet())) {
            TreeMap<String, VrfStatus> next = new TreeMap<>();
            for (Map.Entry<String, VrfState> e : states.entrySet()) {
                next.put(e.getKey(), e.getValue().status());
            }
            published = Collections.unmodifiableNavigableMap(next);
        }
        connectedInterfaces = vrfsByInterface.size();
    }
}
