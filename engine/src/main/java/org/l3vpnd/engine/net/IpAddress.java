package org.l3vpnd.engine.net;

import java.util.Objects;

/**
 * An IPv4 or IPv6 address, immutable and thread-safe.
 *
 * <p>Both families share one 128-bit big-endian layout ({@link #high()}, {@link #low()}) with an
 * IPv4 address in the top 32 bits of {@code high}, so that prefix arithmetic is the same code for
 * both. Order: every IPv4 address sorts before every IPv6 address, then by unsigned value.
 */
public final class IpAddress implements Comparable<IpAddress> {
    private final long high;
    private final long low;
    private final boolean ipv6;

    private IpAddress(boolean ipv6, long high, long low) {
        this.ipv6 = ipv6;
        this.high = high;
        this.low = low;
    }

    public static IpAddress ofIpv4(int address) {
        return new IpAddress(false, (address & 0xffffffffL) << 32, 0);
    }

    public static IpAddress ofIpv6(long high, long low) {
        return new IpAddress(true, high, low);
    }

    /** The IPv4-mapped IPv6 address ::ffff:a.b.c.d, as 6PE/6VPE next hops carry IPv4 endpoints. */
    public static IpAddress ipv4Mapped(int address) {
        return new IpAddress(true, 0, 0xffff00000000L | (address & 0xffffffffL));
    }

    /** Builds from the 128-bit layout; IPv4 values must have zero bits below the top 32. */
    static IpAddress ofBits(boolean ipv6, long high, long low) {
        return new IpAddress(ipv6, high, low);
    }

    /** Parses dotted-quad IPv4 or RFC 4291 IPv6 text. */
    public static IpAddress parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.indexOf(':') >= 0) {
            long[] v = IpText.parseIpv6(text, "IPv6 address");
            return new IpAddress(true, v[0], v[1]);
        }
        return ofIpv4(IpText.parseIpv4(text, "IPv4 address"));
    }

    /** Reads 4 (IPv4) or 16 (IPv6) octets in network order. */
    public static IpAddress fromBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 4) {
            return ofIpv4(readInt(bytes, 0));
        }
        if (bytes.length == 16) {
            return new IpAddress(true, readLong(bytes, 0), readLong(bytes, 8));
        }
        throw new IllegalArgumentException("an IP address has 4 or 16 octets, not " + bytes.length);
    }

    public boolean isIpv6() {
        return ipv6;
    }

    /** The IPv4 address as an unsigned 32-bit value; only meaningful for IPv4. */
    public int ipv4() {
        return (int) (high >>> 32);
    }

    public long high() {
        return high;
    }

    public long low() {
        return low;
    }

    public boolean isIpv4Mapped() {
        return ipv6 && high == 0 && (low >>> 32) == 0xffffL;
    }

    /** fe80::/10, the scope RFC 2545 allows as the second MP_REACH next hop. */
    public boolean isIpv6LinkLocal() {
        return ipv6 && (high >>> 54) == (0xfe80L >>> 6);
    }

    public boolean isZero() {
        return high == 0 && low == 0;
    }

    public byte[] toBytes() {
        byte[] out = new byte[ipv6 ? 16 : 4];
        if (ipv6) {
            writeLong(out, 0, high);
            writeLong(out, 8, low);
        } else {
            writeInt(out, 0, ipv4());
        }
        return out;
    }

    @Override
    public int compareTo(IpAddress o) {
        if (ipv6 != o.ipv6) {
            return ipv6 ? 1 : -1;
        }
        int c = Long.compareUnsigned(high, o.high);
        return c != 0 ? c : Long.compareUnsigned(low, o.low);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpAddress a && a.ipv6 == ipv6 && a.high == high && a.low == low;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(high * 31 + low) ^ (ipv6 ? 0x5bd1e995 : 0);
    }

    @Override
    public String toString() {
        return ipv6 ? IpText.formatIpv6(high, low) : IpText.formatIpv4(ipv4());
    }

    static int readInt(byte[] b, int off) {
        return (b[off] & 0xff) << 24 | (b[off + 1] & 0xff) << 16 | (b[off + 2] & 0xff) << 8 | (b[off + 3] & 0xff);
    }

    static long readLong(byte[] b, int off) {
        return (readInt(b, off) & 0xffffffffL) << 32 | (readInt(b, off + 4) & 0xffffffffL);
    }

    static void writeInt(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }

    static void writeLong(byte[] b, int off, long v) {
        writeInt(b, off, (int) (v >>> 32));
        writeInt(b, off + 4, (int) v);
    }
}
