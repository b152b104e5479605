package org.l3vpnd.engine.bgp.rib;

import java.util.Objects;

import org.l3vpnd.engine.net.AfiSafi;

/** Names one RIB table: the instance ("" for the provider tables, else a VRF) and the family. */
record TableId(String instance, AfiSafi family) {
    TableId {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(family, "family");
    }

    /** CE sessions of a VRF carry plain IPv4/IPv6 unicast only; the provider instance carries every family. */
    static boolean allowed(String instance, AfiSafi family) {
        return instance.isEmpty() || family == AfiSafi.IPV4_UNICAST || family == AfiSafi.IPV6_UNICAST;
    }
}
