package org.l3vpnd.engine.vrf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.l3vpnd.engine.vrf.VrfFixture.admin;
import static org.l3vpnd.engine.vrf.VrfFixture.binding;
import static org.l3vpnd.engine.vrf.VrfFixture.blackhole;
import static org.l3vpnd.engine.vrf.VrfFixture.remote;
import static org.l3vpnd.engine.vrf.VrfFixture.vrf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.Setting;
import org.l3vpnd.engine.config.SettingNames;
import org.l3vpnd.engine.config.StaticRoute;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.config.VrfInterface;
import org.l3vpnd.engine.config.VrfRouteTarget;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.net.RouteTarget;
import org.l3vpnd.engine.rib.Route;

class VrfManagerTest {

    private VrfFixture f = new VrfFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void connectedRoutesFollowInterfaceStateAndBinding() {
        f.setInterface(5, true, "10.1.0.0/24", "2001:db8:1::/64");
        f.commit(vrf("red", "65000:1"), binding("red", 5));
        assertEquals(List.of("up red 5"), f.events.take());
        assertEquals(List.of("10.1.0.0/24 p2 t3 if5", "2001:db8:1::/64 p2 t3 if5"), f.routes("red"));
        VrfStatus red = f.status("red");
        assertTrue(red.operUp());
        assertEquals(1, red.activeInterfaces());
        assertEquals(1, red.associatedInterfaces());
        assertEquals(1, f.manager.activeVrfs());
        assertEquals(1, f.manager.connectedInterfaces());

        f.setInterface(5, false);
        assertEquals(List.of(), f.routes("red"));
        assertEquals(List.of("down red 5"), f.events.take());
        assertEquals(0, red.activeInterfaces());
        assertEquals(1, red.associatedInterfaces());
        assertEquals(0, f.manager.activeVrfs());

        f.setInterface(5, true, "10.1.0.0/24");
        assertEquals(List.of("10.1.0.0/24 p2 t3 if5"), f.routes("red"));
        assertEquals(List.of("up red 5"), f.events.take());

        f.setInterface(5, true, "10.2.0.0/24");
        assertEquals(List.of("10.2.0.0/24 p2 t3 if5"), f.routes("red"));
        assertEquals(List.of(), f.events.take(), "an address change is no oper change");

        f.clock.advance(Duration.ofSeconds(30));
        f.remove(VrfInterface.keyOf("red", 5));
        assertEquals(List.of(), f.routes("red"));
        assertEquals(List.of("down red 5"), f.events.take());
        assertEquals(0, red.associatedInterfaces());
        assertEquals(0, f.manager.connectedInterfaces());
        assertEquals(f.clock.nowMillis(), red.lastChangedMillis(), "unbinding is a change of the VRF row");
        assertEquals(4, red.routesAdded());
        assertEquals(4, red.routesDeleted());
        assertEquals(0, red.currentRoutes());
    }

    @Test
    void anInterfaceThatIsNotBoundBringsNothing() {
        f.commit(vrf("red", null));
        f.setInterface(9, true, "10.9.0.0/24");
        assertEquals(List.of(), f.routes("red"));
        assertEquals(List.of(), f.events.take());
        assertFalse(f.status("red").operUp());
    }

    @Test
    void staticRoutesOfTwoVrfsWithTheSamePrefixStayApart() {
        f.commit(vrf("red", "65000:1"), vrf("blue", "65000:2"),
                remote("red", "10.0.0.0/8", "192.0.2.1", 7), blackhole("blue", "10.0.0.0/8"));
        assertEquals(List.of("10.0.0.0/8 via 192.0.2.1 p3 t4 if7"), f.routes("red"));
        assertEquals(List.of("10.0.0.0/8 p3 t5"), f.routes("blue"));
        Route r = f.status("red").rib().first();
        assertEquals(65001, r.nextHopAs());
        assertEquals(10, r.metric(1));
        assertEquals(f.clock.nowMillis(), r.updatedAtMillis());

        f.remove(StaticRoute.keyOf("red", IpPrefix.parse("10.0.0.0/8"), new int[] {0, 0},
                IpAddress.parse("192.0.2.1")));
        assertEquals(List.of(), f.routes("red"));
        assertEquals(List.of("10.0.0.0/8 p3 t5"), f.routes("blue"));
    }

