package org.l3vpnd.engine.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;

class LabelManagerTest {

    /** Records events. */
    private static final class Events implements LabelListener {
        final List<String> log = new ArrayList<>();

        @Override
        public void allocated(Fec fec, int label) {
            log.add("+" + label);
        }

        @Override
        public void released(Fec fec, int label) {
            log.add("-" + label);
        }

        @Override
        public void exhausted(Fec fec) {
            log.add("exhausted " + fec.vrf());
        }
    }

    private static Fec fec(int i) {
        return switch (i % 3) {
            case 0 -> new Fec.PerVrf("vrf" + i);
            case 1 -> new Fec.PerPrefix("red", IpPrefix.ofIpv4(10 << 24 | i << 8, 24));
            default -> new Fec.PerNextHop("blue", IpAddress.ofIpv4(172 << 24 | i));
        };
    }

    /**
     * Property: under any sequence of acquires and releases, a label stands for one FEC at a time,
     * references match a model, and -1 comes only when every label of the range is in use.
     */
    @Test
    void neverHandsOutALabelTwiceWhileItIsAllocated() {
        for (long seed = 1; seed <= 50; seed++) {
            Random random = new Random(seed);
            int size = 1 + random.nextInt(40);
            LabelManager labels = new LabelManager(100, 100 + size - 1);
            Map<Fec, Integer> references = new HashMap<>();
            Map<Fec, Integer> labelOf = new HashMap<>();
            for (int op = 0; op < 5000; op++) {
                Fec f = fec(random.nextInt(size * 2));
                if (random.nextInt(3) > 0) {
                    int label = labels.acquire(f);
                    if (label < 0) {
                        assertFalse(labelOf.containsKey(f), "a FEC that has a label always gets it");
                        assertEquals(size, labelOf.size(), "-1 only when the range is full (seed " + seed + ")");
                        continue;
                    }
                    assertTrue(label >= 100 && label < 100 + size);
                    Integer previous = labelOf.putIfAbsent(f, label);
                    if (previous != null) {
                        assertEquals(previous, label, "a FEC keeps its label while referenced");
                    } else {
                        assertFalse(labelOf.entrySet().stream().anyMatch(e -> !e.getKey().equals(f)
                                && e.getValue() == label), "label " + label + " handed out twice (seed " + seed + ")");
                    }
                    references.merge(f, 1, Integer::sum);
                } else {
                    boolean held = references.containsKey(f);
                    assertEquals(held, labels.release(f));
                    if (held && references.merge(f, -1, Integer::sum) == 0) {
                        references.remove(f);
                        labelOf.remove(f);
                    }
                }
                assertEquals(labelOf.size(), labels.allocatedCount());
            }
            for (Map.Entry<Fec, Integer> e : labelOf.entrySet()) {
                assertEquals(e.getKey(), labels.fecOf(e.getValue()));
                assertEquals(references.get(e.getKey()), labels.references(e.getKey()));
            }
        }
    }

    @Test
    void theLabelIsFreedWithTheLastReferenceOnly() {
        LabelManager labels = new LabelManager();
        Events events = new Events();
        labels.addListener(events);
        Fec vrf = new Fec.PerVrf("red");
        int label = labels.acquire(vrf);
        assertEquals(LabelManager.DEFAULT_MIN, label, "the range starts above the reserved labels");
        assertEquals(label, labels.acquire(vrf));
        assertEquals(2, labels.references(vrf));
        assertTrue(labels.release(vrf));
        assertEquals(label, labels.labelOf(vrf), "still referenced");
        assertTrue(labels.release(vrf));
        assertEquals(-1, labels.labelOf(vrf));
        assertNull(labels.fecOf(label));
        assertFalse(labels.release(vrf));
        assertEquals(List.of("+16", "-16"), events.log);
    }

    @Test
    void exhaustionIsReportedNotThrown() {
        LabelManager labels = new LabelManager(16, 17);
        Events events = new Events();
        labels.addListener(events);
        assertEquals(16, labels.acquire(new Fec.PerVrf("a")));
        assertEquals(17, labels.acquire(new Fec.PerVrf("b")));
        assertEquals(-1, labels.acquire(new Fec.PerVrf("c")));
        assertEquals("exhausted c", events.log.get(events.log.size() - 1));
        labels.release(new Fec.PerVrf("a"));
        assertEquals(16, labels.acquire(new Fec.PerVrf("c")), "a freed label can be had again");
    }

    @Test
    void aReleasedLabelIsReusedAsLateAsPossible() {
        LabelManager labels = new LabelManager(16, 20);
        int first = labels.acquire(new Fec.PerVrf("a"));
        labels.release(new Fec.PerVrf("a"));
        int second = labels.acquire(new Fec.PerVrf("b"));
        assertNotEquals(first, second, "round-robin: stale packets must not hit the new owner at once");
    }

    @Test
    void policiesMapRoutesToFecs() {
        IpPrefix p = IpPrefix.parse("10.1.0.0/16");
        IpAddress ce = IpAddress.parse("172.16.0.2");
        assertEquals(new Fec.PerVrf("red"), LabelPolicy.PER_VRF.fec("red", p, ce));
        assertEquals(new Fec.PerPrefix("red", p), LabelPolicy.PER_PREFIX.fec("red", p, ce));
        assertEquals(new Fec.PerNextHop("red", ce), LabelPolicy.PER_CE.fec("red", p, ce));
        assertEquals(new Fec.PerVrf("red"), LabelPolicy.PER_CE.fec("red", p, null), "connected: aggregate label");
    }

    @Test
    void theRangeMustAvoidReservedLabels() {
        assertThrows(IllegalArgumentException.class, () -> new LabelManager(15, 100));
        assertThrows(IllegalArgumentException.class, () -> new LabelManager(100, 1 << 20));
        assertThrows(IllegalArgumentException.class, () -> new LabelManager(200, 100));
    }
}
