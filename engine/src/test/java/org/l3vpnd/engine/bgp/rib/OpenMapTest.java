package org.l3vpnd.engine.bgp.rib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.net.RouteDistinguisher;

/** Property test: the open-addressing map behaves as java.util.HashMap under random churn. */
class OpenMapTest {
    /** A key whose hash collides on purpose, to stress probing and back-shift deletion. */
    private record Clumped(int value) {
        @Override
        public int hashCode() {
            return value % 61;
        }
    }

    @Test
    void behavesAsAHashMapUnderRandomChurn() {
        for (long seed = 1; seed <= 10; seed++) {
            Random random = new Random(seed);
            OpenMap<Object, Integer> map = new OpenMap<>();
            Map<Object, Integer> model = new HashMap<>();
            int range = 50 + random.nextInt(2000);
            for (int op = 0; op < 10_000; op++) {
                Object key = random.nextBoolean() ? new Clumped(random.nextInt(range)) : random.nextInt(range);
                int v = random.nextInt();
                switch (random.nextInt(4)) {
                    case 0, 1 -> assertEquals(model.put(key, v), map.put(key, v));
                    case 2 -> assertEquals(model.remove(key), map.remove(key));
                    default -> assertEquals(model.get(key), map.get(key));
                }
                assertEquals(model.size(), map.size());
            }
            assertTrue(map.consistent(), "seed " + seed);
            Set<Object> keys = new HashSet<>(List.of(map.keys()));
            assertEquals(model.keySet(), keys);
            Map<Object, Integer> visited = new HashMap<>();
            map.forEach(visited::put);
            assertEquals(model, visited);
        }
    }

    @Test
    void routeKeysOfVpnAndPlainPrefixesAreDistinct() {
        IpPrefix p = IpPrefix.parse("10.0.0.0/8");
        OpenMap<RouteKey, String> map = new OpenMap<>();
        map.put(RouteKey.of(p), "plain");
        map.put(RouteKey.of(RouteDistinguisher.parse("0:0"), p), "rd 0:0");
        map.put(RouteKey.of(RouteDistinguisher.parse("65000:1"), p), "rd 65000:1");
        assertEquals(3, map.size());
        assertEquals("rd 0:0", map.get(RouteKey.of(RouteDistinguisher.parse("0:0"), p)));
        assertEquals(p, RouteKey.of(RouteDistinguisher.parse("65000:1"), p).prefix());
        assertEquals(IpPrefix.parse("2001:db8::/32"), RouteKey.of(IpPrefix.parse("2001:db8::/32")).prefix());
    }
}