    @Test
    void aStaticRouteNotInServiceIsNotInstalled() {
        StaticRoute parked = new StaticRoute("red", IpPrefix.parse("10.0.0.0/8"), null, null, 0,
                StaticRoute.TYPE_REJECT, 0, null, null, false, StorageType.VOLATILE);
        f.commit(vrf("red", null), parked);
        assertEquals(List.of(), f.routes("red"));
        f.commit(new StaticRoute("red", IpPrefix.parse("10.0.0.0/8"), null, null, 0, StaticRoute.TYPE_REJECT, 0,
                null, null, true, StorageType.VOLATILE));
        assertEquals(List.of("10.0.0.0/8 p3 t2"), f.routes("red"), "reject routes are kept and shown");
    }

    @Test
    void aVrfOutOfServiceOrAdminDownKeepsAnEmptyRib() {
        f.setInterface(5, true, "10.1.0.0/24");
        Vrf red = vrf("red", null);
        f.commit(admin(red, Vrf.ADMIN_UP, false), binding("red", 5), blackhole("red", "192.0.2.0/24"));
        assertEquals(List.of(), f.routes("red"));
        assertFalse(f.status("red").operUp());
        assertEquals(1, f.status("red").activeInterfaces(), "the interface is up even if the VRF is not");
        assertEquals(List.of(), f.events.take());

        f.commit(red);
        assertEquals(List.of("10.1.0.0/24 p2 t3 if5", "192.0.2.0/24 p3 t5"), f.routes("red"));
        assertEquals(List.of("up red 5"), f.events.take());

        f.commit(admin(red, Vrf.ADMIN_DOWN, true));
        assertEquals(List.of(), f.routes("red"));
        assertEquals(List.of("down red 5"), f.events.take());
        f.commit(admin(red, Vrf.ADMIN_TESTING, true));
        assertEquals(List.of(), f.routes("red"));
        assertEquals(List.of(), f.events.take());
        f.commit(red);
        assertEquals(2, f.routes("red").size());
        assertEquals(List.of("up red 5"), f.events.take());
        assertEquals(4, f.status("red").routesAdded());
        assertEquals(2, f.status("red").routesDeleted());
    }

    @Test
    void vrfUpAndDownNameTheInterfaceThatCausedThem() {
        f.setInterface(5, false, "10.5.0.0/24");
        f.setInterface(6, false, "10.6.0.0/24");
        f.commit(vrf("red", null), binding("red", 5), binding("red", 6));
        assertEquals(List.of(), f.events.take());

        f.setInterface(5, true, "10.5.0.0/24");
        f.setInterface(6, true, "10.6.0.0/24");
        f.setInterface(5, false, "10.5.0.0/24");
        assertEquals(List.of("up red 5"), f.events.take(), "only the first up interface raises the VRF");
        f.setInterface(6, false, "10.6.0.0/24");
        assertEquals(List.of("down red 6"), f.events.take(), "the last one down takes it down");

        f.setInterface(6, true, "10.6.0.0/24");
        assertEquals(List.of("up red 6"), f.events.take());
        f.remove(VrfInterface.keyOf("red", 6));
        assertEquals(List.of("down red 6"), f.events.take(), "unbinding the last up interface takes it down");

        f.setInterface(5, true, "10.5.0.0/24");
        f.commit(binding("red", 6));
        assertEquals(List.of("up red 5"), f.events.take());
        f.commit(admin(vrf("red", null), Vrf.ADMIN_DOWN, true));
        assertEquals(List.of("down red 5"), f.events.take(), "admin down names the lowest active interface");
        f.commit(vrf("red", null));
        assertEquals(List.of("up red 5"), f.events.take());
        assertEquals(2, f.status("red").activeInterfaces());
    }

