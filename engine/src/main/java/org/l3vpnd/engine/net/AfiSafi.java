package org.l3vpnd.engine.net;

import java.util.Optional;

/**
 * The address family / subsequent address family pairs this router speaks (RFC 4760 codes).
 * Lookup by codes is a switch, so unknown pairs simply come back empty.
 */
public enum AfiSafi {
    IPV4_UNICAST(1, 1),
    IPV6_UNICAST(2, 1),
    IPV4_LABELED(1, 4),
    IPV6_LABELED(2, 4),
    VPNV4(1, 128),
    VPNV6(2, 128);

    public static final int AFI_IPV4 = 1;
    public static final int AFI_IPV6 = 2;
    public static final int SAFI_UNICAST = 1;
    public static final int SAFI_LABELED = 4;
    public static final int SAFI_VPN = 128;

    private final int afi;
    private final int safi;

    AfiSafi(int afi, int safi) {
        this.afi = afi;
        this.safi = safi;
    }

    public int afi() {
        return afi;
    }

    public int safi() {
        return safi;
    }

    /** True when the prefixes are IPv6 (AFI 2). */
    public boolean isIpv6() {
        return afi == AFI_IPV6;
    }

    /** True when each NLRI carries an MPLS label (SAFI 4 and 128). */
    public boolean hasLabel() {
        return safi != SAFI_UNICAST;
    }

    /** True when each NLRI carries a route distinguisher (SAFI 128). */
    public boolean hasRouteDistinguisher() {
        return safi == SAFI_VPN;
    }

    public static Optional<AfiSafi> fromCodes(int afi, int safi) {
        return Optional.ofNullable(lookup(afi, safi));
    }

    /** As {@link #fromCodes} but null for unknown pairs, for decoders on the hot path. */
    public static AfiSafi lookup(int afi, int safi) {
        if (afi == AFI_IPV4) {
            switch (safi) {
                case SAFI_UNICAST: return IPV4_UNICAST;
                case SAFI_LABELED: return IPV4_LABELED;
                case SAFI_VPN: return VPNV4;
                default: return null;
            }
        }
        if (afi == AFI_IPV6) {
            switch (safi) {
                case SAFI_UNICAST: return IPV6_UNICAST;
                case SAFI_LABELED: return IPV6_LABELED;
                case SAFI_VPN: return VPNV6;
                default: return null;
            }
        }
        return null;
    }
}
