package org.l3vpnd.engine.label;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.l3vpnd.engine.net.MplsLabel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The label space of this router: a range of MPLS labels and a map from forwarding equivalence
 * class to label, reference-counted by the routes that use it.
 *
 * <p>Invariants: a label stands for at most one FEC while it is allocated; a FEC holds one label
 * from its first {@link #acquire} to the release of its last reference; labels come only from the
 * configured range, which never includes the reserved 0..15. Allocation goes round-robin from the
 * last label handed out rather than lowest-first, so a label just released is reused as late as
 * possible: packets still in flight with the old meaning then find nothing rather than the wrong
 * VRF. Exhaustion is no exception: {@link #acquire} returns -1 and listeners hear it.
 *
 * <p>Engine loop only (no locking); {@link #addListener} is thread-safe.
 */
public final class LabelManager {
    public static final int DEFAULT_MIN = MplsLabel.MAX_RESERVED + 1;
    public static final int DEFAULT_MAX = MplsLabel.MAX;

    private static final Logger LOG = LoggerFactory.getLogger(LabelManager.class);

    private final int min;
    private final int max;
    private final BitSet used;
    private final Map<Fec, Entry> byFec = new HashMap<>();
    private final Map<Integer, Fec> byLabel = new HashMap<>();
    private final List<LabelListener> listeners = new CopyOnWriteArrayList<>();
    private int cursor;

    private static final class Entry {
        final int label;
        int references;

        Entry(int label) {
            this.label = label;
        }
    }

    public LabelManager() {
        this(DEFAULT_MIN, DEFAULT_MAX);
    }

    /** Labels {@code min}..{@code max} inclusive, within 16..1048575. */
    public LabelManager(int min, int max) {
        if (min <= MplsLabel.MAX_RESERVED || max > MplsLabel.MAX || min > max) {
            throw new IllegalArgumentException("label range " + min + ".." + max + " is not within "
                    + DEFAULT_MIN + ".." + DEFAULT_MAX);
        }
        this.min = min;
        this.max = max;
        this.used = new BitSet(max - min + 1);
        this.cursor = 0;
    }

    public void addListener(LabelListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * One more reference to {@code fec}'s label, allocating it on the first.
     *
     * @return the label, or -1 when the range is exhausted (listeners hear {@code exhausted})
     */
    public int acquire(Fec fec) {
        Objects.requireNonNull(fec, "fec");
        Entry e = byFec.get(fec);
        if (e == null) {
            int label = allocate();
            if (label < 0) {
                LOG.warn("label.exhausted fec={} range={}..{}", fec, min, max);
                listeners.forEach(l -> l.exhausted(fec));
                return -1;
            }
            e = new Entry(label);
            byFec.put(fec, e);
            byLabel.put(label, fec);
            listeners.forEach(l -> l.allocated(fec, label));
        }
        e.references++;
        return e.label;
    }

    /**
     * Drops one reference; the label is freed with the last.
     *
     * @return whether {@code fec} held a label
     */
    public boolean release(Fec fec) {
        Entry e = byFec.get(fec);
        if (e == null) {
            return false;
        }
        if (--e.references == 0) {
            byFec.remove(fec);
            byLabel.remove(e.label);
            used.clear(e.label - min);
            listeners.forEach(l -> l.released(fec, e.label));
        }
        return true;
    }

    /** The label of {@code fec}, or -1 when it has none. */
    public int labelOf(Fec fec) {
        Entry e = byFec.get(fec);
        return e == null ? -1 : e.label;
    }

    /** The FEC {@code label} stands for, or null: for checking labels arriving from the core. */
    public Fec fecOf(int label) {
        return byLabel.get(label);
    }

    public int references(Fec fec) {
        Entry e = byFec.get(fec);
        return e == null ? 0 : e.references;
    }

    public int allocatedCount() {
        return byFec.size();
    }

    public int capacity() {
        return max - min + 1;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    private int allocate() {
        int size = max - min + 1;
        int i = used.nextClearBit(cursor);
        if (i >= size) {
            i = used.nextClearBit(0);
            if (i >= size) {
                return -1;
            }
        }
        used.set(i);
        cursor = i + 1 == size ? 0 : i + 1;
        return min + i;
    }

    @Override
    public String toString() {
        return "LabelManager[" + min + ".." + max + " allocated=" + byFec.size() + "]";
    }
}
