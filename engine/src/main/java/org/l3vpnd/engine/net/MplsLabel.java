package org.l3vpnd.engine.net;

/**
 * MPLS label values (RFC 3032) and the three-octet label field of labeled NLRI (RFC 8277).
 *
 * <p>Labels stay plain {@code int}s (20 bits) rather than objects because the RIB stores one per
 * route. Stateless, thread-safe.
 */
public final class MplsLabel {
    public static final int IPV4_EXPLICIT_NULL = 0;
    public static final int ROUTER_ALERT = 1;
    public static final int IPV6_EXPLICIT_NULL = 2;
    public static final int IMPLICIT_NULL = 3;
    /** Labels 0..15 are reserved (RFC 3032, RFC 7274) and never allocated for routes. */
    public static final int MAX_RESERVED = 15;
    public static final int MAX = (1 << 20) - 1;
    /**
     * The 20-bit value of the RFC 8277 withdrawal "Compatibility" field 0x800000; senders use it,
     * receivers ignore whatever arrives.
     */
    public static final int WITHDRAW_COMPAT = 0x80000;

    private MplsLabel() {}

    public static boolean isValid(int label) {
        return label >= 0 && label <= MAX;
    }

    public static boolean isReserved(int label) {
        return label >= 0 && label <= MAX_RESERVED;
    }

    /** The 24-bit field: label in the top 20 bits, TC zero, S bit as given. */
    public static int toField(int label, boolean bottomOfStack) {
        if (!isValid(label)) {
            throw new IllegalArgumentException("MPLS label " + label + " is outside 0.." + MAX);
        }
        return label << 4 | (bottomOfStack ? 1 : 0);
    }

    public static int labelOf(int field) {
        return (field >>> 4) & MAX;
    }

    public static boolean isBottomOfStack(int field) {
        return (field & 1) != 0;
    }
}
