package org.l3vpnd.engine.config;

/**
 * One unit of running configuration: a scalar setting or one row of a configuration table.
 * Items are immutable; a change is a new item with the same {@link #key()}.
 */
public interface ConfigItem {

    ItemKey key();

    /** Whether and how the item survives a restart. */
    StorageType storage();

    /**
     * Whether the item takes effect. An item that is not in service is kept (and persisted if its
     * storage says so) but the engine ignores it, as an RFC 2579 notInService row.
     */
    default boolean inService() {
        return true;
    }
}
