package org.l3vpnd.snmp.agent;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.snmp4j.PDU;
import org.snmp4j.ScopedPDU;
import org.snmp4j.asn1.BER;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.VariableBinding;

/**
 * PDU and ScopedPDU whose encoded length comes from {@link VarbindLengths}: the same value and
 * the same encoding as SNMP4J's, without measuring every varbind again on each of the many
 * length queries of a GETBULK response. A copy (and so the response that SNMP4J-Agent clones from
 * a request) is of the same kind.
 *
 * <p>Not thread-safe, like {@link PDU}: one request's thread builds and sends it.
 */
final class LengthCachingPdus {

    private LengthCachingPdus() {
    }

    /** A length-caching copy of {@code pdu}, of its kind (plain or scoped). */
    static PDU copyOf(PDU pdu) {
        if (pdu instanceof ScopedPDU scoped) {
            return new Scoped(scoped);
        }
        return new Plain(pdu);
    }

    static boolean isLengthCaching(PDU pdu) {
        return pdu instanceof Plain || pdu instanceof Scoped;
    }

    /** See {@link VarbindLengths#settle}; does nothing to other PDUs. */
    static void settle(PDU pdu, int upTo) {
        if (pdu instanceof Plain p) {
            p.lengths.settle(p.getVariableBindings(), upTo);
        } else if (pdu instanceof Scoped s) {
            s.lengths.settle(s.getVariableBindings(), upTo);
        }
    }

    /**
     * {@code PDU.getBERPayloadLengthPDU}: the varbind sequence, then request-id, error-status and
     * error-index ({@code header}).
     */
    private static int payloadLength(int varbinds, int header) {
        return varbinds + BER.getBERLengthOfLength(varbinds) + 1 + header;
    }

    private static int header(Integer32 requestId, Integer32 errorStatus, Integer32 errorIndex) {
        return requestId.getBERLength() + errorStatus.getBERLength() + errorIndex.getBERLength();
    }

    /** {@code PDU.encodeBER}, with the varbind lengths remembered. */
    private static void encodePdu(OutputStream out, int type, Integer32 requestId, Integer32 errorStatus,
                                  Integer32 errorIndex, List<? extends VariableBinding> vbs, VarbindLengths lengths)
            throws IOException {
        int varbinds = lengths.total(vbs);
        BER.encodeHeader(out, type, payloadLength(varbinds, header(requestId, errorStatus, errorIndex)));
        requestId.encodeBER(out);
        errorStatus.encodeBER(out);
        errorIndex.encodeBER(out);
        lengths.encode(out, vbs, varbinds);
    }

    static final class Plain extends PDU {
        private static final long serialVersionUID = 1L;
        private final transient VarbindLengths lengths = new VarbindLengths();

        Plain(PDU other) {
            super(other);
        }

        @Override
        protected int getBERPayloadLengthPDU() {
            return payloadLength(lengths.total(variableBindings), header(requestID, errorStatus, errorIndex));
        }

        @Override
        public void encodeBER(OutputStream out) throws IOException {
            encodePdu(out, type, requestID, errorStatus, errorIndex, variableBindings, lengths);
        }

        @Override
        public Object clone() {
            return new Plain(this);
        }
    }

    static final class Scoped extends ScopedPDU {
        private static final long serialVersionUID = 1L;
        private final transient VarbindLengths lengths = new VarbindLengths();

        Scoped(ScopedPDU other) {
            super(other);
        }

        @Override
        protected int getBERPayloadLengthPDU() {
            return payloadLength(lengths.total(variableBindings), header(requestID, errorStatus, errorIndex));
        }

        /** {@code ScopedPDU.encodeBER}: the scope, then the PDU. */
        @Override
        public void encodeBER(OutputStream out) throws IOException {
            BER.encodeHeader(out, BER.SEQUENCE, getBERPayloadLength());
            getContextEngineID().encodeBER(out);
            getContextName().encodeBER(out);
            encodePdu(out, type, requestID, errorStatus, errorIndex, variableBindings, lengths);
        }

        @Override
        public Object clone() {
            return new Scoped(this);
        }
    }
}
