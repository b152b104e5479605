package org.l3vpnd.engine.config;

import java.util.Objects;

/**
 * A named scalar setting (sysName, notification enables, thresholds, ...). Values are kept as
 * text; {@link SettingNames} lists the names and their meaning.
 */
public record Setting(String name, String value, StorageType storage) implements ConfigItem {

    public Setting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(storage, "storage");
    }

    public static Setting of(String name, String value) {
        return new Setting(name, value, StorageType.NON_VOLATILE);
    }

    public static ItemKey keyOf(String name) {
        return new ItemKey(Setting.class, name);
    }

    @Override
    public ItemKey key() {
        return keyOf(name);
    }
}
