package org.l3vpnd.engine.config;

import java.util.Objects;

/**
 * A notification receiver (SNMP-TARGET-MIB address + parameters, SNMP-NOTIFICATION-MIB entry folded
 * into one record, as an operator thinks of it).
 *
 * @param address   host address (IPv4 or IPv6 literal)
 * @param port      UDP port
 * @param version   "v1", "v2c" or "v3"
 * @param securityName the community (v1/v2c) or the USM user name (v3)
 * @param securityLevel "noAuthNoPriv", "authNoPriv" or "authPriv" (v3 only)
 * @param inform    send informs rather than traps
 */
public record NotifyTarget(String name, String address, int port, String version, String securityName,
                           String securityLevel, boolean inform, StorageType storage) implements ConfigItem {

    public NotifyTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(securityName, "securityName");
        Objects.requireNonNull(securityLevel, "securityLevel");
        Objects.requireNonNull(storage, "storage");
    }

    public static ItemKey keyOf(String name) {
        return new ItemKey(NotifyTarget.class, name);
    }

    @Override
    public ItemKey key() {
        return keyOf(name);
    }
}
