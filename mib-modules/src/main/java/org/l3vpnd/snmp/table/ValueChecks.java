package org.l3vpnd.snmp.table;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.snmp4j.PDU;
import org.snmp4j.smi.OctetString;

/** Value checks for the usual SMI syntaxes and textual conventions (RFC 2578, RFC 2579, RFC 3411). */
public final class ValueChecks {

    /** RowStatus: notReady and values outside 1..6 may not be written (RFC 2579). */
    public static final ColumnDef.ValueCheck ROW_STATUS = v -> {
        long s = v.toLong();
        return s >= RowStatusValue.ACTIVE && s <= RowStatusValue.DESTROY && s != RowStatusValue.NOT_READY
                ? PDU.noError : PDU.wrongValue;
    };

    /**
     * StorageType: management may choose volatile or nonVolatile; permanent and readOnly are given by
     * the agent only (RFC 2579: such a change is a wrongValue), and other(1) means nothing here.
     */
    public static final ColumnDef.ValueCheck STORAGE_TYPE = v -> {
        long s = v.toLong();
        return s == 2 || s == 3 ? PDU.noError : PDU.wrongValue;
    };

    public static final ColumnDef.ValueCheck TRUTH_VALUE = enumeration(1, 2);

    private ValueChecks() {
    }

    /** An integer within [min, max]; Unsigned32 values are read unsigned. */
    public static ColumnDef.ValueCheck range(long min, long max) {
        return v -> {
            long x = v.toLong();
            return x >= min && x <= max ? PDU.noError : PDU.wrongValue;
        };
    }

    public static ColumnDef.ValueCheck enumeration(int... values) {
        return v -> {
            long x = v.toLong();
            for (int allowed : values) {
                if (x == allowed) {
                    return PDU.noError;
                }
            }
            return PDU.wrongValue;
        };
    }

    /** An OCTET STRING of minLength..maxLength octets. */
    public static ColumnDef.ValueCheck length(int minLength, int maxLength) {
        return v -> {
            int n = ((OctetString) v).length();
            return n >= minLength && n <= maxLength ? PDU.noError : PDU.wrongLength;
        };
    }

    /** An OCTET STRING of one of the given sizes, e.g. SIZE (0 | 7). */
    public static ColumnDef.ValueCheck sizes(int... sizes) {
        return v -> {
            int n = ((OctetString) v).length();
            for (int s : sizes) {
                if (n == s) {
                    return PDU.noError;
                }
            }
            return PDU.wrongLength;
        };
    }

    /** SnmpAdminString (RFC 3411): at most {@code maxLength} octets of UTF-8. */
    public static ColumnDef.ValueCheck adminString(int maxLength) {
        return v -> {
            OctetString s = (OctetString) v;
            if (s.length() > maxLength) {
                return PDU.wrongLength;
            }
            return isUtf8(s.getValue()) ? PDU.noError : PDU.wrongValue;
        };
    }

    /** BITS with {@code namedBits} named bits (0..namedBits-1); unnamed bits set are a wrongValue. */
    public static ColumnDef.ValueCheck bits(int namedBits) {
        int maxOctets = (namedBits + 7) / 8;
        return v -> {
            byte[] b = ((OctetString) v).getValue();
            if (b.length > maxOctets) {
                return PDU.wrongLength;
            }
            for (int bit = namedBits; bit < b.length * 8; bit++) {
                if ((b[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
                    return PDU.wrongValue;
                }
            }
            return PDU.noError;
        };
    }

    /** Both checks; the first failing one decides. */
    public static ColumnDef.ValueCheck both(ColumnDef.ValueCheck first, ColumnDef.ValueCheck second) {
        return v -> {
            int s = first.check(v);
            return s != PDU.noError ? s : second.check(v);
        };
    }

    public static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
