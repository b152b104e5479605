package org.l3vpnd.engine.vrf;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

import org.l3vpnd.engine.config.StaticRoute;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.loop.EngineLoop;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.rib.Route;
import org.l3vpnd.engine.rib.VrfRib;

/**
 * The live state of one VRF: its bound interfaces, its route candidates and RIB, its oper status
 * and threshold events. Engine loop only; it publishes through its {@link VrfStatus}.
 *
 * <p>Invariants: {@code status.operUp()} is "enabled (in service and admin up) and at least one
 * bound interface up", and every change of it reaches the listener exactly once; connected
 * candidates exist exactly for the subnets of bound interfaces that are up.
 */
final class VrfState {

    /** One bound interface as last seen. */
    private static final class Binding {
        boolean up;
        Set<IpPrefix> subnets = Collections.emptySet();
    }

    private final String name;
    private final EngineLoop loop;
    private final VrfEventListener events;
    private final InterfaceStatusSource interfaces;
    private final IntConsumer activeVrfDelta;
    private final VrfStatus status;
    private final VrfRoutes routes;
    private final RouteThresholds thresholds;
    private final TreeMap<Integer, Binding> bindings = new TreeMap<>();
    private Vrf config;
    private int activeInterfaces;

    VrfState(Vrf config, long discontinuityAtMillis, EngineLoop loop, VrfEventListener events,
             InterfaceStatusSource interfaces, LongSupplier thresholdIntervalMillis, IntConsumer activeVrfDelta,
             VrfRouteListener routeListener) {
        this.name = config.name();
        this.config = config;
        this.loop = loop;
        this.events = events;
        this.interfaces = interfaces;
        this.activeVrfDelta = activeVrfDelta;
        VrfRib rib = new VrfRib();
        long now = loop.clock().nowMillis();
        this.status = new VrfStatus(config, rib, now, discontinuityAtMillis);
        this.thresholds = new RouteThresholds(name, loop, events, thresholdIntervalMillis, rib::size);
        this.routes = new VrfRoutes(rib, new VrfRoutes.Listener() {
            @Override
            public void countChanged(boolean grew) {
                thresholds.countChanged(grew);
            }

            @Override
            public void dropped() {
                status.dropped();
                thresholds.dropped();
            }

            @Override
            public void routeChanged(Route before, Route after) {
                routeListener.routeChanged(name, before, after);
            }
        });
        apply(config);
    }

    VrfStatus status() {
        return status;
    }

    /** A new configuration of the VRF row itself; route targets and bindings arrive separately. */
    void reconfigure(Vrf next) {
        config = next;
        status.config(next);
        status.changed(loop.clock().nowMillis());
        apply(next);
    }

    private void apply(Vrf c) {
        thresholds.configure(c.midThreshold(), c.highThreshold(), c.maxRoutes());
        routes.maxRoutes(c.maxRoutes());
        // The oper change is announced before the routes move, as the interface that caused it is the news.
        if (enabled()) {
            updateOper(lowestActiveInterface());
            routes.enable(true);
        } else {
            routes.enable(false);
            updateOper(lowestActiveInterface());
        }
    }

    void bind(int ifIndex) {
        if (bindings.containsKey(ifIndex)) {
            return;
        }
        bindings.put(ifIndex, new Binding());
        status.changed(loop.clock().nowMillis());
        publishInterfaces();
        refreshInterface(ifIndex);
    }

    void unbind(int ifIndex) {
        Binding b = bindings.remove(ifIndex);
        if (b == null) {
            return;
        }
        status.changed(loop.clock().nowMillis());
        withdrawConnected(ifIndex, b.subnets);
        if (b.up) {
            activeInterfaces--;
        }
        publishInterfaces();
        updateOper(ifIndex);
    }

    Set<Integer> boundInterfaces() {
        return Collections.unmodifiableSet(bindings.keySet());
    }

