package org.l3vpnd.engine.bgp.session;

import java.util.EnumSet;
import java.util.Set;
import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;

/** Builds {@link BgpPeer} items for tests: active, admin up, in service, fast connect retry. */
final class PeerConfig {
    String vrf = "";
    IpAddress address;
    long remoteAs;
    IpAddress localAddress;
    int remotePort;
    int localPort;
    Set<AfiSafi> families = EnumSet.of(AfiSafi.VPNV4);
    int holdTime = -1;
    int keepalive = -1;
    int connectRetry = 1;
    boolean passive;
    boolean adminUp = true;
    String description = "";

    static PeerConfig to(String address, long remoteAs, int remotePort) {
        PeerConfig c = new PeerConfig();
        c.address = IpAddress.parse(address);
        c.remoteAs = remoteAs;
        c.remotePort = remotePort;
        return c;
    }

    PeerConfig from(String local) {
        localAddress = IpAddress.parse(local);
        return this;
    }

    PeerConfig families(AfiSafi... f) {
        families = f.length == 0 ? Set.of() : EnumSet.of(f[0], f);
        return this;
    }

    PeerConfig passive() {
        passive = true;
        return this;
    }

    PeerConfig hold(int seconds) {
        holdTime = seconds;
        return this;
    }

    PeerConfig adminUp(boolean up) {
        adminUp = up;
        return this;
    }

    BgpPeer build() {
        return new BgpPeer(vrf, address, remoteAs, localAddress, remotePort, localPort, families, holdTime, keepalive,
                connectRetry, -1, false, passive, description, adminUp, true, StorageType.VOLATILE);
    }
}
