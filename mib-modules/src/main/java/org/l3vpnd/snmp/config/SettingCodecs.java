package org.l3vpnd.snmp.config;

import java.nio.charset.StandardCharsets;

import org.snmp4j.PDU;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UnsignedInteger32;

/** Codecs for the usual scalar syntaxes. */
public final class SettingCodecs {

    private SettingCodecs() {
    }

    /** DisplayString / SnmpAdminString of at most {@code max} octets, printable UTF-8. */
    public static SettingScalar.Codec<OctetString> displayString(int max) {
        return SettingScalar.codec(OctetString::new,
                v -> new String(v.getValue(), StandardCharsets.UTF_8),
                v -> v.length() > max ? PDU.wrongLength : (printable(v.getValue()) ? PDU.noError : PDU.wrongValue));
    }

    /** TruthValue stored as "true"/"false". */
    public static SettingScalar.Codec<Integer32> truthValue() {
        return SettingScalar.codec(t -> new Integer32(Boolean.parseBoolean(t) ? 1 : 2),
                v -> Boolean.toString(v.getValue() == 1),
                v -> v.getValue() == 1 || v.getValue() == 2 ? PDU.noError : PDU.wrongValue);
    }

    /** Unsigned32 (any value) stored as decimal text. */
    public static SettingScalar.Codec<UnsignedInteger32> unsigned32() {
        return SettingScalar.codec(t -> new UnsignedInteger32(Long.parseLong(t)),
                v -> Long.toString(v.getValue()), v -> PDU.noError);
    }

    /** Accepts UTF-8 text without control characters other than tab, CR and LF. */
    static boolean printable(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (!java.util.Arrays.equals(s.getBytes(StandardCharsets.UTF_8), bytes)) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                return false;
            }
        }
        return true;
    }
}
