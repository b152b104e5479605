package org.l3vpnd.engine.bgp.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/**
 * AS_PATH (RFC 4271 section 5.1.2, RFC 5065 confederation segments), always with 4-octet AS
 * numbers; the codec maps to and from 2-octet form with AS4_PATH for old peers (RFC 6793).
 * Immutable, thread-safe. AS numbers are unsigned 32-bit values held in ints.
 */
public final class AsPath {
    public static final AsPath EMPTY = new AsPath(List.of());

    /** Segment types with their wire codes. */
    public enum SegmentType {
        AS_SET(1), AS_SEQUENCE(2), AS_CONFED_SEQUENCE(3), AS_CONFED_SET(4);

        private final int code;

        SegmentType(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }

        public boolean isConfederation() {
            return this == AS_CONFED_SEQUENCE || this == AS_CONFED_SET;
        }

        public boolean isSet() {
            return this == AS_SET || this == AS_CONFED_SET;
        }

        /** Null for unknown codes, which make an AS_PATH malformed. */
        public static SegmentType fromCode(int code) {
            return code >= 1 && code <= 4 ? values()[code - 1] : null;
        }
    }

    /** One segment: a type and 1..255 AS numbers. */
    public static final class Segment {
        private final SegmentType type;
        private final int[] asns;

        public Segment(SegmentType type, int[] asns) {
            if (asns.length == 0 || asns.length > 255) {
                throw new IllegalArgumentException("an AS_PATH segment holds 1..255 AS numbers, not " + asns.length);
            }
            this.type = type;
            this.asns = asns.clone();
        }

        public SegmentType type() {
            return type;
        }

        public int size() {
            return asns.length;
        }

        /** The i-th AS as an unsigned value. */
        public long as(int i) {
            return asns[i] & 0xffffffffL;
        }

        public int[] asns() {
            return asns.clone();
        }

        int[] asnsUnsafe() {
            return asns;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Segment s && s.type == type && Arrays.equals(s.asns, asns);
        }

        @Override
        public int hashCode() {
            return type.hashCode() * 31 + Arrays.hashCode(asns);
        }

        @Override
        public String toString() {
            StringJoiner j = switch (type) {
                case AS_SET -> new StringJoiner(",", "{", "}");
                case AS_CONFED_SEQUENCE -> new StringJoiner(" ", "(", ")");
                case AS_CONFED_SET -> new StringJoiner(",", "[", "]");
                case AS_SEQUENCE -> new StringJoiner(" ");
            };
            for (int a : asns) {
                j.add(Integer.toUnsignedString(a));
            }
            return j.toString();
        }
    }

    private final List<Segment> segments;

    private AsPath(List<Segment> segments) {
        this.segments = segments;
    }

    public static AsPath of(List<Segment> segments) {
        return segments.isEmpty() ? EMPTY : new AsPath(List.copyOf(segments));
    }

    /** A path of one AS_SEQUENCE, split into 255-AS segments when longer. */
    public static AsPath sequence(long... asns) {
        List<Segment> segs = new ArrayList<>();
        for (int start = 0; start < asns.length; start += 255) {
            int[] part = new int[Math.min(255, asns.length - start)];
            for (int i = 0; i < part.length; i++) {
                part[i] = (int) asns[start + i];
            }
            segs.add(new Segment(SegmentType.AS_SEQUENCE, part));
        }
        return of(segs);
    }

    public List<Segment> segments() {
        return segments;
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }

    /**
     * Path length for route selection (RFC 4271 9.1.2.2, RFC 5065): each AS in a sequence counts
     * one, a set counts one, confederation segments count nothing. RFC 6793 uses the same count to
     * merge AS4_PATH.
     */
    public int pathLength() {
        int n = 0;
        for (Segment s : segments) {
            if (s.type == SegmentType.AS_SEQUENCE) {
                n += s.asns.length;
            } else if (s.type == SegmentType.AS_SET) {
                n++;
            }
        }
        return n;
    }

    public boolean contains(long as) {
        for (Segment s : segments) {
            for (int a : s.asns) {
                if ((a & 0xffffffffL) == as) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True if some AS number does not fit in two octets, so an old peer needs AS4_PATH. */
    public boolean needsFourOctets() {
        for (Segment s : segments) {
            for (int a : s.asns) {
                if ((a & 0xffffffffL) > 0xffff) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean hasConfederationSegments() {
        return segments.stream().anyMatch(s -> s.type.isConfederation());
    }

    /** This path without its confederation segments, as AS4_PATH must carry it (RFC 6793 4.2.2). */
    public AsPath withoutConfederationSegments() {
        return hasConfederationSegments()
                ? of(segments.stream().filter(s -> !s.type.isConfederation()).toList())
                : this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AsPath p && p.segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    /** "65000 65001 {1,2} (3 4)": sets in braces, confederation sequences in parentheses. */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(" ");
        segments.forEach(s -> j.add(s.toString()));
        return j.toString();
    }
}
