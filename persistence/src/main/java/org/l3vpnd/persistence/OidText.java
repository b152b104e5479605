package org.l3vpnd.persistence;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Sub-identifiers as dotted text ("0.0"), the form an operator reads in the database console.
 * Each is unsigned 32-bit as in SNMP, so an int that Java sees as negative keeps its value across
 * a round trip. Stateless.
 */
final class OidText {

    private OidText() {
    }

    static String format(int[] subIds) {
        return Arrays.stream(subIds).mapToObj(Integer::toUnsignedString).collect(Collectors.joining("."));
    }

    /** The inverse of {@link #format}; empty text is no sub-identifiers. */
    static int[] parse(String text) {
        if (text.isEmpty()) {
            return new int[0];
        }
        // Limit -1 keeps trailing empty parts, so "1." fails instead of reading as "1".
        return Arrays.stream(text.split("\\.", -1)).mapToInt(OidText::subId).toArray();
    }

    private static int subId(String part) {
        if (part.isEmpty() || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("policy OID text has a sub-identifier that is not a number");
        }
        return Integer.parseUnsignedInt(part);
    }
}
