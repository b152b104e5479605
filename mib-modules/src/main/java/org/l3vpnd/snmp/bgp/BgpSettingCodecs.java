package org.l3vpnd.snmp.bgp;

import java.util.List;
import java.util.function.LongPredicate;

import org.l3vpnd.snmp.config.SettingScalar;
import org.snmp4j.PDU;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UnsignedInteger32;

/**
 * Codecs of the l3vpndBgpGlobal scalars: SNMP value to setting text and back, with the MIB's value
 * checks (wrongValue, wrongLength). What involves two settings (keepalive against hold time, the
 * listen address against its type) is the engine's BgpValidator's, which sees the whole request.
 * Decoding trusts the text, which the validator accepted; text it cannot read shows the zero value.
 * Stateless, thread-safe.
 */
final class BgpSettingCodecs {

    private BgpSettingCodecs() {
    }

    /** IpAddress stored as dotted-quad text. */
    static SettingScalar.Codec<IpAddress> ipv4() {
        return SettingScalar.codec(t -> new IpAddress(ipv4Octets(t)),
                v -> org.l3vpnd.engine.net.IpAddress.fromBytes(v.toByteArray()).toString(),
                v -> PDU.noError);
    }

    /** Integer32 stored as decimal text; values {@code allowed} refuses are a wrongValue. */
    static SettingScalar.Codec<Integer32> integer(LongPredicate allowed) {
        return SettingScalar.codec(t -> new Integer32(parseInt(t)), v -> Integer.toString(v.getValue()),
                v -> allowed.test(v.getValue()) ? PDU.noError : PDU.wrongValue);
    }

    /** Unsigned32 within [min, max] stored as decimal text. */
    static SettingScalar.Codec<UnsignedInteger32> unsigned(long min, long max) {
        return SettingScalar.codec(t -> new UnsignedInteger32(parseUnsigned(t)), v -> Long.toString(v.getValue()),
                v -> v.getValue() >= min && v.getValue() <= max ? PDU.noError : PDU.wrongValue);
    }

    /** An enumeration stored as the names of its values {@code firstValue}, {@code firstValue + 1}, .... */
    static SettingScalar.Codec<Integer32> enumeration(int firstValue, List<String> names) {
        return SettingScalar.codec(t -> new Integer32(firstValue + Math.max(0, names.indexOf(t))),
                v -> names.get(v.getValue() - firstValue),
                v -> v.getValue() >= firstValue && v.getValue() < firstValue + names.size()
                        ? PDU.noError : PDU.wrongValue);
    }

    /** InetAddress of 0, 4 or 16 octets stored as "" or address text. */
    static SettingScalar.Codec<OctetString> inetAddress() {
        return SettingScalar.codec(t -> new OctetString(inetOctets(t)),
                v -> v.length() == 0 ? "" : org.l3vpnd.engine.net.IpAddress.fromBytes(v.getValue()).toString(),
                v -> v.length() == 0 || v.length() == 4 || v.length() == 16 ? PDU.noError : PDU.wrongLength);
    }

    private static byte[] ipv4Octets(String text) {
        byte[] b = inetOctets(text);
        return b.length == 4 ? b : new byte[4];
    }

    private static byte[] inetOctets(String text) {
        if (text.isEmpty()) {
            return new byte[0];
        }
        try {
            return org.l3vpnd.engine.net.IpAddress.parse(text.trim()).toBytes();
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static long parseUnsigned(String text) {
        try {
            long v = Long.parseLong(text.trim());
            return v < 0 || v > 0xFFFFFFFFL ? 0 : v;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
