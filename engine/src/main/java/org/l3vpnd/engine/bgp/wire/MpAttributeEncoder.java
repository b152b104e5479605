package org.l3vpnd.engine.bgp.wire;

import io.netty.buffer.ByteBuf;
import java.util.List;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;

/**
 * Writes MP_REACH_NLRI and MP_UNREACH_NLRI (RFC 4760), with the next hop layouts that
 * {@link MpAttributeDecoder#decodeNextHop} reads. Stateless, thread-safe.
 */
final class MpAttributeEncoder {
    /** Flags, type and extended length: the MP attribute header at its largest. */
    static final int MAX_HEADER = 4;

    private MpAttributeEncoder() {}

    /** Octets of the MP_REACH_NLRI value before the NLRI: AFI, SAFI, next hop length, next hop, reserved. */
    static int reachPrefixLength(AfiSafi family, MpNextHop nh) {
        return 5 + nextHopLength(family, nh);
    }

    static int nextHopLength(AfiSafi family, MpNextHop nh) {
        checkNextHop(family, nh);
        int one = (family.hasRouteDistinguisher() ? 8 : 0) + (family.isIpv6() ? 16 : 4);
        return nh.linkLocal() == null ? one : 2 * one;
    }

    static void writeReach(ByteBuf out, AfiSafi family, MpNextHop nh, List<Nlri> nlri, int from, int to) {
        int nlriLength = 0;
        for (int i = from; i < to; i++) {
            nlriLength += NlriCodec.encodedLength(family, nlri.get(i));
        }
        AttributeEncoder.header(out, AttributeType.OPTIONAL, AttributeType.MP_REACH_NLRI,
                reachPrefixLength(family, nh) + nlriLength);
        out.writeShort(family.afi());
        out.writeByte(family.safi());
        out.writeByte(nextHopLength(family, nh));
        writeAddress(out, family, nh.global());
        if (nh.linkLocal() != null) {
            writeAddress(out, family, nh.linkLocal());
        }
        out.writeByte(0);
        for (int i = from; i < to; i++) {
            NlriCodec.write(out, family, nlri.get(i), false);
        }
    }

    static void writeUnreach(ByteBuf out, AfiSafi family, List<Nlri> nlri, int from, int to) {
        int nlriLength = 0;
        for (int i = from; i < to; i++) {
            nlriLength += NlriCodec.encodedLength(family, nlri.get(i));
        }
        AttributeEncoder.header(out, AttributeType.OPTIONAL, AttributeType.MP_UNREACH_NLRI, 3 + nlriLength);
        out.writeShort(family.afi());
        out.writeByte(family.safi());
        for (int i = from; i < to; i++) {
            NlriCodec.write(out, family, nlri.get(i), true);
        }
    }

    private static void writeAddress(ByteBuf out, AfiSafi family, IpAddress a) {
        if (family.hasRouteDistinguisher()) {
            out.writeLong(0); // RFC 4364 4.3.2: the next hop's RD is zero
        }
        if (a.isIpv6()) {
            out.writeLong(a.high());
            out.writeLong(a.low());
        } else {
            out.writeInt(a.ipv4());
        }
    }

    private static void checkNextHop(AfiSafi family, MpNextHop nh) {
        if (nh == null) {
            throw new IllegalArgumentException(family + " routes need an MP_REACH_NLRI next hop");
        }
        if (nh.global().isIpv6() != family.isIpv6()) {
            // IPv4 endpoints of IPv6 routes travel as IPv4-mapped IPv6 (6PE/6VPE); IPv6 next hops of
            // IPv4 routes need RFC 8950, which this codec does not negotiate.
            throw new IllegalArgumentException("next hop " + nh + " does not suit " + family);
        }
    }
}
