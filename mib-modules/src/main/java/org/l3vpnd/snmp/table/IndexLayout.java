package org.l3vpnd.snmp.table;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The grammar of a table's instance suffix (RFC 2578 section 7.7): an ordered list of parts, each
 * an integer, a length-prefixed octet string, a length-prefixed OID or a fixed-size octet string,
 * with the domain of every sub-identifier. A domain may depend on the parts before it (an
 * InetAddress length on its InetAddressType, a prefix length on the address's host bits), so the
 * layout describes exactly the suffixes of rows that can exist.
 *
 * <p>Why a grammar rather than a decode method: GETNEXT must find the first row after an arbitrary
 * OID, which may stop inside an index or carry values no row can have. Knowing every sub-id's
 * domain, {@link IndexBounds} turns any such OID into the smallest valid index after it, and the
 * row source answers with one ceiling lookup. Immutable, thread-safe.
 */
public final class IndexLayout {

    /** Largest unsigned sub-identifier. */
    public static final long MAX_SUB_ID = 0xFFFFFFFFL;

    enum Kind { INTEGER, OCTETS, OID, FIXED_OCTETS }

    /**
     * One part. For an integer, {@code min}/{@code max} bound its value; for a string or OID, its
     * length; for a fixed-size string, {@code min} is the size.
     */
    record Part(Kind kind, ToLongFunction<IndexCursor> min, ToLongFunction<IndexCursor> max) {
    }

    private final List<Part> parts;

    private IndexLayout(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    public static Builder builder() {
        return new Builder();
    }

    int size() {
        return parts.size();
    }

    Part part(int i) {
        return parts.get(i);
    }

    /** A cursor positioned before the first sub-id. Not thread-safe; one per use. */
    public IndexCursor cursor() {
        return new IndexCursor(this);
    }

    /** Builds a layout part by part, in INDEX clause order. */
    public static final class Builder {
        private final java.util.ArrayList<Part> parts = new java.util.ArrayList<>();

        /** An INTEGER / Unsigned32 / enumeration index with a fixed range. */
        public Builder integer(long min, long max) {
            return integer(c -> min, c -> max);
        }

        /** An integer index whose range depends on the parts before it. */
        public Builder integer(ToLongFunction<IndexCursor> min, ToLongFunction<IndexCursor> max) {
            parts.add(new Part(Kind.INTEGER, min, max));
            return this;
        }

        /** A variable-length OCTET STRING index (not IMPLIED): the length, then one sub-id per octet. */
        public Builder octets(int minLength, int maxLength) {
            return octets(c -> minLength, c -> maxLength);
        }

        public Builder octets(ToLongFunction<IndexCursor> minLength, ToLongFunction<IndexCursor> maxLength) {
            parts.add(new Part(Kind.OCTETS, minLength, maxLength));
            return this;
        }

        /** An OBJECT IDENTIFIER index (not IMPLIED): the number of sub-ids, then the sub-ids. */
        public Builder oid(int minLength, int maxLength) {
            parts.add(new Part(Kind.OID, c -> minLength, c -> maxLength));
            return this;
        }

        /** A fixed-size OCTET STRING index such as IpAddress: one sub-id per octet, no length. */
        public Builder fixedOctets(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("size " + size);
            }
            parts.add(new Part(Kind.FIXED_OCTETS, c -> size, c -> size));
            return this;
        }

        public IndexLayout build() {
            if (parts.isEmpty()) {
                throw new IllegalStateException("an index has at least one part");
            }
            return new IndexLayout(parts);
        }
    }
}
