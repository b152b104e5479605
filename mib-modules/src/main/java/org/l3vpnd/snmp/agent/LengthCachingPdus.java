package org.l3vpnd.snmp.agent;

import java.util.List;

import org.snmp4j.PDU;
import org.snmp4j.ScopedPDU;
import org.snmp4j.asn1.BER;
import org.snmp4j.smi.VariableBinding;

/**
 * PDU and ScopedPDU whose encoded length is computed with {@link VarbindLengths}: the same value
 * as SNMP4J's, without measuring every varbind again on each call. A copy (and so the response
 * that SNMP4J-Agent clones from a request) is of the same kind. Encoding is SNMP4J's own; only
 * the length computation, which also gives the encoded PDU header, is replaced.
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

    /**
     * {@code PDU.getBERPayloadLengthPDU} with remembered varbind lengths: the varbind sequence,
     * then request-id, error-status and error-index ({@code header}).
     */
    private static int payloadLength(VarbindLengths lengths, List<? extends VariableBinding> vbs, int header) {
        int length = lengths.total(vbs);
        return length + BER.getBERLengthOfLength(length) + 1 + header;
    }

    static final class Plain extends PDU {
        private static final long serialVersionUID = 1L;
        private final transient VarbindLengths lengths = new VarbindLengths();

        Plain(PDU other) {
            super(other);
        }

        @Override
        protected int getBERPayloadLengthPDU() {
            return payloadLength(lengths, variableBindings,
                    requestID.getBERLength() + errorStatus.getBERLength() + errorIndex.getBERLength());
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
            return payloadLength(lengths, variableBindings,
                    requestID.getBERLength() + errorStatus.getBERLength() + errorIndex.getBERLength());
        }

        @Override
        public Object clone() {
            return new Scoped(this);
        }
    }
}
