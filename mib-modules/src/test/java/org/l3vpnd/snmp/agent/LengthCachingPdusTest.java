package org.l3vpnd.snmp.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.snmp4j.PDU;
import org.snmp4j.ScopedPDU;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/** The length-caching PDUs measure and encode exactly as SNMP4J's, whatever happens to their varbinds. */
class LengthCachingPdusTest {

    /** Where a sub-identifier needs one more byte, and the unsigned extremes. */
    private static final int[] SUB_ID_EDGES = {0, 126, 127, 128, 16383, 16384, 2097151, 2097152, 268435455,
            268435456, Integer.MAX_VALUE, Integer.MIN_VALUE, -1};

    private final Random random = new Random(1066);

    @Test
    void plainAndScopedCopiesAreOfTheirKindAndKeepTheRequest() {
        PDU plain = request(new PDU());
        PDU copy = LengthCachingPdus.copyOf(plain);
        assertTrue(LengthCachingPdus.isLengthCaching(copy));
        assertTrue(LengthCachingPdus.isLengthCaching((PDU) copy.clone()));
        assertEquals(plain, copy);
        assertEquals(plain.getMaxRepetitions(), copy.getMaxRepetitions());
        assertEquals(plain.getNonRepeaters(), copy.getNonRepeaters());

        ScopedPDU scoped = (ScopedPDU) request(new ScopedPDU());
        scoped.setContextName(new OctetString("ctx"));
        scoped.setContextEngineID(new OctetString(new byte[] {(byte) 0x80, 0, 0, 1}));
        PDU scopedCopy = LengthCachingPdus.copyOf(scoped);
        assertTrue(scopedCopy instanceof ScopedPDU && LengthCachingPdus.isLengthCaching(scopedCopy));
        assertEquals(scoped, scopedCopy);
        assertEquals(new OctetString("ctx"), ((ScopedPDU) scopedCopy.clone()).getContextName());
    }

    @Test
    void lengthAndEncodingFollowEveryChangeOfTheVarbinds() throws IOException {
        for (PDU original : new PDU[] {request(new PDU()), scoped()}) {
            PDU cached = (PDU) LengthCachingPdus.copyOf(original).clone();
            cached.clear();
            cached.setType(PDU.RESPONSE);
            for (int step = 0; step < 400; step++) {
                change(cached);
                assertSameAsSnmp4j(cached);
                if (step % 50 == 49) {
                    // What the agent does after processing: error fields, then encoding.
                    cached.setErrorStatus(PDU.noError);
                    cached.setErrorIndex(0);
                    assertSameAsSnmp4j(cached);
                }
            }
        }
    }

    @Test
    void settledVarbindsAreSummedAndMayBeDroppedFromTheEnd() throws IOException {
        PDU cached = LengthCachingPdus.copyOf(new PDU());
        for (int i = 0; i < 30; i++) {
            cached.add(new VariableBinding(oid(), value()));
        }
        LengthCachingPdus.settle(cached, 20);
        assertSameAsSnmp4j(cached);
        cached.get(25).setVariable(new OctetString(new byte[200]));
        assertSameAsSnmp4j(cached);
        cached.getVariableBindings().subList(10, cached.size()).clear();
        assertSameAsSnmp4j(cached);
        cached.add(new VariableBinding(oid(), value()));
        cached.trim();
        cached.trim();
        assertSameAsSnmp4j(cached);
        LengthCachingPdus.settle(cached, 100);
        assertSameAsSnmp4j(cached);
        // Dropped from the end and replaced by others before the length is asked again (the agent
        // trims a response that is too big, then appends while releasing it).
        cached.trim();
        cached.trim();
        cached.add(new VariableBinding(oid(), new OctetString(new byte[100])));
        cached.add(new VariableBinding(oid(), new OctetString(new byte[200])));
        assertSameAsSnmp4j(cached);
    }

    @Test
    void aSettledVarbindThatChangesFailsTheEncoding() throws IOException {
        PDU cached = LengthCachingPdus.copyOf(new PDU());
        for (int i = 0; i < 5; i++) {
            cached.add(new VariableBinding(oid(), new Integer32(i)));
        }
        LengthCachingPdus.settle(cached, 5);
        cached.get(2).setVariable(new OctetString("longer than it was"));
        assertThrows(IllegalStateException.class, () -> cached.encodeBER(new ByteArrayOutputStream()));
    }

    private void assertSameAsSnmp4j(PDU cached) throws IOException {
        PDU stock = cached instanceof ScopedPDU s ? new ScopedPDU(s) : new PDU(cached);
        assertEquals(stock.getBERLength(), cached.getBERLength());
        assertEquals(stock.getBERPayloadLength(), cached.getBERPayloadLength());
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        stock.encodeBER(expected);
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        cached.encodeBER(got);
        assertArrayEquals(expected.toByteArray(), got.toByteArray());
        assertEquals(cached.getBERLength(), got.size());
    }

    /** One of the things SNMP4J-Agent does to a response's varbinds. */
    private void change(PDU pdu) {
        int n = pdu.size();
        switch (n == 0 ? 0 : random.nextInt(7)) {
            case 0, 1 -> pdu.add(new VariableBinding(oid(), value()));
            case 2 -> pdu.get(random.nextInt(n)).setVariable(value());
            case 3 -> pdu.get(random.nextInt(n)).setOid(oid());
            case 4 -> pdu.set(random.nextInt(n), new VariableBinding(oid(), value()));
            case 5 -> pdu.trim();
            default -> pdu.getVariableBindings().subList(random.nextInt(n), n).clear();
        }
    }

    private OID oid() {
        if (random.nextInt(20) == 0) {
            // Odd ones, which SNMP4J encodes in its own way.
            return new OID(random.nextBoolean() ? new int[] {1} : new int[] {2, 999, random.nextInt()});
        }
        int[] v = new int[2 + random.nextInt(40)];
        v[0] = random.nextInt(3);
        v[1] = random.nextInt(40);
        for (int i = 2; i < v.length; i++) {
            v[i] = switch (random.nextInt(4)) {
                case 0 -> random.nextInt();
                case 1 -> SUB_ID_EDGES[random.nextInt(SUB_ID_EDGES.length)];
                default -> random.nextInt(300);
            };
        }
        return new OID(v);
    }

    private Variable value() {
        return switch (random.nextInt(6)) {
            case 0 -> new Integer32(random.nextInt());
            case 1 -> new Gauge32(random.nextInt(1 << 30));
            case 2 -> new OctetString(new byte[random.nextInt(300)]);
            case 3 -> new Counter64(random.nextLong());
            case 4 -> Null.endOfMibView;
            default -> Null.instance;
        };
    }

    private static PDU request(PDU pdu) {
        pdu.setType(PDU.GETBULK);
        pdu.setRequestID(new Integer32(123456));
        pdu.setNonRepeaters(1);
        pdu.setMaxRepetitions(50);
        pdu.add(new VariableBinding(new OID("1.3.6.1.2.1.1")));
        pdu.add(new VariableBinding(new OID("1.3.6.1.2.1.10.166.11.1.4.1")));
        return pdu;
    }

    private static PDU scoped() {
        ScopedPDU s = (ScopedPDU) request(new ScopedPDU());
        s.setContextName(new OctetString("a context"));
        PDU cached = (PDU) LengthCachingPdus.copyOf(s).clone();
        cached.clear();
        return cached;
    }
}
