package org.l3vpnd.engine.bgp.wire;

import java.util.Objects;
import org.l3vpnd.engine.net.IpAddress;

/**
 * The next hop of an MP_REACH_NLRI attribute, without the zero RD that VPN families put in front
 * of it (RFC 4364 section 4.3.2, RFC 4659 section 3.2). {@code linkLocal} is the optional second
 * IPv6 address of RFC 2545, else null. A 6VPE/6PE next hop (IPv4 endpoint for IPv6 routes) is an
 * IPv4-mapped IPv6 address (RFC 4659 section 3.2.1.1).
 */
public record MpNextHop(IpAddress global, IpAddress linkLocal) {
    public MpNextHop {
        Objects.requireNonNull(global, "global");
        if (linkLocal != null && (!linkLocal.isIpv6() || !global.isIpv6())) {
            throw new IllegalArgumentException("a link-local next hop goes only with an IPv6 global one");
        }
    }

    public static MpNextHop of(IpAddress global) {
        return new MpNextHop(global, null);
    }

    @Override
    public String toString() {
        return linkLocal == null ? global.toString() : global + "," + linkLocal;
    }
}
