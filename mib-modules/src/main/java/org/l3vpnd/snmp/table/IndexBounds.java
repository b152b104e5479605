package org.l3vpnd.snmp.table;

import org.snmp4j.PDU;

/**
 * Reads instance suffixes against an {@link IndexLayout}: exactly (GET, SET) or as a GETNEXT
 * lower bound, which need not be an index at all. Stateless.
 */
public final class IndexBounds {

    private IndexBounds() {
    }

    /**
     * Reads {@code s[from..to)} as one index into {@code cursor}.
     *
     * @return noError when it is a whole valid index; noCreation when it has too few or too many
     *         sub-ids (no row could ever have it); inconsistentName when a sub-id is outside its domain
     *         (a name too long, host bits set beyond a prefix length, ...), which the MIBs ask for
     */
    public static int parse(IndexCursor cursor, int[] s, int from, int to) {
        cursor.reset();
        for (int i = from; i < to; i++) {
            if (cursor.complete()) {
                return PDU.noCreation;
            }
            long v = s[i] & IndexLayout.MAX_SUB_ID;
            if (v < cursor.min() || v > cursor.max()) {
                return PDU.inconsistentName;
            }
            cursor.push(v);
        }
        return cursor.complete() ? PDU.noError : PDU.noCreation;
    }

    /**
     * The smallest valid index whose encoding is greater than (or, if {@code inclusive}, equal to)
     * {@code s[from..to)}, compared as OIDs; {@code null} when there is none. Every row has a valid
     * index, so the rows after the bound are exactly the rows at or after the returned index.
     */
    public static int[] ceiling(IndexLayout layout, int[] s, int from, int to, boolean inclusive) {
        IndexCursor c = layout.cursor();
        for (int i = from; ; i++) {
            if (c.complete()) {
                // s is this index (taken only if inclusive) or extends it, hence sorts after it.
                return i == to && inclusive ? c.toArray() : successor(c);
            }
            if (i == to) {
                return completion(c);
            }
            long v = s[i] & IndexLayout.MAX_SUB_ID;
            long lo = c.min();
            long hi = c.max();
            if (lo > hi || v > hi) {
                return successor(c);
            }
            if (v < lo) {
                c.push(lo);
                return completion(c);
            }
            c.push(v);
        }
    }

    /** The smallest valid index that starts with the cursor's sub-ids. */
    private static int[] completion(IndexCursor c) {
        while (!c.complete()) {
            long lo = c.min();
            if (lo > c.max()) {
                return successor(c);
            }
            c.push(lo);
        }
        return c.toArray();
    }

    /** The smallest valid index after every index that starts with the cursor's sub-ids. */
    private static int[] successor(IndexCursor c) {
        while (c.size() > 0) {
            long last = c.last();
            c.truncate(c.size() - 1);
            if (last < c.max()) {
                c.push(last + 1);
                return completion(c);
            }
        }
        return null;
    }
}
