package org.l3vpnd.snmp.agent;

import org.l3vpnd.engine.config.SnmpUser;
import org.l3vpnd.engine.config.StorageType;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;

/**
 * Turns pass phrases into keys localized to one engine ID (RFC 3414 2.6), so that only keys are
 * ever stored. Thread-safe.
 */
public final class UsmKeys {

    private static final int MIN_PASS_PHRASE = 8;

    private UsmKeys() {
    }

    /** Builds a read-write authPriv user; pass phrases shorter than 8 characters are refused (RFC 3414 11.2). */
    public static SnmpUser localizedUser(String name, String authProtocol, String authPass, String privProtocol,
                                         String privPass, byte[] engineId) {
        if (name.isEmpty() || name.length() > 32) {
            throw new IllegalArgumentException("user name must be 1 to 32 characters");
        }
        if (authPass.length() < MIN_PASS_PHRASE || privPass.length() < MIN_PASS_PHRASE) {
            throw new IllegalArgumentException("pass phrases must be at least " + MIN_PASS_PHRASE + " characters");
        }
        SecurityProtocols protocols = Snmp4jSecurity.protocols();
        OID auth = SecurityProtocolNames.auth(authProtocol);
        OID priv = SecurityProtocolNames.priv(privProtocol);
        byte[] authKey = protocols.passwordToKey(auth, new OctetString(authPass), engineId);
        byte[] privKey = protocols.passwordToKey(priv, auth, new OctetString(privPass), engineId);
        if (authKey == null || privKey == null) {
            throw new IllegalStateException("security protocol not available in this JVM");
        }
        return new SnmpUser(name, authProtocol.toUpperCase(java.util.Locale.ROOT), authKey,
                privProtocol.toUpperCase(java.util.Locale.ROOT), privKey, true, StorageType.NON_VOLATILE);
    }
}
