package org.l3vpnd.engine.bgp.wire;

/**
 * A BGP-4 message (RFC 4271 section 4). Immutable records; the type codes are those of the
 * 19-octet header.
 */
public sealed interface BgpMessage extends InboundEvent
        permits BgpOpen, BgpUpdate, BgpNotification, BgpKeepalive, BgpRouteRefresh {
    int TYPE_OPEN = 1;
    int TYPE_UPDATE = 2;
    int TYPE_NOTIFICATION = 3;
    int TYPE_KEEPALIVE = 4;
    int TYPE_ROUTE_REFRESH = 5;

    /** Octets of the common header: marker (16), length (2), type (1). */
    int HEADER_LENGTH = 19;
    /** RFC 4271 maximum message size, without RFC 8654 extended messages. */
    int MAX_LENGTH = 4096;
    /** RFC 8654 maximum, for sessions that negotiated extended messages. */
    int MAX_EXTENDED_LENGTH = 65535;

    int type();
}
