package org.l3vpnd.engine.bgp.session;

import java.util.Objects;
import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.net.IpAddress;

/** Identity of a peer: its VRF ("" for the provider table) and address. Immutable. */
record PeerId(String vrf, IpAddress address) {
    PeerId {
        Objects.requireNonNull(vrf, "vrf");
        Objects.requireNonNull(address, "address");
    }

    static PeerId of(BgpPeer peer) {
        return new PeerId(peer.vrf(), peer.address());
    }

    @Override
    public String toString() {
        return vrf.isEmpty() ? address.toString() : vrf + "/" + address;
    }
}
