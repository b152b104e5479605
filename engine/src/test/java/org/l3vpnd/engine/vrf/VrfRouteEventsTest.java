package org.l3vpnd.engine.vrf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.l3vpnd.engine.vrf.VrfFixture.binding;
import static org.l3vpnd.engine.vrf.VrfFixture.blackhole;
import static org.l3vpnd.engine.vrf.VrfFixture.vrf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.rib.Route;

/** Every change of a VRF's installed routes reaches the route listeners, once, in order. */
class VrfRouteEventsTest {

    private final VrfFixture f = new VrfFixture();
    /** Written on the engine loop; the fixture waits for the loop after every change. */
    private final List<String> heard = Collections.synchronizedList(new ArrayList<>());

    VrfRouteEventsTest() {
        f.manager.addRouteListener((vrf, before, after) -> heard.add(vrf + " " + describe(before) + " -> "
                + describe(after)));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static String describe(Route r) {
        return r == null ? "none" : r.prefix() + " p" + r.protocol();
    }

    private List<String> take() {
        synchronized (heard) {
            List<String> out = List.copyOf(heard);
            heard.clear();
            return out;
        }
    }

    @Test
    void installsReplacementsAndRemovalsAreHeard() {
        f.commit(vrf("red", "65000:1"), blackhole("red", "10.1.0.0/24"));
        assertEquals(List.of("red none -> 10.1.0.0/24 p3"), take());

        // A connected route of the same key is preferred to the static one: one replacement.
        f.setInterface(5, true, "10.1.0.0/24");
        f.commit(binding("red", 5));
        assertEquals(List.of("red 10.1.0.0/24 p3 -> 10.1.0.0/24 p2"), take());

        f.setInterface(5, false);
        assertEquals(List.of("red 10.1.0.0/24 p2 -> 10.1.0.0/24 p3"), take(), "the static route is back");

        f.remove(Vrf.keyOf("red"), binding("red", 5).key(), blackhole("red", "10.1.0.0/24").key());
        assertEquals(List.of("red 10.1.0.0/24 p3 -> none"), take(), "a deleted VRF's routes are removed");
    }

    @Test
    void aVrfTakenDownAdministrativelyRemovesItsRoutesAndBringsThemBack() {
        f.commit(vrf("red", "65000:1"), blackhole("red", "10.1.0.0/24"), blackhole("red", "10.2.0.0/24"));
        take();
        f.commit(VrfFixture.admin(vrf("red", "65000:1"), 2, true));
        assertEquals(List.of("red 10.1.0.0/24 p3 -> none", "red 10.2.0.0/24 p3 -> none"), take());
        f.commit(vrf("red", "65000:1"));
        assertEquals(List.of("red none -> 10.1.0.0/24 p3", "red none -> 10.2.0.0/24 p3"), take());
    }

    @Test
    void aRouteParkedAtTheLimitIsHeardWhenItIsInstalled() {
        f.commit(vrf("red", "65000:1", 0, 0, 1), blackhole("red", "10.1.0.0/24"), blackhole("red", "10.2.0.0/24"));
        assertEquals(List.of("red none -> 10.1.0.0/24 p3"), take(), "the second is dropped at the limit");
        f.remove(blackhole("red", "10.1.0.0/24").key());
        assertEquals(List.of("red 10.1.0.0/24 p3 -> none", "red none -> 10.2.0.0/24 p3"), take());
    }
}
