package org.l3vpnd.snmp.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.snmp4j.PDU;

/**
 * {@link IndexBounds} against brute force: every valid index of small layouts is enumerated and
 * sorted as OIDs; for random bounds, the ceiling must be exactly the first of them after the bound.
 */
class IndexBoundsTest {

    /** A name of 0..2 octets, then an enumeration 1..3. */
    private static final IndexLayout NAME_THEN_ENUM = IndexLayout.builder().octets(0, 2).integer(1, 3).build();

    /** A type 1..2, an address of that many octets, a prefix length that leaves no host bit set. */
    private static final IndexLayout TYPED_PREFIX = IndexLayout.builder()
            .integer(1, 2)
            .octets(c -> c.value(0), c -> c.value(0))
            .integer(IndexBoundsTest::shortest, c -> c.value(0) * 8)
            .build();

    /** A fixed 1-octet string, then an OID of 0..2 sub-ids (kept small by the enumeration). */
    private static final IndexLayout FIXED_THEN_OID = IndexLayout.builder().fixedOctets(1).oid(0, 2).build();

    private static long shortest(IndexCursor c) {
        int start = c.elementStart(1);
        int n = (int) c.value(1);
        for (int i = n - 1; i >= 0; i--) {
            int octet = c.subId(start + i);
            if (octet != 0) {
                return i * 8L + 8 - Integer.numberOfTrailingZeros(octet);
            }
        }
        return 0;
    }

    @Test
    void ceilingIsTheFirstValidIndexAfterAnyBound() {
        check(NAME_THEN_ENUM, 255);
        check(TYPED_PREFIX, 255);
        // Sub-ids up to 4 only: indexes beyond that are not in the enumeration.
        check(FIXED_THEN_OID, 4);
    }

    @Test
    void parseTellsStructureFromDomainErrors() {
        IndexCursor c = TYPED_PREFIX.cursor();
        assertEquals(PDU.noError, IndexBounds.parse(c, new int[] {1, 1, 0x80, 1}, 0, 4));
        assertEquals(PDU.inconsistentName, IndexBounds.parse(c, new int[] {1, 1, 0x81, 1}, 0, 4), "host bits");
        assertEquals(PDU.inconsistentName, IndexBounds.parse(c, new int[] {3, 1, 0, 0}, 0, 4), "type out of range");
        assertEquals(PDU.noCreation, IndexBounds.parse(c, new int[] {1, 1, 0x80}, 0, 3), "too short");
        assertEquals(PDU.noCreation, IndexBounds.parse(c, new int[] {1, 1, 0x80, 1, 0}, 0, 5), "too long");
    }

    @Test
    void ceilingExamples() {
        // Past the last octet value: the next length.
        assertArrayEquals(new int[] {2, 0, 0, 1}, IndexBounds.ceiling(NAME_THEN_ENUM, new int[] {1, 256}, 0, 2, false));
        // Exact and exclusive: the next enumeration value.
        assertArrayEquals(new int[] {1, 7, 3}, IndexBounds.ceiling(NAME_THEN_ENUM, new int[] {1, 7, 2}, 0, 3, false));
        assertArrayEquals(new int[] {1, 7, 2}, IndexBounds.ceiling(NAME_THEN_ENUM, new int[] {1, 7, 2}, 0, 3, true));
        // Host bits: the shortest clean prefix of that address.
        assertArrayEquals(new int[] {1, 1, 0x30, 4}, IndexBounds.ceiling(TYPED_PREFIX, new int[] {1, 1, 0x30, 1}, 0, 4,
                true));
        assertEquals(null, IndexBounds.ceiling(TYPED_PREFIX, new int[] {3}, 0, 1, true));
    }

    /** Compares with every index whose sub-ids are at most {@code cap}. */
    private static void check(IndexLayout layout, long cap) {
        List<int[]> all = new ArrayList<>();
        enumerate(layout.cursor(), cap, all);
        all.sort(Arrays::compareUnsigned);
        Random random = new Random(42);
        long[] interesting = {0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 0x7f, 0x80, 0xfe, 0xff, 0x100, 300, 0xFFFFFFFFL};
        for (int i = 0; i < 20_000; i++) {
            int[] bound;
            if (random.nextBoolean()) {
                bound = new int[random.nextInt(6)];
                for (int j = 0; j < bound.length; j++) {
                    bound[j] = (int) interesting[random.nextInt(interesting.length)];
                }
            } else {
                int[] e = all.get(random.nextInt(all.size()));
                bound = Arrays.copyOf(e, Math.max(0, e.length + random.nextInt(3) - 1));
                if (bound.length > 0 && random.nextBoolean()) {
                    bound[random.nextInt(bound.length)] += random.nextBoolean() ? 1 : -1;
                }
            }
            boolean inclusive = random.nextBoolean();
            int[] expected = firstAfter(all, bound, inclusive);
            int[] got = IndexBounds.ceiling(layout, bound, 0, bound.length, inclusive);
            String what = "bound " + Arrays.toString(bound) + (inclusive ? " incl" : "");
            if (got != null && exceeds(got, cap)) {
                // Not enumerated: the enumeration's answer must then come later.
                assertTrue(expected == null || Arrays.compareUnsigned(expected, got) > 0, what);
                assertTrue(Arrays.compareUnsigned(got, bound) > 0 || inclusive, what);
            } else {
                assertArrayEquals(expected, got, what);
            }
        }
    }

    /** The first index after (or at) the bound, in OID order: unsigned sub-ids, a prefix first. */
    private static int[] firstAfter(List<int[]> sorted, int[] bound, boolean inclusive) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int c = Arrays.compareUnsigned(sorted.get(mid), bound);
            if (c < 0 || (c == 0 && !inclusive)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < sorted.size() ? sorted.get(lo) : null;
    }

    private static boolean exceeds(int[] e, long cap) {
        for (int v : e) {
            if ((v & 0xFFFFFFFFL) > cap) {
                return true;
            }
        }
        return false;
    }

    private static void enumerate(IndexCursor c, long cap, List<int[]> out) {
        if (c.complete()) {
            out.add(c.toArray());
            return;
        }
        long hi = Math.min(c.max(), cap);
        for (long v = c.min(); v <= hi; v++) {
            int n = c.size();
            c.push(v);
            enumerate(c, cap, out);
            c.truncate(n);
        }
    }
}
