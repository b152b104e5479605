package org.l3vpnd.engine.config;

import java.util.Objects;

/** Operator settings of one host interface, keyed by its kernel ifindex (IF-MIB ifAlias). */
public record InterfaceSetting(int ifIndex, String alias, StorageType storage) implements ConfigItem {

    public InterfaceSetting {
        if (ifIndex < 1) {
            throw new IllegalArgumentException("ifIndex must be positive: " + ifIndex);
        }
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(storage, "storage");
    }

    public static ItemKey keyOf(int ifIndex) {
        return new ItemKey(InterfaceSetting.class, Integer.toString(ifIndex));
    }

    @Override
    public ItemKey key() {
        return keyOf(ifIndex);
    }
}
