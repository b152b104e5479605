package org.l3vpnd.snmp.l3vpn;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

import org.l3vpnd.snmp.table.ValueChecks;

/**
 * The mplsL3VpnVrfName index: its octets as they appear in the OID. Kept as octets rather than a
 * String because GETNEXT bounds may carry octets that are no UTF-8 text, and because the SNMP order
 * is length first, then octets unsigned: "zz" (2.122.122) sorts before "aaa". Immutable.
 */
public final class VrfName {

    public static final int MAX_OCTETS = 31;

    /** The index order of RFC 2578 section 7.7 for a length-prefixed OCTET STRING. Allocation-free. */
    public static final Comparator<VrfName> ORDER = VrfName::compare;

    private final byte[] octets;
    private final String text;

    private VrfName(byte[] octets, String text) {
        this.octets = octets;
        this.text = text;
    }

    public static VrfName of(String name) {
        return new VrfName(name.getBytes(StandardCharsets.UTF_8), name);
    }

    /** From {@code count} index sub-ids (each 0..255) starting at {@code from}. */
    static VrfName fromSubIds(int[] subIds, int from, int count) {
        byte[] b = new byte[count];
        for (int i = 0; i < count; i++) {
            b[i] = (byte) subIds[from + i];
        }
        return new VrfName(b, new String(b, StandardCharsets.UTF_8));
    }

    /** The name as configuration knows it; only meaningful when {@link #isText()}. */
    public String text() {
        return text;
    }

    /** Whether the octets are UTF-8 text, i.e. could name a configured VRF. */
    public boolean isText() {
        return ValueChecks.isUtf8(octets);
    }

    public int length() {
        return octets.length;
    }

    /** Writes length and octets into {@code out} at {@code offset}; returns the offset after them. */
    int encode(int[] out, int offset) {
        out[offset++] = octets.length;
        for (byte b : octets) {
            out[offset++] = b & 0xff;
        }
        return offset;
    }

    private static int compare(VrfName a, VrfName b) {
        int c = Integer.compare(a.octets.length, b.octets.length);
        return c != 0 ? c : Arrays.compareUnsigned(a.octets, b.octets);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VrfName n && Arrays.equals(octets, n.octets);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(octets);
    }

    @Override
    public String toString() {
        return text;
    }
}
