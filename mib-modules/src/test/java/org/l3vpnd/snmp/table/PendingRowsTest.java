package org.l3vpnd.snmp.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.snmp4j.smi.Integer32;

/** notReady rows: ordered, bounded, and forgotten after a few idle minutes. */
class PendingRowsTest {

    private final AtomicLong now = new AtomicLong();
    private final PendingRows<Integer> rows = new PendingRows<>(Comparator.<Integer>naturalOrder(), 2, now::get);

    private static RowValues values(int v) {
        RowValues r = new RowValues();
        r.put(2, new Integer32(v));
        return r;
    }

    @Test
    void orderedLookups() {
        rows.put(5, values(1));
        rows.put(3, values(2));
        assertEquals(3, rows.ceilingKey(null, true));
        assertEquals(3, rows.ceilingKey(3, true));
        assertEquals(5, rows.ceilingKey(3, false));
        assertNull(rows.ceilingKey(5, false));
        assertFalse(rows.hasRoom());
        rows.remove(3);
        assertTrue(rows.hasRoom());
    }

    @Test
    void valuesAreCopies() {
        RowValues v = values(1);
        rows.put(1, v);
        v.put(2, new Integer32(9));
        rows.get(1).put(2, new Integer32(8));
        assertEquals(new Integer32(1), rows.get(1).get(2));
    }

    @Test
    void idleRowsExpire() {
        rows.put(1, values(1));
        now.addAndGet(TimeUnit.MINUTES.toNanos(4));
        rows.put(2, values(2));
        assertNotNull(rows.get(1));
        now.addAndGet(TimeUnit.MINUTES.toNanos(2));
        assertNull(rows.get(1), "idle for six minutes");
        assertNotNull(rows.get(2));
        assertEquals(2, rows.ceilingKey(null, true));
    }
}
