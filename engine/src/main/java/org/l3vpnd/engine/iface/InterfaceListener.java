package org.l3vpnd.engine.iface;

/**
 * Hears about interfaces appearing, disappearing and changing operational status.
 * Called on the inventory's poller thread, one call at a time, in ifindex order within one poll;
 * implementations must return quickly and must not block.
 */
@FunctionalInterface
public interface InterfaceListener {

    /**
     * @param before the interface as last reported, {@code null} when it just appeared
     * @param after  the interface now, {@code null} when it just disappeared
     */
    void onChange(NetInterface before, NetInterface after);
}
