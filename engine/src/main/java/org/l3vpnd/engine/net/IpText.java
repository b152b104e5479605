package org.l3vpnd.engine.net;

/**
 * Text forms of IPv4 and IPv6 addresses, kept as a 128-bit big-endian pair (high, low) where an
 * IPv4 address occupies the top 32 bits of {@code high}.
 *
 * <p>Written by hand rather than through {@link java.net.InetAddress} because that class may
 * resolve names, accepts forms we do not want (zone ids, octal-looking octets, "1.2.3") and
 * allocates on every call. Thread-safe (stateless).
 */
final class IpText {
    private IpText() {}

    /** Parses dotted-quad IPv4 into an unsigned 32-bit value; throws with {@code what} in the message. */
    static int parseIpv4(String s, String what) {
        int value = 0;
        int octets = 0;
        int i = 0;
        int n = s.length();
        while (true) {
            int start = i;
            int octet = 0;
            while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
                octet = octet * 10 + (s.charAt(i) - '0');
                i++;
                if (i - start > 3) {
                    throw bad(what, s);
                }
            }
            // A leading zero is refused because some tools read "010" as octal.
            if (i == start || octet > 255 || (i - start > 1 && s.charAt(start) == '0')) {
                throw bad(what, s);
            }
            value = (value << 8) | octet;
            octets++;
            if (i == n) {
                break;
            }
            if (s.charAt(i) != '.' || octets == 4) {
                throw bad(what, s);
            }
            i++;
        }
        if (octets != 4) {
            throw bad(what, s);
        }
        return value;
    }

    /** Parses an IPv6 address (RFC 4291 section 2.2 forms) into {high, low}. */
    static long[] parseIpv6(String s, String what) {
        int[] groups = new int[8];
        int count = 0;
        int gap = -1;
        int i = 0;
        int n = s.length();
        if (n < 2) {
            throw bad(what, s);
        }
        if (s.startsWith("::")) {
            gap = 0;
            i = 2;
        } else if (s.charAt(0) == ':') {
            throw bad(what, s);
        }
        while (i < n) {
            int start = i;
            int group = 0;
            while (i < n && hexValue(s.charAt(i)) >= 0) {
                group = (group << 4) | hexValue(s.charAt(i));
                i++;
                if (i - start > 4) {
                    break;
                }
            }
            if (i < n && s.charAt(i) == '.') {
                // Embedded IPv4 in the last 32 bits, e.g. ::ffff:192.0.2.1.
                if (count > 6) {
                    throw bad(what, s);
                }
                int v4 = parseIpv4(s.substring(start), what);
                groups[count++] = v4 >>> 16;
                groups[count++] = v4 & 0xffff;
                i = n;
                break;
            }
            if (i == start || i - start > 4 || count == 8) {
                throw bad(what, s);
            }
            groups[count++] = group;
            if (i == n) {
                break;
            }
            if (s.charAt(i) != ':') {
                throw bad(what, s);
            }
            i++;
            if (i < n && s.charAt(i) == ':') {
                if (gap >= 0) {
                    throw bad(what, s);
                }
                gap = count;
                i++;
            } else if (i == n) {
                throw bad(what, s);
            }
        }
        if (gap >= 0) {
            if (count == 8) {
                throw bad(what, s);
            }
            int tail = count - gap;
            System.arraycopy(groups, gap, groups, 8 - tail, tail);
            for (int k = gap; k < 8 - tail; k++) {
                groups[k] = 0;
            }
        } else if (count != 8) {
            throw bad(what, s);
        }
        long high = 0;
        long low = 0;
        for (int k = 0; k < 4; k++) {
            high = (high << 16) | groups[k];
            low = (low << 16) | groups[k + 4];
        }
        return new long[] {high, low};
    }

    static String formatIpv4(int v) {
        return (v >>> 24) + "." + ((v >>> 16) & 0xff) + "." + ((v >>> 8) & 0xff) + "." + (v & 0xff);
    }

    /** RFC 5952 canonical text: lower case, longest run of two or more zero groups compressed. */
    static String formatIpv6(long high, long low) {
        int[] g = new int[8];
        for (int k = 0; k < 4; k++) {
            g[k] = (int) (high >>> (48 - 16 * k)) & 0xffff;
            g[k + 4] = (int) (low >>> (48 - 16 * k)) & 0xffff;
        }
        if (high == 0 && (low >>> 32) == 0xffffL) {
            return "::ffff:" + formatIpv4((int) low);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int k = 0; k < 8; ) {
            if (g[k] != 0) {
                k++;
                continue;
            }
            int start = k;
            while (k < 8 && g[k] == 0) {
                k++;
            }
            if (k - start > bestLen) {
                bestStart = start;
                bestLen = k - start;
            }
        }
        StringBuilder sb = new StringBuilder(39);
        for (int k = 0; k < 8; k++) {
            if (k == bestStart) {
                sb.append("::");
                k += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[k]));
        }
        return sb.toString();
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static IllegalArgumentException bad(String what, String s) {
        return new IllegalArgumentException("not a valid " + what + ": \"" + s + "\"");
    }
}
