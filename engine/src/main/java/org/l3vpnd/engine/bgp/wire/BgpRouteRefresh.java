package org.l3vpnd.engine.bgp.wire;

/**
 * ROUTE-REFRESH (RFC 2918) with the RFC 7313 message subtype in the former reserved octet. The
 * decoder drops subtypes other than 0..2, as RFC 7313 section 5 requires them to be ignored, so a
 * received value always has a known subtype.
 */
public record BgpRouteRefresh(int afi, int safi, int subtype) implements BgpMessage {
    public static final int NORMAL = 0;
    public static final int BEGIN_OF_ROUTE_REFRESH = 1;
    public static final int END_OF_ROUTE_REFRESH = 2;

    public BgpRouteRefresh {
        if (afi < 0 || afi > 0xffff || safi < 0 || safi > 0xff || subtype < 0 || subtype > 0xff) {
            throw new IllegalArgumentException("ROUTE-REFRESH field out of range: " + afi + "/" + safi + "/" + subtype);
        }
    }

    @Override
    public int type() {
        return TYPE_ROUTE_REFRESH;
    }
}
