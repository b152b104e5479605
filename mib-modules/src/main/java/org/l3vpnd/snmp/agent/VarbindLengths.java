package org.l3vpnd.snmp.agent;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

import org.snmp4j.asn1.BER;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * The BER length of a PDU's varbind list, remembering the length of each varbind.
 *
 * <p>Why: SNMP4J-Agent asks a GETBULK response for its whole encoded length before it appends each
 * varbind, and again while releasing, sending and encoding it; measuring every varbind each time
 * makes a response cost O(n^2) in its varbinds (see the SNMP4J-Agent notes).
 *
 * <p>How a remembered length is known to hold: a varbind's length depends only on its OID and
 * value, and {@link VariableBinding#setOid} and {@link VariableBinding#setVariable} store copies,
 * so a varbind whose binding, OID and value objects are the ones measured still has the measured
 * length. Checking that touches every varbind, though, so a prefix of varbinds can be declared
 * <em>settled</em> ({@link #settle}): the request handler does so for the sub-requests it has
 * completed, whose varbinds nothing changes any more (a managed object changes only its own
 * sub-request's varbind; the agent only drops varbinds from the end). Settled lengths are summed
 * without looking at the varbinds again. Before encoding, every varbind is checked once more, and
 * a settled varbind that changed anyway fails the encoding rather than sending a wrong length.
 *
 * <p>Not thread-safe: a PDU being built belongs to the one thread that processes its request.
 */
final class VarbindLengths {

    /** Per varbind: the binding, its OID and its value when its length was measured. */
    private Object[] seen = new Object[0];
    /** Per varbind: the BER length of OID and value, without the varbind's own header. */
    private int[] payload = new int[0];
    /** {@code prefix[i]}: the BER length of varbinds {@code [0, i)}, for {@code i <= settled}. */
    private int[] prefix = new int[1];
    private int settled;
    private int count;

    /** The sum of {@link VariableBinding#getBERLength()} over {@code vbs}. */
    int total(List<? extends VariableBinding> vbs) {
        int n = vbs.size();
        if (n > payload.length) {
            grow(n);
        }
        keepSettled(vbs);
        int sum = prefix[settled];
        for (int i = settled; i < n; i++) {
            sum += measure(vbs.get(i), i);
        }
        count = n;
        return sum;
    }

    /** Declares that varbinds {@code [0, upTo)} will not change any more (see the class comment). */
    void settle(List<? extends VariableBinding> vbs, int upTo) {
        int n = Math.min(upTo, vbs.size());
        if (n > payload.length) {
            grow(n);
        }
        keepSettled(vbs);
        for (int i = settled; i < n; i++) {
            prefix[i + 1] = prefix[i] + measure(vbs.get(i), i);
        }
        settled = Math.max(settled, n);
    }

    /**
     * Writes the varbinds as {@code PDU.encodeVariableBindings} does, with the lengths measured by
     * the {@link #total} call that must come just before (it gives the sequence length).
     */
    void encode(OutputStream out, List<? extends VariableBinding> vbs, int total) throws IOException {
        if (vbs.size() != count) {
            throw new IllegalStateException("varbinds changed since they were measured");
        }
        int kept = settled;
        settled = 0;
        if (total(vbs) != total) {
            throw new IllegalStateException("a settled varbind changed after its sub-request was completed");
        }
        settled = kept;
        BER.encodeHeader(out, BER.SEQUENCE, total);
        // Encoded into an array, which the message gets in one write: SNMP4J's encoders write
        // byte by byte, which costs less there than on the message's stream.
        ByteSink sink = new ByteSink(total);
        for (int i = 0; i < count; i++) {
            VariableBinding vb = vbs.get(i);
            BER.encodeHeader(sink, BER.SEQUENCE, payload[i]);
            encodeOid(sink, vb.getOid());
            vb.getVariable().encodeBER(sink);
        }
        sink.writeTo(out);
    }

    /**
     * {@code BER.encodeOID}: the first two sub-identifiers as one (40 * first + second), then
     * each unsigned sub-identifier in base 128, most significant group first, every byte but the
     * last with bit 8 set. OIDs that rule does not cover (fewer than two sub-identifiers, a first
     * one other than 0, 1 or 2) are left to SNMP4J, which treats them as it is configured to.
     */
    private static void encodeOid(ByteSink sink, OID oid) throws IOException {
        int[] v = oid.getValue();
        if (v.length < 2 || v[0] < 0 || v[0] > 2) {
            oid.encodeBER(sink);
            return;
        }
        BER.encodeHeader(sink, BER.OID, BER.getOIDLength(v));
        sink.subId(v[0] * 40 + v[1]);
        for (int i = 2; i < v.length; i++) {
            sink.subId(v[i]);
        }
    }

    /** An output stream into an array of the size the encoding must have. */
    private static final class ByteSink extends OutputStream {
        private final byte[] bytes;
        private int size;

        ByteSink(int capacity) {
            bytes = new byte[capacity];
        }

        @Override
        public void write(int b) {
            if (size == bytes.length) {
                throw new IllegalStateException("varbinds encode longer than measured");
            }
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (len > bytes.length - size) {
                throw new IllegalStateException("varbinds encode longer than measured");
            }
            System.arraycopy(b, off, bytes, size, len);
            size += len;
        }

        /** One sub-identifier, read as unsigned, in base 128 (see {@link #encodeOid}). */
        void subId(int subId) {
            long value = subId & 0xFFFFFFFFL;
            int groups = 1;
            while (groups < 5 && value >>> (7 * groups) != 0) {
                groups++;
            }
            if (groups > bytes.length - size) {
                throw new IllegalStateException("varbinds encode longer than measured");
            }
            for (int g = groups - 1; g > 0; g--) {
                bytes[size++] = (byte) ((value >>> (7 * g)) & 0x7F | 0x80);
            }
            bytes[size++] = (byte) (value & 0x7F);
        }

        void writeTo(OutputStream out) throws IOException {
            if (size != bytes.length) {
                throw new IllegalStateException("varbinds encode shorter than measured");
            }
            out.write(bytes, 0, size);
        }
    }

    /**
     * Shortens the settled prefix to what is still there: the agent drops varbinds only from the
     * end (and may append others in their place), so the prefix ends at the last settled position
     * that still holds the varbind measured there.
     */
    private void keepSettled(List<? extends VariableBinding> vbs) {
        int n = Math.min(settled, vbs.size());
        while (n > 0 && vbs.get(n - 1) != seen[3 * (n - 1)]) {
            n--;
        }
        settled = n;
    }

    /** The BER length of varbind {@code i}, measured again only if its objects changed. */
    private int measure(VariableBinding vb, int i) {
        Object[] s = seen;
        int j = 3 * i;
        OID oid = vb.getOid();
        Variable value = vb.getVariable();
        if (s[j] != vb || s[j + 1] != oid || s[j + 2] != value) {
            s[j] = vb;
            s[j + 1] = oid;
            s[j + 2] = value;
            payload[i] = oid.getBERLength() + value.getBERLength();
        }
        int p = payload[i];
        return p + BER.getBERLengthOfLength(p) + 1;
    }

    private void grow(int n) {
        // Most responses fit in the first allocation.
        int size = Math.max(Math.max(n, 16), payload.length * 2);
        seen = Arrays.copyOf(seen, 3 * size);
        payload = Arrays.copyOf(payload, size);
        prefix = Arrays.copyOf(prefix, size + 1);
    }
}
