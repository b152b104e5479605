package org.l3vpnd.engine.rib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;

class VrfRibTest {

    private final VrfRib rib = new VrfRib();

    private static Route route(String prefix, int metric1) {
        return new Route(IpPrefix.parse(prefix), null, null, Route.PROTO_NETMGMT, Route.TYPE_BLACKHOLE, 0, 0,
                new int[] {metric1, -1, -1, -1, -1}, null, metric1);
    }

    @Test
    void addReplaceRemoveKeepCountersWithoutWalking() {
        assertNull(rib.first());
        assertTrue(rib.add(route("10.0.0.0/8", 1)));
        assertTrue(rib.add(route("10.0.0.0/16", 1)));
        assertFalse(rib.add(route("10.0.0.0/8", 1)), "same content: nothing changed");
        assertTrue(rib.add(route("10.0.0.0/8", 2)), "new metric: replaced");
        assertEquals(2, rib.size());
        assertEquals(2, rib.routesAdded(), "a replacement is not an addition");
        assertEquals(2, rib.get(Route.probe(IpPrefix.parse("10.0.0.0/8"), null, null)).metric(1));
        assertTrue(rib.remove(Route.probe(IpPrefix.parse("10.0.0.0/8"), null, null)));
        assertFalse(rib.remove(Route.probe(IpPrefix.parse("10.0.0.0/8"), null, null)));
        assertEquals(1, rib.size());
        assertEquals(1, rib.routesDeleted());
        assertEquals(1, rib.clear());
        assertEquals(0, rib.size());
        assertEquals(2, rib.routesDeleted());
        assertTrue(rib.isEmpty());
    }

    @Test
    void sameContentKeepsTheOldUpdateTime() {
        rib.add(route("10.0.0.0/8", 1));
        Route later = new Route(IpPrefix.parse("10.0.0.0/8"), null, null, Route.PROTO_NETMGMT, Route.TYPE_BLACKHOLE,
                0, 0, new int[] {1, -1, -1, -1, -1}, null, 999);
        assertFalse(rib.add(later));
        assertEquals(1, rib.first().updatedAtMillis());
    }

    @Test
    void walksInIndexOrder() {
        rib.add(route("10.0.0.0/16", 1));
        rib.add(route("10.0.0.0/8", 1));
        rib.add(route("2001:db8::/32", 1));
        rib.add(route("9.0.0.0/8", 1));
        List<String> walk = new ArrayList<>();
        for (Route r = rib.first(); r != null; r = rib.higher(r)) {
            walk.add(r.prefix().toString());
        }
        assertEquals(List.of("9.0.0.0/8", "10.0.0.0/8", "10.0.0.0/16", "2001:db8::/32"), walk);
        Route between = Route.probe(IpAddress.parse("10.0.0.0"), 9, null, 0, null);
        assertEquals("10.0.0.0/16", rib.ceiling(between).prefix().toString());
        Route hostBits = Route.probe(IpAddress.parse("10.0.0.1"), 0, null, 0, null);
        assertEquals("2001:db8::/32", rib.ceiling(hostBits).prefix().toString());
        assertNull(rib.higher(rib.ceiling(hostBits)));
    }

    @Test
    void oneWriterOnly() throws InterruptedException {
        rib.add(route("10.0.0.0/8", 1));
        AtomicBoolean refused = new AtomicBoolean();
        Thread other = new Thread(() -> {
            try {
                rib.add(route("11.0.0.0/8", 1));
            } catch (IllegalStateException e) {
                refused.set(true);
            }
        });
        other.start();
        other.join();
        assertTrue(refused.get());
        assertEquals(1, rib.size());
    }

    /**
     * Readers walk and look up while one writer adds, replaces and removes. Every route a reader
     * sees must be whole (its metrics are a function of one version), walks must be strictly
     * increasing, and counters must never go negative or beyond what was written.
     */
    @Test
    void readersSeeWholeRoutesWhileTheWriterWrites() throws InterruptedException {
        int keys = 512;
        List<IpPrefix> prefixes = new ArrayList<>();
        for (int i = 0; i < keys; i++) {
            prefixes.add(IpPrefix.ofIpv4(0x0a000000 | i << 8, 24));
        }
        AtomicBoolean done = new AtomicBoolean();
        List<String> problems = new CopyOnWriteArrayList<>();
        CountDownLatch readersStarted = new CountDownLatch(3);
        List<Thread> readers = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            Thread reader = new Thread(() -> {
                readersStarted.countDown();
                Random random = new Random();
                while (!done.get() && problems.isEmpty()) {
                    Route prev = null;
                    for (Route r = rib.first(); r != null; r = rib.higher(r)) {
                        check(r, problems);
                        if (prev != null && Route.MANAGEMENT_ORDER.compare(prev, r) >= 0) {
                            problems.add("walk went back: " + prev + " then " + r);
                        }
                        prev = r;
                    }
                    Route got = rib.get(Route.probe(prefixes.get(random.nextInt(keys)), null, null));
                    if (got != null) {
                        check(got, problems);
                    }
                    int size = rib.size();
                    if (size < 0 || size > keys || rib.routesDeleted() > rib.routesAdded() + 1) {
                        problems.add("counters out of range: size " + size);
                    }
                }
            });
            reader.start();
            readers.add(reader);
        }
        assertTrue(readersStarted.await(10, TimeUnit.SECONDS));
        Random random = new Random(99);
        for (int version = 1; version <= 40_000 && problems.isEmpty(); version++) {
            IpPrefix p = prefixes.get(random.nextInt(keys));
            if (random.nextInt(4) == 0) {
                rib.remove(Route.probe(p, null, null));
            } else {
                rib.add(new Route(p, null, null, Route.PROTO_BGP, Route.TYPE_LOCAL, version, 0,
                        new int[] {version, version * 2 % 1_000_000, version * 3 % 1_000_000, -1, -1}, null,
                        version));
            }
        }
        done.set(true);
        for (Thread r : readers) {
            r.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertEquals(List.of(), problems);
        assertEquals(rib.routesAdded() - rib.routesDeleted(), rib.size());
        assertEquals(rib.size(), rib.routes().size());
    }

    private static void check(Route r, List<String> problems) {
        int v = r.ifIndex();
        if (r.metric(1) != v || r.metric(2) != v * 2 % 1_000_000 || r.metric(3) != v * 3 % 1_000_000
                || r.updatedAtMillis() != v) {
            problems.add("torn route " + r);
        }
    }
}
