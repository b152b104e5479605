package org.l3vpnd.engine.vrf;

import java.util.List;
import java.util.function.IntConsumer;

import org.l3vpnd.engine.net.IpPrefix;

/**
 * What the VRF manager needs to know about host interfaces, and nothing more: whether one is up and
 * which subnets it is attached to. The agent adapts the real interface inventory to it; tests use
 * a fake. Implementations are thread-safe: the manager calls the queries on the engine loop.
 */
public interface InterfaceStatusSource {

    /** Whether the interface's ifOperStatus is up(1); {@code false} for an unknown ifIndex. */
    boolean operUp(int ifIndex);

    /**
     * The subnets of the interface's addresses, one per address with its prefix length (as an
     * {@link IpPrefix} cannot carry host bits, adapters build them with
     * {@link IpPrefix#masked(org.l3vpnd.engine.net.IpAddress, int)}). Empty for an unknown ifIndex.
     */
    List<IpPrefix> addresses(int ifIndex);

    /**
     * Registers a callback for "something about this interface may have changed" (operational
     * status, addresses, appearance, removal). It may be called on any thread and must only be
     * called after the change is visible through the queries; the manager hops onto the loop.
     */
    void addListener(IntConsumer ifIndexChanged);
}
