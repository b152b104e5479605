package org.l3vpnd.engine.bgp.rib;

import java.util.Objects;

import org.l3vpnd.engine.bgp.wire.PathAttributes;
import org.l3vpnd.engine.net.IpAddress;

/**
 * A path this router originates: a VRF route exported into a VPN table. It remembers its VRF, so
 * that the import side does not feed it back into the VRF it came from, and the VRF route's own
 * next hop, which a VRF that leaks the route on this PE uses instead of our router ID.
 */
public final class LocalPath extends Path {
    private final String originVrf;
    private final IpAddress sourceNextHop;

    LocalPath(PathAttributes attrs, int label, String originVrf, IpAddress sourceNextHop) {
        super(attrs, label, BgpRib.LOCAL_PEER);
        this.originVrf = Objects.requireNonNull(originVrf, "originVrf");
        this.sourceNextHop = sourceNextHop;
    }

    @Override
    public boolean isLocal() {
        return true;
    }

    public String originVrf() {
        return originVrf;
    }

    /** The next hop of the exported VRF route; null for connected routes. */
    public IpAddress sourceNextHop() {
        return sourceNextHop;
    }

    /** One local path per VRF: two VRFs sharing an RD (a misconfiguration) do not replace each other. */
    @Override
    boolean sameSource(Path other) {
        return other instanceof LocalPath l && l.originVrf.equals(originVrf);
    }
}
