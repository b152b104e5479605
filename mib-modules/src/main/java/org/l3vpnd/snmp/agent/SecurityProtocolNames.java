package org.l3vpnd.snmp.agent;

import java.util.Locale;
import java.util.Map;

import org.snmp4j.security.AuthHMAC128SHA224;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.AuthHMAC256SHA384;
import org.snmp4j.security.AuthHMAC384SHA512;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.PrivAES192;
import org.snmp4j.security.PrivAES256;
import org.snmp4j.smi.OID;

/**
 * The USM protocols the appliance accepts, by the names net-snmp's tools use (-a / -x). MD5, DES and
 * 3DES are left out on purpose: they are broken and an operator should not be able to pick them.
 */
public final class SecurityProtocolNames {

    private static final Map<String, OID> AUTH = Map.of(
            "SHA", AuthSHA.ID,
            "SHA-224", AuthHMAC128SHA224.ID,
            "SHA-256", AuthHMAC192SHA256.ID,
            "SHA-384", AuthHMAC256SHA384.ID,
            "SHA-512", AuthHMAC384SHA512.ID);

    private static final Map<String, OID> PRIV = Map.of(
            "AES", PrivAES128.ID,
            "AES-128", PrivAES128.ID,
            "AES-192", PrivAES192.ID,
            "AES-256", PrivAES256.ID);

    public static final String DEFAULT_AUTH = "SHA-256";
    public static final String DEFAULT_PRIV = "AES-128";

    private SecurityProtocolNames() {
    }

    public static OID auth(String name) {
        OID oid = AUTH.get(name.toUpperCase(Locale.ROOT));
        if (oid == null) {
            throw new IllegalArgumentException("unsupported authentication protocol '" + name
                    + "' (use one of SHA, SHA-224, SHA-256, SHA-384, SHA-512)");
        }
        return oid;
    }

    public static OID priv(String name) {
        OID oid = PRIV.get(name.toUpperCase(Locale.ROOT));
        if (oid == null) {
            throw new IllegalArgumentException("unsupported privacy protocol '" + name
                    + "' (use one of AES, AES-128, AES-192, AES-256)");
        }
        return oid;
    }
}
