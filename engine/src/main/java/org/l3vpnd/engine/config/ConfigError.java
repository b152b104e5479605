package org.l3vpnd.engine.config;

/**
 * Why a candidate configuration cannot be committed.
 *
 * @param key    the item at fault
 * @param reason what an operator reads
 * @param kind   how a management protocol should report it
 */
public record ConfigError(ItemKey key, String reason, Kind kind) {

    public enum Kind {
        /** The value itself is not acceptable (SNMP wrongValue). */
        BAD_VALUE,
        /** The value conflicts with other configuration (SNMP inconsistentValue). */
        CONFLICT,
        /** A limit of the device is reached (SNMP resourceUnavailable). */
        NO_RESOURCES,
        /** The item may not be changed, e.g. its storage type is permanent (SNMP notWritable). */
        READ_ONLY
    }

    @Override
    public String toString() {
        return key.kind().getSimpleName() + " '" + key.id().replace('\u0000', '/') + "': " + reason;
    }
}