    @Test
    void anInterfaceMovesBetweenVrfsInOneCommit() {
        f.setInterface(5, true, "10.5.0.0/24");
        f.commit(vrf("red", null), vrf("blue", null), binding("red", 5));
        f.events.take();
        var tx = f.config.begin().remove(VrfInterface.keyOf("red", 5)).put(binding("blue", 5));
        try {
            f.config.commit(tx);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        f.settle();
        assertEquals(List.of("down red 5", "up blue 5"), f.events.take());
        assertEquals(List.of(), f.routes("red"));
        assertEquals(List.of("10.5.0.0/24 p2 t3 if5"), f.routes("blue"));
        assertEquals(1, f.manager.connectedInterfaces());
    }

    @Test
    void routeTargetAndDescriptionChangesDoNotRebuildTheRib() {
        f.setInterface(5, true, "10.5.0.0/24");
        f.commit(vrf("red", "65000:1"), binding("red", 5), blackhole("red", "192.0.2.0/24"));
        List<Route> before = new ArrayList<>(f.status("red").rib().routes());
        long added = f.status("red").routesAdded();
        f.clock.advance(Duration.ofSeconds(5));
        f.commit(new VrfRouteTarget("red", 1, VrfRouteTarget.Type.BOTH, RouteTarget.parse("65000:1"), "", true,
                StorageType.VOLATILE));
        Vrf described = new Vrf("red", null, "customer red", f.status("red").config().rd(), 0, 0, 0, Vrf.ADMIN_UP,
                true, StorageType.VOLATILE);
        f.commit(described);
        List<Route> after = new ArrayList<>(f.status("red").rib().routes());
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertSame(before.get(i), after.get(i));
        }
        assertEquals(added, f.status("red").routesAdded());
        assertEquals(0, f.status("red").routesDeleted());
        assertEquals(f.clock.nowMillis(), f.status("red").lastChangedMillis());
        assertEquals("customer red", f.status("red").config().description());
        assertEquals(List.of(), f.events.take().stream().filter(e -> !e.startsWith("up")).toList());
    }

    @Test
    void maxRoutesDropsCountsAndInstallsParkedRoutesWhenThereIsRoom() {
        f.commit(vrf("red", null, 0, 2, 2), blackhole("red", "10.0.1.0/24"), blackhole("red", "10.0.2.0/24"),
                blackhole("red", "10.0.3.0/24"));
        VrfStatus red = f.status("red");
        assertEquals(List.of("10.0.1.0/24 p3 t5", "10.0.2.0/24 p3 t5"), f.routes("red"));
        assertEquals(1, red.routesDropped());
        assertEquals(List.of("high red 2/2"), f.events.take(), "reaching the limit is enough when high equals max");

        f.commit(blackhole("red", "10.0.4.0/24"));
        assertEquals(2, red.routesDropped());
        assertEquals(List.of(), f.events.take(), "interval 0: once until the count falls below");

        f.remove(blackhole("red", "10.0.1.0/24").key());
        assertEquals(List.of("10.0.2.0/24 p3 t5", "10.0.3.0/24 p3 t5"), f.routes("red"));
        assertEquals(List.of(), f.events.take(), "a parked route took the free place: no flap");
        assertEquals(2, red.routesDropped(), "installing a parked route is no new drop");

        f.commit(vrf("red", null, 0, 2, 10));
        assertEquals(3, red.currentRoutes());
        assertEquals(4, red.routesAdded());
        assertEquals(1, red.routesDeleted());
    }

    @Test
    void offeredRoutesYieldToConnectedAndStaticOnes() {
        f.setInterface(5, true, "10.5.0.0/24");
        f.commit(vrf("red", null), binding("red", 5));
        Route bgp = new Route(IpPrefix.parse("10.5.0.0/24"), null, null, Route.PROTO_BGP, Route.TYPE_LOCAL, 0,
                65002, null, null, f.clock.nowMillis());
        assertTrue(f.loop.call(() -> f.manager.offerRoute("red", bgp)));
        assertFalse(f.loop.call(() -> f.manager.offerRoute("nope", bgp)));
        assertEquals(List.of("10.5.0.0/24 p2 t3 if5"), f.routes("red"));
        f.setInterface(5, false);
        assertEquals(List.of("10.5.0.0/24 p14 t3"), f.routes("red"));
        f.commit(blackhole("red", "10.5.0.0/24"));
        assertEquals(List.of("10.5.0.0/24 p3 t5"), f.routes("red"));
        f.loop.call(() -> f.manager.withdrawRoute("red", Route.probe(IpPrefix.parse("10.5.0.0/24"), null, null),
                Route.PROTO_BGP));
        f.remove(blackhole("red", "10.5.0.0/24").key());
        assertEquals(List.of(), f.routes("red"));
        assertEquals(1, f.status("red").routesAdded(), "replacements between sources are not additions");
        assertThrows(IllegalStateException.class, () -> f.manager.offerRoute("red", bgp), "engine loop only");
    }

