package org.l3vpnd.engine.net;

import java.util.Objects;

/**
 * A site-of-origin (route origin) extended community, RFC 4360 section 5: type 0x00, 0x01 or 0x02
 * with sub-type 0x03, held as the eight wire octets. Immutable, thread-safe. Text forms are those
 * of {@link RouteDistinguisher}.
 */
public final class SiteOfOrigin implements Comparable<SiteOfOrigin> {
    private final long value;

    private SiteOfOrigin(long value) {
        this.value = value;
    }

    public static SiteOfOrigin parse(String text) {
        long typeAndValue = AdminNumber.parse(text, "site of origin");
        return new SiteOfOrigin((typeAndValue >>> 48) << 56
                | (long) ExtendedCommunity.SUBTYPE_SITE_OF_ORIGIN << 48 | (typeAndValue & 0xffffffffffffL));
    }

    public static SiteOfOrigin fromBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return of(ExtendedCommunity.fromBytes(bytes));
    }

    public static SiteOfOrigin of(ExtendedCommunity community) {
        if (!community.isSiteOfOrigin()) {
            throw new IllegalArgumentException("extended community " + community + " is not a site of origin");
        }
        return new SiteOfOrigin(community.value());
    }

    public ExtendedCommunity toExtendedCommunity() {
        return new ExtendedCommunity(value);
    }

    public long value() {
        return value;
    }

    public byte[] toBytes() {
        return toExtendedCommunity().toBytes();
    }

    @Override
    public int compareTo(SiteOfOrigin o) {
        return Long.compareUnsigned(value, o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SiteOfOrigin s && s.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return AdminNumber.format((int) (value >>> 56), value & 0xffffffffffffL);
    }
}
