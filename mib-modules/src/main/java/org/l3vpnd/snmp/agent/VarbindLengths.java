package org.l3vpnd.snmp.agent;

import java.util.Arrays;
import java.util.List;

import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * The BER length of a PDU's varbind list, remembering the length of each varbind until its
 * binding, OID or value object changes.
 *
 * <p>Why: SNMP4J-Agent asks a GETBULK response for its whole encoded length before it appends each
 * varbind, and again while releasing and sending it; recomputing every varbind's length each time
 * makes a response cost O(n^2) in its varbinds (see the SNMP4J-Agent notes), which was a third of
 * the agent's CPU in a route table walk. A varbind's length depends only on its OID and value, and
 * {@link VariableBinding#setOid} and {@link VariableBinding#setVariable} store copies, so a new
 * OID or value object is the only way a varbind's length changes; an identity check per varbind
 * is enough to know that a remembered length still holds. Code that mutates a varbind's OID or
 * value object in place would defeat this; SNMP4J and our managed objects never do.
 *
 * <p>Not thread-safe: a PDU being built belongs to the one thread that processes its request.
 */
final class VarbindLengths {

    private VariableBinding[] bindings = new VariableBinding[0];
    private OID[] oids = new OID[0];
    private Variable[] values = new Variable[0];
    private int[] lengths = new int[0];

    /** The sum of {@link VariableBinding#getBERLength()} over {@code vbs}. */
    int total(List<? extends VariableBinding> vbs) {
        int n = vbs.size();
        if (n > lengths.length) {
            grow(n);
        }
        int sum = 0;
        for (int i = 0; i < n; i++) {
            VariableBinding vb = vbs.get(i);
            OID oid = vb.getOid();
            Variable value = vb.getVariable();
            if (bindings[i] != vb || oids[i] != oid || values[i] != value) {
                bindings[i] = vb;
                oids[i] = oid;
                values[i] = value;
                lengths[i] = vb.getBERLength();
            }
            sum += lengths[i];
        }
        return sum;
    }

    private void grow(int n) {
        // Most responses fit in the first allocation.
        int size = Math.max(Math.max(n, 16), lengths.length * 2);
        bindings = Arrays.copyOf(bindings, size);
        oids = Arrays.copyOf(oids, size);
        values = Arrays.copyOf(values, size);
        lengths = Arrays.copyOf(lengths, size);
    }
}
