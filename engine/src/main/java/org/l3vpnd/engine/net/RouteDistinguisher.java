package org.l3vpnd.engine.net;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An RFC 4364 route distinguisher: a 2-octet type and a 6-octet value, held as one long in wire
 * order. Immutable, thread-safe.
 *
 * <p>Invariant: the type is 0, 1 or 2 (see {@link AdminNumber} for the layouts and text forms).
 * Order is the unsigned order of the eight wire octets.
 */
public final class RouteDistinguisher implements Comparable<RouteDistinguisher> {
    /** The all-zero RD that prefixes VPN next hops in MP_REACH_NLRI (RFC 4364 section 4.3.2). */
    public static final RouteDistinguisher ZERO = new RouteDistinguisher(0);

    private final long value;

    private RouteDistinguisher(long value) {
        this.value = value;
    }

    /** The RD whose eight wire octets, big-endian, are {@code value}; refuses unknown types. */
    public static RouteDistinguisher of(long value) {
        int type = (int) (value >>> 48);
        if (type > AdminNumber.TYPE_AS4) {
            throw new IllegalArgumentException("route distinguisher type " + type + " is not 0, 1 or 2");
        }
        return value == 0 ? ZERO : new RouteDistinguisher(value);
    }

    /** Type 0: 2-octet AS and 4-octet assigned number. */
    public static RouteDistinguisher ofAs2(int as, long number) {
        return of(AdminNumber.compose(AdminNumber.TYPE_AS2, as, number));
    }

    /** Type 1: IPv4 address and 2-octet assigned number. */
    public static RouteDistinguisher ofIpv4(IpAddress address, int number) {
        if (address.isIpv6()) {
            throw new IllegalArgumentException("a type 1 route distinguisher needs an IPv4 address, not " + address);
        }
        return of((long) AdminNumber.TYPE_IPV4 << 48
                | AdminNumber.compose(AdminNumber.TYPE_IPV4, address.ipv4() & 0xffffffffL, number));
    }

    /** Type 2: 4-octet AS and 2-octet assigned number. */
    public static RouteDistinguisher ofAs4(long as, int number) {
        return of((long) AdminNumber.TYPE_AS4 << 48 | AdminNumber.compose(AdminNumber.TYPE_AS4, as, number));
    }

    /**
     * Parses "65000:1" (type 0), "192.0.2.1:7" (type 1) or "4200000000:7" (type 2); an AS above
     * 65535 selects type 2, as does an "L" suffix ("65000L:7").
     */
    public static RouteDistinguisher parse(String text) {
        return of(AdminNumber.parse(text, "route distinguisher"));
    }

    /** Decodes the eight wire octets; refuses other lengths and unknown types. */
    public static RouteDistinguisher fromBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != 8) {
            throw new IllegalArgumentException("a route distinguisher has 8 octets, not " + bytes.length);
        }
        return of(IpAddress.readLong(bytes, 0));
    }

    /**
     * Accepts either form a management SET may carry: exactly eight octets starting 00 00, 00 01 or
     * 00 02 are binary; anything else is read as ASCII text. Text can never start with a zero
     * octet, so the two cannot be confused.
     */
    public static RouteDistinguisher parseOctetsOrText(byte[] octets) {
        Objects.requireNonNull(octets, "octets");
        if (octets.length == 8 && octets[0] == 0 && (octets[1] & 0xff) <= AdminNumber.TYPE_AS4) {
            return fromBytes(octets);
        }
        return parse(asciiText(octets, "route distinguisher"));
    }

    static String asciiText(byte[] octets, String what) {
        for (byte b : octets) {
            if (b < 0x20 || b > 0x7e) {
                throw new IllegalArgumentException(
                        what + " octets are neither 8-octet binary nor printable ASCII text");
            }
        }
        return new String(octets, StandardCharsets.US_ASCII);
    }

    public byte[] toBytes() {
        byte[] out = new byte[8];
        IpAddress.writeLong(out, 0, value);
        return out;
    }

    /** The eight wire octets as one big-endian long. */
    public long value() {
        return value;
    }

    /** 0, 1 or 2. */
    public int type() {
        return (int) (value >>> 48);
    }

    /** The AS number (types 0 and 2) or the IPv4 address as an unsigned value (type 1). */
    public long administrator() {
        return AdminNumber.administrator(type(), value & 0xffffffffffffL);
    }

    public long assignedNumber() {
        return AdminNumber.assignedNumber(type(), value & 0xffffffffffffL);
    }

    @Override
    public int compareTo(RouteDistinguisher o) {
        return Long.compareUnsigned(value, o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RouteDistinguisher r && r.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    /** The text form {@link #parse} reads back to an equal RD. */
    @Override
    public String toString() {
        return AdminNumber.format(type(), value & 0xffffffffffffL);
    }
}
