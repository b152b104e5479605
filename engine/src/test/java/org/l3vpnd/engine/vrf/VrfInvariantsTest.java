package org.l3vpnd.engine.vrf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.l3vpnd.engine.vrf.VrfFixture.admin;
import static org.l3vpnd.engine.vrf.VrfFixture.binding;
import static org.l3vpnd.engine.vrf.VrfFixture.blackhole;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.config.VrfInterface;
import org.l3vpnd.engine.rib.Route;

/**
 * Random interface flaps, bindings, static routes, admin changes and limits against a simple model
 * of what each RIB should hold; after every step the counters and the RIB must agree with it.
 */
class VrfInvariantsTest {

    private static final String[] SUBNETS = {"10.1.0.0/24", "10.2.0.0/24", "10.1.0.0/24", "10.4.0.0/24"};
    private static final String[] STATICS = {"10.1.0.0/24", "10.9.0.0/24", "10.9.1.0/24", "10.9.2.0/24",
            "10.9.3.0/24", "10.9.4.0/24"};

    private final VrfFixture f = new VrfFixture();
    private final Random random = new Random(20240101);
    /** Model: VRF → config; interface → up; interface bound?; VRF → static prefixes. */
    private final Map<String, Vrf> vrfs = new TreeMap<>();
    private final boolean[] up = new boolean[5];
    private final boolean[] bound = new boolean[5];
    private final Map<String, Set<String>> statics = new TreeMap<>();

    @AfterEach
    void close() {
        f.close();
    }

    /** Interfaces 1 and 2 belong to red, 3 and 4 to blue, so bindings never conflict. */
    private static String owner(int ifIndex) {
        return ifIndex <= 2 ? "red" : "blue";
    }

    @Test
    void countersAndRibsAgreeWithTheModelAfterEveryStep() {
        for (String name : List.of("red", "blue")) {
            Vrf v = VrfFixture.vrf(name, null);
            vrfs.put(name, v);
            statics.put(name, new TreeSet<>());
            f.commit(v);
        }
        for (int step = 0; step < 600; step++) {
            String vrf = random.nextBoolean() ? "red" : "blue";
            int ifIndex = 1 + random.nextInt(4);
            switch (random.nextInt(6)) {
                case 0 -> {
                    up[ifIndex] = !up[ifIndex];
                    f.setInterface(ifIndex, up[ifIndex], SUBNETS[ifIndex - 1]);
                }
                case 1 -> {
                    if (bound[ifIndex]) {
                        f.remove(VrfInterface.keyOf(owner(ifIndex), ifIndex));
                    } else {
                        f.commit(binding(owner(ifIndex), ifIndex));
                    }
                    bound[ifIndex] = !bound[ifIndex];
                }
                case 2, 3 -> {
                    String p = STATICS[random.nextInt(STATICS.length)];
                    if (statics.get(vrf).remove(p)) {
                        f.remove(blackhole(vrf, p).key());
                    } else {
                        statics.get(vrf).add(p);
                        f.commit(blackhole(vrf, p));
                    }
                }
                case 4 -> {
                    Vrf old = vrfs.get(vrf);
                    Vrf next = admin(old, random.nextInt(4) == 0 ? Vrf.ADMIN_DOWN : Vrf.ADMIN_UP,
                            random.nextInt(5) != 0);
                    vrfs.put(vrf, next);
                    f.commit(next);
                }
                default -> {
                    long max = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(5);
                    Vrf old = vrfs.get(vrf);
                    Vrf next = new Vrf(vrf, null, "", null, 0, max, max, old.adminStatus(), old.inService(),
                            StorageType.VOLATILE);
                    vrfs.put(vrf, next);
                    f.commit(next);
                }
            }
            check(step);
        }
    }

    private void check(int step) {
        int activeVrfs = 0;
        Set<Integer> connected = new HashSet<>();
        for (String name : vrfs.keySet()) {
            Vrf v = vrfs.get(name);
            VrfStatus s = f.status(name);
            String at = "step " + step + " vrf " + name;
            assertTrue(s.routesAdded() >= 0 && s.routesDeleted() >= 0 && s.routesDropped() >= 0, at);
            assertTrue(s.currentRoutes() >= 0 && s.activeInterfaces() >= 0, at);
            assertEquals(s.routesAdded() - s.routesDeleted(), s.currentRoutes(), at);
            assertEquals(s.currentRoutes(), s.rib().routes().size(), at);

            int active = 0;
            int associated = 0;
            Set<String> expected = new TreeSet<>();
            for (int i = 1; i <= 4; i++) {
                if (bound[i] && owner(i).equals(name)) {
                    associated++;
                    connected.add(i);
                    if (up[i]) {
                        active++;
                        expected.add(SUBNETS[i - 1]);
                    }
                }
            }
            expected.addAll(statics.get(name));
            boolean enabled = v.inService() && v.adminUp();
            assertEquals(associated, s.associatedInterfaces(), at);
            assertEquals(active, s.activeInterfaces(), at);
            assertEquals(enabled && active > 0, s.operUp(), at);
            if (s.operUp()) {
                activeVrfs++;
            }
            Set<String> installed = new TreeSet<>();
            for (Route r : s.rib().routes()) {
                installed.add(r.prefix().toString());
            }
            if (!enabled) {
                assertEquals(Set.of(), installed, at);
            } else {
                assertTrue(expected.containsAll(installed), at + " installed " + installed + " expected " + expected);
                long max = v.maxRoutes();
                long floor = max == 0 ? expected.size() : Math.min(expected.size(), max);
                assertTrue(installed.size() >= floor, at + ": " + installed + " of " + expected + ", max " + max);
            }
        }
        assertEquals(activeVrfs, f.manager.activeVrfs(), "step " + step);
        assertEquals(connected.size(), f.manager.connectedInterfaces(), "step " + step);
    }
}
