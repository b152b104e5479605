package org.l3vpnd.agent;

import java.security.SecureRandom;

/**
 * snmpEngineID values (RFC 3411 SnmpEngineID): enterprise-format with random octets, made once
 * per data directory and kept.
 */
final class EngineIds {

    private EngineIds() {
    }

    static byte[] generate() {
        byte[] id = new byte[5 + 8];
        int enterprise = 61423;
        id[0] = (byte) (0x80 | (enterprise >>> 24));
        id[1] = (byte) (enterprise >>> 16);
        id[2] = (byte) (enterprise >>> 8);
        id[3] = (byte) enterprise;
        id[4] = 5; // octets, administratively assigned
        byte[] random = new byte[8];
        new SecureRandom().nextBytes(random);
        System.arraycopy(random, 0, id, 5, 8);
        return id;
    }
}
