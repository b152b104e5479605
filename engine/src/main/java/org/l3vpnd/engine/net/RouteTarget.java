package org.l3vpnd.engine.net;

import java.util.Objects;

/**
 * A route target extended community (RFC 4360 section 4, RFC 5668): type 0x00, 0x01 or 0x02 with
 * sub-type 0x02, held as the eight wire octets in one long. Immutable, thread-safe.
 *
 * <p>Text forms are those of {@link RouteDistinguisher}: "65000:1", "192.0.2.1:7",
 * "4200000000:7", "65000L:7". Order is the unsigned order of the wire octets.
 */
public final class RouteTarget implements Comparable<RouteTarget> {
    private final long value;

    private RouteTarget(long value) {
        this.value = value;
    }

    /** Parses the same text forms as a route distinguisher. */
    public static RouteTarget parse(String text) {
        return fromAdminNumber(AdminNumber.parse(text, "route target"));
    }

    public static RouteTarget ofAs2(int as, long number) {
        return fromAdminNumber(AdminNumber.compose(AdminNumber.TYPE_AS2, as, number));
    }

    public static RouteTarget ofIpv4(IpAddress address, int number) {
        if (address.isIpv6()) {
            throw new IllegalArgumentException("an IPv4-specific route target needs an IPv4 address, not " + address);
        }
        return fromAdminNumber((long) AdminNumber.TYPE_IPV4 << 48
                | AdminNumber.compose(AdminNumber.TYPE_IPV4, address.ipv4() & 0xffffffffL, number));
    }

    public static RouteTarget ofAs4(long as, int number) {
        return fromAdminNumber((long) AdminNumber.TYPE_AS4 << 48
                | AdminNumber.compose(AdminNumber.TYPE_AS4, as, number));
    }

    /** Decodes eight wire octets; refuses anything that is not a route target. */
    public static RouteTarget fromBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != 8) {
            throw new IllegalArgumentException("a route target has 8 octets, not " + bytes.length);
        }
        return of(new ExtendedCommunity(IpAddress.readLong(bytes, 0)));
    }

    /** The route target an extended community is; refuses other communities. */
    public static RouteTarget of(ExtendedCommunity community) {
        if (!community.isRouteTarget()) {
            throw new IllegalArgumentException(
                    "extended community type 0x" + Integer.toHexString(community.type()) + " sub-type 0x"
                            + Integer.toHexString(community.subType()) + " is not a route target");
        }
        return new RouteTarget(community.value());
    }

    /** As {@link RouteDistinguisher#parseOctetsOrText}: eight binary octets or ASCII text. */
    public static RouteTarget parseOctetsOrText(byte[] octets) {
        Objects.requireNonNull(octets, "octets");
        if (octets.length == 8 && (octets[0] & 0xff) <= AdminNumber.TYPE_AS4
                && octets[1] == ExtendedCommunity.SUBTYPE_ROUTE_TARGET) {
            return fromBytes(octets);
        }
        return parse(RouteDistinguisher.asciiText(octets, "route target"));
    }

    private static RouteTarget fromAdminNumber(long typeAndValue) {
        long type = typeAndValue >>> 48;
        return new RouteTarget(type << 56 | (long) ExtendedCommunity.SUBTYPE_ROUTE_TARGET << 48
                | (typeAndValue & 0xffffffffffffL));
    }

    public ExtendedCommunity toExtendedCommunity() {
        return new ExtendedCommunity(value);
    }

    /** The eight wire octets as one big-endian long. */
    public long value() {
        return value;
    }

    /** 0, 1 or 2: the administrator layout, shared with route distinguishers. */
    public int type() {
        return (int) (value >>> 56);
    }

    public long administrator() {
        return AdminNumber.administrator(type(), value & 0xffffffffffffL);
    }

    public long assignedNumber() {
        return AdminNumber.assignedNumber(type(), value & 0xffffffffffffL);
    }

    public byte[] toBytes() {
        byte[] out = new byte[8];
        IpAddress.writeLong(out, 0, value);
        return out;
    }

    @Override
    public int compareTo(RouteTarget o) {
        return Long.compareUnsigned(value, o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RouteTarget r && r.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    /** The text form {@link #parse} reads back to an equal route target. */
    @Override
    public String toString() {
        return AdminNumber.format(type(), value & 0xffffffffffffL);
    }
}
