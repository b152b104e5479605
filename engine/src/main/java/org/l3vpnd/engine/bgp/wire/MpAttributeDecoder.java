package org.l3vpnd.engine.bgp.wire;

import static org.l3vpnd.engine.bgp.wire.BgpNotification.OPTIONAL_ATTRIBUTE_ERROR;

import io.netty.buffer.ByteBuf;
import org.l3vpnd.engine.bgp.wire.UpdateOutcome.Action;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;

/**
 * MP_REACH_NLRI and MP_UNREACH_NLRI (RFC 4760 section 3 and 4). A malformed MP attribute hides
 * where its NLRI end, so RFC 7606 7.11/7.12 and section 5.3 leave only "session reset" or
 * "AFI/SAFI disable"; this codec resets, with the Optional Attribute Error subcode of RFC 4760
 * section 7. Families not negotiated on the session are skipped and reported as discarded.
 */
final class MpAttributeDecoder {
    private final NegotiatedCapabilities caps;
    private final UpdateErrors errors;
    private final PathAttributesBuilder attrs;
    BgpUpdate.MpReach reach;
    BgpUpdate.MpUnreach unreach;

    MpAttributeDecoder(NegotiatedCapabilities caps, UpdateErrors errors, PathAttributesBuilder attrs) {
        this.caps = caps;
        this.errors = errors;
        this.attrs = attrs;
    }

    void decodeReach(ByteBuf value, ByteBuf raw) {
        int type = AttributeType.MP_REACH_NLRI;
        if (value.readableBytes() < 5) {
            reset(type, raw, "MP_REACH_NLRI of " + value.readableBytes() + " octets is too short");
            return;
        }
        int afi = value.readUnsignedShort();
        int safi = value.readUnsignedByte();
        int nextHopLength = value.readUnsignedByte();
        if (value.readableBytes() < nextHopLength + 1) {
            reset(type, raw, "MP_REACH_NLRI next hop length " + nextHopLength + " overruns the attribute");
            return;
        }
        ByteBuf nextHop = value.readSlice(nextHopLength);
        value.skipBytes(1); // reserved, formerly the SNPA count
        AfiSafi family = negotiated(type, afi, safi, raw);
        if (family == null) {
            return;
        }
        MpNextHop nh = decodeNextHop(family, nextHop);
        if (nh == null) {
            reset(type, raw, family + " next hop length " + nextHopLength + " is not one this family allows");
            return;
        }
        try {
            NlriCodec.Decoded d = NlriCodec.decode(value, family, false, OPTIONAL_ATTRIBUTE_ERROR);
            reportSkipped(type, raw, d);
            reach = new BgpUpdate.MpReach(family, d.nlri());
            attrs.mpNextHop = nh;
        } catch (WireException e) {
            reset(type, raw, e.getMessage());
        }
    }

    void decodeUnreach(ByteBuf value, ByteBuf raw) {
        int type = AttributeType.MP_UNREACH_NLRI;
        if (value.readableBytes() < 3) {
            reset(type, raw, "MP_UNREACH_NLRI of " + value.readableBytes() + " octets is too short");
            return;
        }
        int afi = value.readUnsignedShort();
        int safi = value.readUnsignedByte();
        AfiSafi family = negotiated(type, afi, safi, raw);
        if (family == null) {
            return;
        }
        try {
            NlriCodec.Decoded d = NlriCodec.decode(value, family, true, OPTIONAL_ATTRIBUTE_ERROR);
            reportSkipped(type, raw, d);
            unreach = new BgpUpdate.MpUnreach(family, d.nlri());
        } catch (WireException e) {
            reset(type, raw, e.getMessage());
        }
    }

    private AfiSafi negotiated(int type, int afi, int safi, ByteBuf raw) {
        AfiSafi family = AfiSafi.lookup(afi, safi);
        if (family == null || !caps.families().contains(family)) {
            errors.add(type, Action.ATTRIBUTE_DISCARD, OPTIONAL_ATTRIBUTE_ERROR, raw,
                    "AFI/SAFI " + afi + "/" + safi + " not negotiated; its NLRI are ignored");
            return null;
        }
        return family;
    }

    private void reportSkipped(int type, ByteBuf raw, NlriCodec.Decoded d) {
        if (d.skippedUnknownRd() > 0) {
            errors.add(type, Action.ATTRIBUTE_DISCARD, OPTIONAL_ATTRIBUTE_ERROR, raw,
                    d.skippedUnknownRd() + " VPN NLRI with an RD type other than 0, 1, 2 ignored");
        }
    }

    /**
     * Next hop lengths per family: 4 for IPv4, 16 or 32 (global + link-local, RFC 2545) for IPv6,
     * 12 for VPN-IPv4 and 24 or 48 for VPN-IPv6, each VPN address behind an 8-octet RD (RFC 4364
     * 4.3.2, RFC 4659 3.2). Null for any other length.
     */
    static MpNextHop decodeNextHop(AfiSafi family, ByteBuf nh) {
        int rd = family.hasRouteDistinguisher() ? 8 : 0;
        int len = nh.readableBytes();
        if (!family.isIpv6()) {
            if (len != rd + 4) {
                return null;
            }
            nh.skipBytes(rd);
            return MpNextHop.of(IpAddress.ofIpv4(nh.readInt()));
        }
        if (len != rd + 16 && len != 2 * (rd + 16)) {
            return null;
        }
        nh.skipBytes(rd);
        IpAddress global = IpAddress.ofIpv6(nh.readLong(), nh.readLong());
        IpAddress linkLocal = null;
        if (nh.isReadable()) {
            nh.skipBytes(rd);
            linkLocal = IpAddress.ofIpv6(nh.readLong(), nh.readLong());
            if (linkLocal.isZero()) {
                linkLocal = null;
            }
        }
        return new MpNextHop(global, linkLocal);
    }

    private void reset(int type, ByteBuf raw, String reason) {
        errors.add(type, Action.SESSION_RESET, OPTIONAL_ATTRIBUTE_ERROR, raw, reason);
    }
}
