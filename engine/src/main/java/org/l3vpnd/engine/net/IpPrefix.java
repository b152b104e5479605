package org.l3vpnd.engine.net;

import java.util.Objects;

/**
 * An IPv4 or IPv6 prefix: address and length, with every host bit zero. Immutable, thread-safe.
 *
 * <p>Kept as two longs, a length byte and a family flag (about 32 bytes per instance) because the
 * RIB holds one per route. The layout is that of {@link IpAddress}: IPv4 sits in the top 32 bits
 * of {@link #high()}. Construction refuses set host bits; the {@code masked} factories clear them
 * instead, for wire NLRI whose trailing bits RFC 4271 declares irrelevant.
 *
 * <p>Order: IPv4 before IPv6, then address (unsigned), then length, so a prefix sorts before the
 * longer prefixes it contains.
 */
public final class IpPrefix implements Comparable<IpPrefix> {
    private final long high;
    private final long low;
    private final byte length;
    private final boolean ipv6;

    private IpPrefix(boolean ipv6, long high, long low, int length) {
        this.ipv6 = ipv6;
        this.high = high;
        this.low = low;
        this.length = (byte) length;
    }

    /** Parses "10.0.0.0/8" or "2001:db8::/32"; host bits must be zero. */
    public static IpPrefix parse(String text) {
        Objects.requireNonNull(text, "text");
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("prefix \"" + text + "\" has no /length");
        }
        IpAddress address = IpAddress.parse(text.substring(0, slash));
        String lengthText = text.substring(slash + 1);
        if (lengthText.isEmpty() || lengthText.length() > 3 || !lengthText.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("prefix \"" + text + "\" has a bad length");
        }
        return of(address, Integer.parseInt(lengthText));
    }

    /** The prefix of {@code address}/{@code length}; refuses set host bits. */
    public static IpPrefix of(IpAddress address, int length) {
        checkLength(address.isIpv6(), length);
        IpPrefix p = masked(address, length);
        if (p.high != address.high() || p.low != address.low()) {
            throw new IllegalArgumentException(
                    "prefix " + address + "/" + length + " has host bits set; did you mean " + p + "?");
        }
        return p;
    }

    public static IpPrefix ofIpv4(int address, int length) {
        return of(IpAddress.ofIpv4(address), length);
    }

    /** The prefix of {@code address}/{@code length} with host bits cleared. */
    public static IpPrefix masked(IpAddress address, int length) {
        return masked(address.isIpv6(), address.high(), address.low(), length);
    }

    /** As {@link #masked(IpAddress, int)} over the raw 128-bit layout, for decoders. */
    public static IpPrefix masked(boolean ipv6, long high, long low, int length) {
        checkLength(ipv6, length);
        return new IpPrefix(ipv6, high & highMask(length), low & lowMask(length), length);
    }

    /** Builds from the first ceil(length/8) octets of {@code bytes}, masking the rest. */
    public static IpPrefix fromBytes(boolean ipv6, byte[] bytes, int length) {
        checkLength(ipv6, length);
        byte[] full = new byte[16];
        System.arraycopy(bytes, 0, full, 0, Math.min(bytes.length, ipv6 ? 16 : 4));
        return masked(ipv6, IpAddress.readLong(full, 0), IpAddress.readLong(full, 8), length);
    }

    private static void checkLength(boolean ipv6, int length) {
        int max = ipv6 ? 128 : 32;
        if (length < 0 || length > max) {
            throw new IllegalArgumentException(
                    "prefix length " + length + " is outside 0.." + max + " for " + (ipv6 ? "IPv6" : "IPv4"));
        }
    }

    static long highMask(int length) {
        return length >= 64 ? -1L : length == 0 ? 0L : -1L << (64 - length);
    }

    static long lowMask(int length) {
        return length <= 64 ? 0L : length == 128 ? -1L : -1L << (128 - length);
    }

    public boolean isIpv6() {
        return ipv6;
    }

    public int length() {
        return length & 0xff;
    }

    /** 32 or 128. */
    public int maxLength() {
        return ipv6 ? 128 : 32;
    }

    /** Octets that carry the prefix on the wire: ceil(length / 8). */
    public int byteLength() {
        return (length() + 7) >>> 3;
    }

    public long high() {
        return high;
    }

    public long low() {
        return low;
    }

    public IpAddress address() {
        return IpAddress.ofBits(ipv6, high, low);
    }

    /** The full 4 or 16 address octets. */
    public byte[] addressBytes() {
        return address().toBytes();
    }

    /** True if {@code other} is this prefix or a more specific one of the same family. */
    public boolean contains(IpPrefix other) {
        return other.ipv6 == ipv6
                && other.length() >= length()
                && (other.high & highMask(length())) == high
                && (other.low & lowMask(length())) == low;
    }

    public boolean contains(IpAddress address) {
        return address.isIpv6() == ipv6
                && (address.high() & highMask(length())) == high
                && (address.low() & lowMask(length())) == low;
    }

    @Override
    public int compareTo(IpPrefix o) {
        if (ipv6 != o.ipv6) {
            return ipv6 ? 1 : -1;
        }
        int c = Long.compareUnsigned(high, o.high);
        if (c == 0) {
            c = Long.compareUnsigned(low, o.low);
        }
        return c != 0 ? c : Integer.compare(length(), o.length());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpPrefix p && p.ipv6 == ipv6 && p.length == length && p.high == high && p.low == low;
    }

    @Override
    public int hashCode() {
        return (Long.hashCode(high * 31 + low) * 31 + length) ^ (ipv6 ? 0x5bd1e995 : 0);
    }

    @Override
    public String toString() {
        return address() + "/" + length();
    }
}
