package org.l3vpnd.engine.config;

import java.util.Arrays;
import java.util.Objects;

/**
 * An SNMPv3 user-based security model user. Keys are stored localized to the agent's engine ID
 * (RFC 3414 section 2.6), never as passwords, so a copy of the store does not reveal them.
 *
 * @param authProtocol a protocol name such as "SHA-256" (see the SNMP layer for the list)
 * @param privProtocol a protocol name such as "AES-128", or "none"
 */
public record SnmpUser(String name, String authProtocol, byte[] authKey, String privProtocol, byte[] privKey,
                       boolean readWrite, StorageType storage) implements ConfigItem {

    public SnmpUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(authProtocol, "authProtocol");
        Objects.requireNonNull(privProtocol, "privProtocol");
        authKey = authKey == null ? new byte[0] : authKey.clone();
        privKey = privKey == null ? new byte[0] : privKey.clone();
        Objects.requireNonNull(storage, "storage");
    }

    public static ItemKey keyOf(String name) {
        return new ItemKey(SnmpUser.class, name);
    }

    @Override
    public ItemKey key() {
        return keyOf(name);
    }

    @Override
    public byte[] authKey() {
        return authKey.clone();
    }

    @Override
    public byte[] privKey() {
        return privKey.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SnmpUser u && name.equals(u.name) && authProtocol.equals(u.authProtocol)
                && Arrays.equals(authKey, u.authKey) && privProtocol.equals(u.privProtocol)
                && Arrays.equals(privKey, u.privKey) && readWrite == u.readWrite && storage == u.storage;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, authProtocol, privProtocol, readWrite, storage);
    }

    /** Keys are secrets: never printed. */
    @Override
    public String toString() {
        return "SnmpUser[" + name + ", auth=" + authProtocol + ", priv=" + privProtocol
                + (readWrite ? ", rw" : ", ro") + ']';
    }
}
