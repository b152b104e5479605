package org.l3vpnd.engine.net;

import java.util.Objects;

/**
 * One RFC 4360 extended community: eight octets (type, sub-type, six-octet value) as one long in
 * wire order. Immutable, thread-safe. Values of types this code does not interpret are kept
 * exactly, so they can be passed on unchanged.
 */
public record ExtendedCommunity(long value) implements Comparable<ExtendedCommunity> {
    /** Sub-type of a route target for the AS- and IPv4-specific types (RFC 4360 section 4). */
    public static final int SUBTYPE_ROUTE_TARGET = 0x02;
    /** Sub-type of a route origin, also called site of origin (RFC 4360 section 5). */
    public static final int SUBTYPE_SITE_OF_ORIGIN = 0x03;

    public static ExtendedCommunity fromBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != 8) {
            throw new IllegalArgumentException("an extended community has 8 octets, not " + bytes.length);
        }
        return new ExtendedCommunity(IpAddress.readLong(bytes, 0));
    }

    /** The high-order type octet, including the IANA-authority and non-transitive bits. */
    public int type() {
        return (int) (value >>> 56);
    }

    public int subType() {
        return (int) (value >>> 48) & 0xff;
    }

    /** The T bit (0x40 of the type octet) is clear for communities that may leave the AS. */
    public boolean isTransitive() {
        return (type() & 0x40) == 0;
    }

    /** True for the AS-specific, IPv4-specific and 4-octet-AS-specific types (0x00, 0x01, 0x02). */
    boolean hasAdminNumberValue() {
        return type() <= AdminNumber.TYPE_AS4;
    }

    public boolean isRouteTarget() {
        return hasAdminNumberValue() && subType() == SUBTYPE_ROUTE_TARGET;
    }

    public boolean isSiteOfOrigin() {
        return hasAdminNumberValue() && subType() == SUBTYPE_SITE_OF_ORIGIN;
    }

    public byte[] toBytes() {
        byte[] out = new byte[8];
        IpAddress.writeLong(out, 0, value);
        return out;
    }

    @Override
    public int compareTo(ExtendedCommunity o) {
        return Long.compareUnsigned(value, o.value);
    }

    /** "rt:65000:1", "soo:192.0.2.1:7", or the sixteen hex digits for other communities. */
    @Override
    public String toString() {
        String admin = hasAdminNumberValue() ? AdminNumber.format(type(), value & 0xffffffffffffL) : null;
        if (isRouteTarget()) {
            return "rt:" + admin;
        }
        if (isSiteOfOrigin()) {
            return "soo:" + admin;
        }
        return String.format("0x%016x", value);
    }
}
