package org.l3vpnd.snmp.table;

import java.util.Arrays;

/**
 * Walks an {@link IndexLayout} one sub-identifier at a time and tells the domain of the next one.
 * Domain functions of a layout read the parts already consumed through {@link #value(int)},
 * {@link #elementStart(int)} and {@link #subId(int)}. Not thread-safe; one per use.
 */
public final class IndexCursor {

    /** RFC 2578 limits an OID to 128 sub-ids; an index suffix is shorter still. */
    static final int CAPACITY = 128;

    private final IndexLayout layout;
    private final int[] subIds = new int[CAPACITY];
    private final long[] partValue;
    private final int[] partStart;
    private int size;
    private int part;
    /** Elements left in the current string part; -1 while its length is still to come. */
    private long remaining;

    IndexCursor(IndexLayout layout) {
        this.layout = layout;
        this.partValue = new long[layout.size()];
        this.partStart = new int[layout.size()];
        reset();
    }

    public void reset() {
        size = 0;
        part = 0;
        enterPart();
    }

    /** True when a whole index has been consumed. */
    public boolean complete() {
        return part == layout.size();
    }

    /** Sub-ids consumed so far. */
    public int size() {
        return size;
    }

    /** Smallest allowed value of the next sub-id (unsigned). Only when not {@link #complete()}. */
    public long min() {
        if (size == CAPACITY) {
            return 1;
        }
        IndexLayout.Part p = layout.part(part);
        return switch (p.kind()) {
            case INTEGER -> p.min().applyAsLong(this);
            case OCTETS, OID -> remaining < 0 ? p.min().applyAsLong(this) : 0;
            case FIXED_OCTETS -> 0;
        };
    }

    /** Largest allowed value of the next sub-id (unsigned); below {@link #min()} when none is. */
    public long max() {
        if (size == CAPACITY) {
            return 0;
        }
        IndexLayout.Part p = layout.part(part);
        return switch (p.kind()) {
            case INTEGER -> p.max().applyAsLong(this);
            case OCTETS -> remaining < 0 ? Math.min(p.max().applyAsLong(this), CAPACITY - size - 1) : 255;
            case OID -> remaining < 0 ? Math.min(p.max().applyAsLong(this), CAPACITY - size - 1)
                    : IndexLayout.MAX_SUB_ID;
            case FIXED_OCTETS -> 255;
        };
    }

    /** Consumes a sub-id that lies within [{@link #min()}, {@link #max()}]. */
    public void push(long value) {
        subIds[size++] = (int) value;
        switch (layout.part(part).kind()) {
            case INTEGER -> {
                partValue[part] = value;
                nextPart();
            }
            case OCTETS, OID -> {
                if (remaining < 0) {
                    partValue[part] = value;
                    remaining = value;
                    if (value == 0) {
                        nextPart();
                    }
                } else if (--remaining == 0) {
                    nextPart();
                }
            }
            case FIXED_OCTETS -> {
                if (--remaining == 0) {
                    nextPart();
                }
            }
        }
    }

    /** Goes back to the state after the first {@code n} sub-ids. */
    public void truncate(int n) {
        int[] keep = Arrays.copyOf(subIds, n);
        reset();
        for (int v : keep) {
            push(v & IndexLayout.MAX_SUB_ID);
        }
    }

    /** The last consumed sub-id, unsigned. */
    long last() {
        return subIds[size - 1] & IndexLayout.MAX_SUB_ID;
    }

    public int[] toArray() {
        return Arrays.copyOf(subIds, size);
    }

    /** The value of an integer part, or the length of a string or OID part, once consumed. */
    public long value(int partIndex) {
        return partValue[partIndex];
    }

    /** Position of the first element (octet or sub-id) of a string or OID part. */
    public int elementStart(int partIndex) {
        IndexLayout.Kind k = layout.part(partIndex).kind();
        return partStart[partIndex] + (k == IndexLayout.Kind.OCTETS || k == IndexLayout.Kind.OID ? 1 : 0);
    }

    public int subId(int position) {
        return subIds[position];
    }

    private void nextPart() {
        part++;
        enterPart();
    }

    private void enterPart() {
        if (part == layout.size()) {
            return;
        }
        partStart[part] = size;
        IndexLayout.Part p = layout.part(part);
        if (p.kind() == IndexLayout.Kind.FIXED_OCTETS) {
            remaining = p.min().applyAsLong(this);
            partValue[part] = remaining;
        } else {
            remaining = -1;
        }
    }
}