    /** Reads the interface's state again and follows it: active count, oper status, connected routes. */
    void refreshInterface(int ifIndex) {
        Binding b = bindings.get(ifIndex);
        if (b == null) {
            return;
        }
        boolean up = interfaces.operUp(ifIndex);
        Set<IpPrefix> subnets = up ? subnetsOf(ifIndex) : Collections.emptySet();
        if (up != b.up) {
            b.up = up;
            activeInterfaces += up ? 1 : -1;
            publishInterfaces();
        }
        if (up) {
            updateOper(ifIndex);
        }
        long now = loop.clock().nowMillis();
        Set<IpPrefix> gone = new TreeSet<>(b.subnets);
        gone.removeAll(subnets);
        withdrawConnected(ifIndex, gone);
        for (IpPrefix p : subnets) {
            if (!b.subnets.contains(p)) {
                routes.offer(Route.connected(p, ifIndex, now));
            }
        }
        b.subnets = subnets;
        if (!up) {
            updateOper(ifIndex);
        }
    }

    void staticChanged(StaticRoute before, StaticRoute after) {
        boolean wasIn = before != null && before.inService();
        boolean isIn = after != null && after.inService();
        if (isIn) {
            routes.offer(toRoute(after, loop.clock().nowMillis())); // replaces the old one of the same key
        } else if (wasIn) {
            routes.withdraw(Route.probe(before.destination(), before.policy(), before.nextHop()),
                    Route.PROTO_NETMGMT, 0);
        }
    }

    /** Another protocol's route (BGP import, ...). */
    void offer(Route route) {
        routes.offer(route);
    }

    void withdraw(Route probe, int protocol) {
        routes.withdraw(probe, protocol, probe.ifIndex());
    }

    long recordIllegalLabel() {
        return status.illegalLabel();
    }

    /** The VRF is deconfigured: unbinds what is left, empties the RIB, stops timers. */
    void destroy() {
        int cause = lowestActiveInterface();
        for (Integer ifIndex : new TreeSet<>(bindings.keySet())) {
            unbind(ifIndex);
        }
        routes.enable(false);
        if (status.operUp()) {
            status.operUp(false);
            activeVrfDelta.accept(-1);
            events.vrfDown(name, cause);
        }
        thresholds.close();
    }

    private boolean enabled() {
        return config.inService() && config.adminUp();
    }

    private void updateOper(int causeIfIndex) {
        boolean up = enabled() && activeInterfaces > 0;
        if (up == status.operUp()) {
            return;
        }
        status.operUp(up);
        activeVrfDelta.accept(up ? 1 : -1);
        if (up) {
            events.vrfUp(name, causeIfIndex);
        } else {
            events.vrfDown(name, causeIfIndex);
        }
    }

    private int lowestActiveInterface() {
        for (Map.Entry<Integer, Binding> e : bindings.entrySet()) {
            if (e.getValue().up) {
                return e.getKey();
            }
        }
        return 0;
    }

    private void withdrawConnected(int ifIndex, Set<IpPrefix> subnets) {
        for (IpPrefix p : subnets) {
            routes.withdraw(Route.probe(p, null, null), Route.PROTO_LOCAL, ifIndex);
        }
    }

    private Set<IpPrefix> subnetsOf(int ifIndex) {
        Set<IpPrefix> subnets = new TreeSet<>();
        for (IpPrefix p : interfaces.addresses(ifIndex)) {
            subnets.add(IpPrefix.masked(p.address(), p.length()));
        }
        return subnets;
    }

    private void publishInterfaces() {
        status.interfaces(activeInterfaces, bindings.size());
    }

    private static Route toRoute(StaticRoute r, long now) {
        return new Route(r.destination(), r.policy(), r.nextHop(), Route.PROTO_NETMGMT, r.type(), r.ifIndex(),
                r.nextHopAs(), r.metrics(), r.xcPointer(), now);
    }
}