    @Test
    void discontinuityAndCreationTimes() {
        f.close();
        f = new VrfFixture(RunningConfig.of(List.of(vrf("boot", null))));
        VrfStatus boot = f.status("boot");
        assertEquals(VrfStatus.NEVER, boot.discontinuityAtMillis(), "present at start: counters continuous");
        assertEquals(VrfStatus.NEVER, boot.secDiscontinuityAtMillis());
        assertEquals(f.clock.nowMillis(), boot.createdAtMillis());

        f.clock.advance(Duration.ofSeconds(12));
        f.commit(vrf("late", null));
        VrfStatus late = f.status("late");
        assertEquals(f.clock.nowMillis(), late.createdAtMillis());
        assertEquals(f.clock.nowMillis(), late.discontinuityAtMillis());
        assertEquals(f.clock.nowMillis(), late.lastChangedMillis());
        f.clock.advance(Duration.ofSeconds(3));
        f.commit(binding("late", 4));
        assertEquals(late.createdAtMillis() + 3_000, late.lastChangedMillis());
        assertEquals(2, f.manager.configuredVrfs());
        assertEquals(List.of("boot", "late"), f.manager.all().stream().map(VrfStatus::name).toList());
    }

    @Test
    void deletingAVrfRemovesItFromTheView() {
        f.setInterface(5, true, "10.5.0.0/24");
        f.commit(vrf("red", null), binding("red", 5), blackhole("red", "192.0.2.0/24"));
        f.events.take();
        f.remove(Vrf.keyOf("red"), VrfInterface.keyOf("red", 5), blackhole("red", "192.0.2.0/24").key());
        assertTrue(f.manager.vrf("red").isEmpty());
        assertEquals(List.of("down red 5"), f.events.take());
        assertEquals(0, f.manager.activeVrfs());
        assertEquals(0, f.manager.connectedInterfaces());
        f.setInterface(5, false); // no longer bound: nothing may happen
        assertEquals(List.of(), f.events.take());
    }

    @Test
    void illegalLabelsRaiseTheEventWhenTheCountGoesAboveTheThreshold() {
        f.commit(vrf("red", null), Setting.of(SettingNames.L3VPN_ILLEGAL_LABEL_THRESHOLD, "2"));
        for (int i = 0; i < 4; i++) {
            f.loop.call(() -> {
                f.manager.recordIllegalLabel("red");
                return null;
            });
        }
        assertEquals(List.of("illegal red 3"), f.events.take());
        assertEquals(4, f.status("red").illegalLabelViolations());
    }

    @Test
    void indexOrderPutsShorterNamesFirst() {
        List<String> names = new ArrayList<>(List.of("aaa", "zz", "\u00e9", "b", "ab"));
        names.sort(VrfView.INDEX_ORDER);
        assertEquals(List.of("b", "ab", "zz", "\u00e9", "aaa"), names, "\u00e9 is two octets, c3 a9");
    }

    @Test
    void statusReadsNeverTouchTheLoop() {
        f.commit(vrf("red", null));
        VrfStatus red = f.status("red");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        f.loop.call(() -> {
            // While the loop is busy here, a management thread still reads at once: a read that
            // waited for the loop would never finish, one that checked for it would throw.
            Thread reader = new Thread(() -> {
                try {
                    red.operUp();
                    red.currentRoutes();
                    f.manager.all();
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            reader.start();
            reader.join(5_000);
            assertFalse(reader.isAlive(), "a status read waited for the engine loop");
            return null;
        });
        if (failure.get() != null) {
            throw new AssertionError("a status read failed off the loop", failure.get());
        }
        assertNotEquals(null, red.rib());
    }
}
