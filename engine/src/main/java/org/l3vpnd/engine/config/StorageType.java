package org.l3vpnd.engine.config;

/** How a configuration item is kept across restarts (the RFC 2579 StorageType values). */
public enum StorageType {
    OTHER(1), VOLATILE(2), NON_VOLATILE(3), PERMANENT(4), READ_ONLY(5);

    private final int code;

    StorageType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** Whether the item is written to the configuration store. */
    public boolean persistent() {
        return this == NON_VOLATILE || this == PERMANENT || this == READ_ONLY;
    }

    /** permanent and readOnly items refuse changes from management; readOnly also refuses deletion. */
    public boolean changeable() {
        return this != PERMANENT && this != READ_ONLY;
    }

    public static StorageType of(int code) {
        for (StorageType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("no StorageType " + code);
    }
}
