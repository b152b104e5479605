package org.l3vpnd.engine.config;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;

/**
 * A configured BGP neighbour (one row of the extension MIB's peer table). Peers of the provider
 * table have an empty {@code vrf}; a CE-PE eBGP session names its VRF, so the same CE address may be
 * configured in two VRFs.
 *
 * @param localAddress   source address to use, or {@code null} for the kernel's choice
 * @param remotePort     TCP port of the peer (179 unless a test or lab says otherwise)
 * @param localPort      local TCP port to bind for outgoing connections, 0 = any
 * @param families       address families to negotiate
 * @param holdTime       seconds, -1 = the global default
 * @param keepalive      seconds, -1 = a third of the hold time
 * @param connectRetry   seconds, -1 = the global default
 * @param mrai           minimum route advertisement interval in seconds, -1 = RFC 4271 default
 */
public record BgpPeer(String vrf, IpAddress address, long remoteAs, IpAddress localAddress, int remotePort,
                      int localPort, Set<AfiSafi> families, int holdTime, int keepalive, int connectRetry, int mrai,
                      boolean routeReflectorClient, boolean passive, String description, boolean adminUp,
                      boolean inService, StorageType storage) implements ConfigItem {

    public BgpPeer {
        Objects.requireNonNull(vrf, "vrf");
        Objects.requireNonNull(address, "address");
        families = families.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(families));
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(storage, "storage");
    }

    /** The id prefix of the peers of {@code vrf} ("" for the provider table). */
    public static String vrfPrefix(String vrf) {
        return vrf + '\u0000';
    }

    public static ItemKey keyOf(String vrf, IpAddress address) {
        return new ItemKey(BgpPeer.class, ItemKey.join(vrf, address));
    }

    @Override
    public ItemKey key() {
        return keyOf(vrf, address);
    }

    /** Whether this is a provider-table (PE-PE or route-reflector) peer rather than a CE. */
    public boolean providerPeer() {
        return vrf.isEmpty();
    }
}
