package org.l3vpnd.engine.label;

import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;

/** How a VRF's exported routes get labels: per route, per VRF or per CE (next hop). */
public enum LabelPolicy {
    PER_PREFIX, PER_VRF, PER_CE;

    /**
     * The class a route of {@code vrf} falls in. A route without a next hop (a connected subnet)
     * needs an IP lookup anyway, so under per-CE it shares the VRF's aggregate label.
     */
    public Fec fec(String vrf, IpPrefix prefix, IpAddress nextHop) {
        return switch (this) {
            case PER_PREFIX -> new Fec.PerPrefix(vrf, prefix);
            case PER_VRF -> new Fec.PerVrf(vrf);
            case PER_CE -> nextHop == null ? new Fec.PerVrf(vrf) : new Fec.PerNextHop(vrf, nextHop);
        };
    }
}
