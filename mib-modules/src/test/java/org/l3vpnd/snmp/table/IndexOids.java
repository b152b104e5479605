package org.l3vpnd.snmp.table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.snmp4j.smi.OID;

/**
 * Expected instance OIDs for the MIB tests, built by the RFC 2578 section 7.7 index rules
 * independently of the code under test.
 */
public final class IndexOids {

    private IndexOids() {
    }

    /** A column or scalar OID with index parts appended: {@code oid(VRF, 13, name("a"))}. */
    public static OID oid(String entry, int column, int[]... indexParts) {
        List<Integer> ids = new ArrayList<>();
        for (String s : entry.split("\\.")) {
            ids.add(Integer.parseInt(s));
        }
        ids.add(column);
        for (int[] part : indexParts) {
            for (int v : part) {
                ids.add(v);
            }
        }
        return new OID(ids.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A non-IMPLIED OCTET STRING index of UTF-8 text: the length, then the octets. */
    public static int[] name(String s) {
        return octets(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A non-IMPLIED OCTET STRING index: the length, then the octets. */
    public static int[] octets(byte[] b) {
        int[] out = new int[b.length + 1];
        out[0] = b.length;
        for (int i = 0; i < b.length; i++) {
            out[i + 1] = b[i] & 0xff;
        }
        return out;
    }

    /** Plain sub-ids (integers, enumerations, Unsigned32). */
    public static int[] ids(int... v) {
        return v;
    }
}
