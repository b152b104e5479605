package org.l3vpnd.snmp.table;

import java.util.Comparator;

import org.snmp4j.PDU;

/**
 * Converts between a table's index key and its instance suffix. The key order must be the OID
 * order of the encodings, so that a ceiling lookup on keys is a GETNEXT.
 *
 * @param <K> the key type
 */
public interface IndexCodec<K> {

    /** The grammar of the suffix. */
    IndexLayout layout();

    /** Builds the key of a whole, valid suffix {@code subIds[from..to)} (see {@link IndexBounds#parse}). */
    K decode(int[] subIds, int from, int to);

    /** Writes the key's suffix into {@code out} from {@code offset}; returns the offset after it. */
    int encode(K key, int[] out, int offset);

    /** Key order; equal to the OID order of the encodings. Must not allocate. */
    Comparator<K> order();

    /**
     * Checks what the grammar cannot express before a row with this key is created, e.g. that a
     * name is valid UTF-8. Returns noError or inconsistentName.
     */
    default int checkCreatable(K key) {
        return PDU.noError;
    }
}
