package org.l3vpnd.engine.net;

/**
 * The six-octet "administrator : assigned number" value shared by route distinguishers
 * (RFC 4364 section 4.2) and AS/IPv4-specific extended communities (RFC 4360, RFC 5668). The three
 * types use one code in both places, so one parser and formatter serve both:
 * <ul>
 *   <li>type 0: 2-octet AS, 4-octet number;</li>
 *   <li>type 1: IPv4 address, 2-octet number;</li>
 *   <li>type 2: 4-octet AS, 2-octet number.</li>
 * </ul>
 * Text "65000:1" chooses type 0, "192.0.2.1:7" type 1, "4200000000:7" type 2. A type 2 value whose
 * AS would fit in 2 octets is written with an "L" suffix ("65000L:7", the Junos convention) so that
 * text and binary forms convert both ways without loss.
 */
final class AdminNumber {
    static final int TYPE_AS2 = 0;
    static final int TYPE_IPV4 = 1;
    static final int TYPE_AS4 = 2;

    private AdminNumber() {}

    /** Returns (type << 48) | six-octet value for the text form; {@code what} names the thing in errors. */
    static long parse(String text, String what) {
        if (text == null) {
            throw new IllegalArgumentException(what + " text is null");
        }
        String s = text.strip();
        int colon = s.lastIndexOf(':');
        if (colon <= 0 || colon == s.length() - 1) {
            throw new IllegalArgumentException(
                    what + " \"" + text + "\" is not of the form ASN:number or IPv4:number");
        }
        String admin = s.substring(0, colon);
        long number = parseUnsigned(s.substring(colon + 1), what, text, "assigned number");
        if (admin.indexOf('.') >= 0) {
            int ip = IpText.parseIpv4(admin, "IPv4 administrator in " + what + " \"" + text + "\"");
            requireFits(number, 0xffffL, what, text, "an IPv4 administrator (type 1)");
            return ((long) TYPE_IPV4 << 48) | (ip & 0xffffffffL) << 16 | number;
        }
        boolean forceAs4 = admin.endsWith("L") || admin.endsWith("l");
        if (forceAs4) {
            admin = admin.substring(0, admin.length() - 1);
        }
        long as = parseUnsigned(admin, what, text, "AS number");
        if (as > 0xffffffffL) {
            throw new IllegalArgumentException(
                    what + " \"" + text + "\": AS " + as + " is larger than 4294967295");
        }
        if (as <= 0xffffL && !forceAs4) {
            requireFits(number, 0xffffffffL, what, text, "a 2-octet AS administrator (type 0)");
            return ((long) TYPE_AS2 << 48) | as << 32 | number;
        }
        requireFits(number, 0xffffL, what, text, "a 4-octet AS administrator (type 2)");
        return ((long) TYPE_AS4 << 48) | as << 16 | number;
    }

    /** Formats a type code and six-octet value; the caller has already checked the type. */
    static String format(int type, long value48) {
        switch (type) {
            case TYPE_AS2:
                return (value48 >>> 32) + ":" + (value48 & 0xffffffffL);
            case TYPE_IPV4:
                return IpText.formatIpv4((int) (value48 >>> 16)) + ":" + (value48 & 0xffff);
            case TYPE_AS4: {
                long as = value48 >>> 16;
                return as + (as <= 0xffff ? "L" : "") + ":" + (value48 & 0xffff);
            }
            default:
                throw new IllegalArgumentException("unknown administrator type " + type);
        }
    }

    static long administrator(int type, long value48) {
        return type == TYPE_AS2 ? value48 >>> 32 : value48 >>> 16;
    }

    static long assignedNumber(int type, long value48) {
        return type == TYPE_AS2 ? value48 & 0xffffffffL : value48 & 0xffff;
    }

    /** Builds a six-octet value from its fields, checking each fits the type's field widths. */
    static long compose(int type, long administrator, long number) {
        switch (type) {
            case TYPE_AS2:
                checkField(administrator, 0xffffL, "2-octet AS");
                checkField(number, 0xffffffffL, "4-octet assigned number");
                return administrator << 32 | number;
            case TYPE_IPV4:
            case TYPE_AS4:
                checkField(administrator, 0xffffffffL, type == TYPE_IPV4 ? "IPv4 address" : "4-octet AS");
                checkField(number, 0xffffL, "2-octet assigned number");
                return administrator << 16 | number;
            default:
                throw new IllegalArgumentException("unknown administrator type " + type);
        }
    }

    private static void checkField(long v, long max, String field) {
        if (v < 0 || v > max) {
            throw new IllegalArgumentException(field + " " + v + " is outside 0.." + max);
        }
    }

    private static long parseUnsigned(String digits, String what, String text, String field) {
        if (digits.isEmpty() || digits.length() > 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(
                    what + " \"" + text + "\": " + field + " \"" + digits + "\" is not a decimal number");
        }
        return Long.parseLong(digits);
    }

    private static void requireFits(long number, long max, String what, String text, String admin) {
        if (number > max) {
            throw new IllegalArgumentException(what + " \"" + text + "\": assigned number " + number
                    + " is larger than " + max + ", the most " + admin + " allows");
        }
    }
}
