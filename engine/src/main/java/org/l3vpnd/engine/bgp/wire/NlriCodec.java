package org.l3vpnd.engine.bgp.wire;

import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.net.MplsLabel;
import org.l3vpnd.engine.net.RouteDistinguisher;

/**
 * NLRI encodings: (length, prefix) for unicast (RFC 4271 4.3, RFC 4760 5), with one 3-octet label
 * in front for SAFI 4 (RFC 8277 2.2; the Multiple Labels capability is not negotiated, so exactly
 * one label and its S bit is not interpreted) and label plus 8-octet RD for SAFI 128 (RFC 4364
 * 4.3.4, RFC 4659 3.2). Stateless, thread-safe.
 */
final class NlriCodec {
    private static final int LABEL_BITS = 24;
    private static final int RD_BITS = 64;

    private NlriCodec() {}

    /** Decoded entries and the count of VPN entries skipped for an RD type this router cannot represent. */
    record Decoded(List<Nlri> nlri, int skippedUnknownRd) {
    }

    /** Decodes IPv4 unicast prefixes, as in the classic Withdrawn Routes and NLRI fields. */
    static List<IpPrefix> decodeIpv4(ByteBuf buf, int errorSubcode, String field) throws WireException {
        List<IpPrefix> out = new ArrayList<>();
        while (buf.isReadable()) {
            int bits = buf.readUnsignedByte();
            if (bits > 32) {
                throw error(errorSubcode, field + ": IPv4 prefix length " + bits + " exceeds 32");
            }
            out.add(readPrefix(buf, false, bits, errorSubcode, field));
        }
        return out;
    }

    static Decoded decode(ByteBuf buf, AfiSafi family, boolean withdraw, int errorSubcode) throws WireException {
        List<Nlri> out = new ArrayList<>();
        int skipped = 0;
        String field = family + (withdraw ? " withdrawn NLRI" : " NLRI");
        boolean v6 = family.isIpv6();
        int maxBits = v6 ? 128 : 32;
        int overhead = (family.hasLabel() ? LABEL_BITS : 0) + (family.hasRouteDistinguisher() ? RD_BITS : 0);
        while (buf.isReadable()) {
            int bits = buf.readUnsignedByte() - overhead;
            if (bits < 0 || bits > maxBits) {
                throw error(errorSubcode, field + ": length " + (bits + overhead) + " does not fit " + overhead
                        + " bits of label/RD plus a prefix of at most " + maxBits);
            }
            int label = Nlri.NO_LABEL;
            if (family.hasLabel()) {
                requireReadable(buf, 3, errorSubcode, field);
                int labelField = buf.readUnsignedMedium();
                label = withdraw ? MplsLabel.WITHDRAW_COMPAT : MplsLabel.labelOf(labelField);
            }
            long rd = 0;
            if (family.hasRouteDistinguisher()) {
                requireReadable(buf, 8, errorSubcode, field);
                rd = buf.readLong();
            }
            IpPrefix prefix = readPrefix(buf, v6, bits, errorSubcode, field);
            switch (family.safi()) {
                case AfiSafi.SAFI_UNICAST:
                    out.add(new Nlri.Unicast(prefix));
                    break;
                case AfiSafi.SAFI_LABELED:
                    out.add(new Nlri.Labeled(prefix, label));
                    break;
                default:
                    if ((rd >>> 48) > 2) {
                        skipped++;
                    } else {
                        out.add(new Nlri.Vpn(RouteDistinguisher.of(rd), prefix, label));
                    }
            }
        }
        return new Decoded(out, skipped);
    }

    private static IpPrefix readPrefix(ByteBuf buf, boolean v6, int bits, int errorSubcode, String field)
            throws WireException {
        int bytes = (bits + 7) >>> 3;
        requireReadable(buf, bytes, errorSubcode, field);
        long high = 0;
        long low = 0;
        for (int i = 0; i < bytes; i++) {
            long b = buf.readUnsignedByte();
            if (i < 8) {
                high |= b << (56 - 8 * i);
            } else {
                low |= b << (56 - 8 * (i - 8));
            }
        }
        // Trailing bits past the length are irrelevant (RFC 4271 4.3), hence masked, not refused.
        return IpPrefix.masked(v6, high, low, bits);
    }

    private static void requireReadable(ByteBuf buf, int n, int errorSubcode, String field) throws WireException {
        if (buf.readableBytes() < n) {
            throw error(errorSubcode, field + ": entry overruns the field by " + (n - buf.readableBytes()) + " octets");
        }
    }

    private static WireException error(int subcode, String reason) {
        return new WireException(BgpNotification.of(BgpNotification.UPDATE_MESSAGE_ERROR, subcode), reason);
    }

    /** Octets {@code nlri} takes in {@code family}'s encoding. */
    static int encodedLength(AfiSafi family, Nlri nlri) {
        return 1 + (family.hasLabel() ? 3 : 0) + (family.hasRouteDistinguisher() ? 8 : 0) + nlri.prefix().byteLength();
    }

    static int encodedLength(IpPrefix prefix) {
        return 1 + prefix.byteLength();
    }

    static void writeIpv4(ByteBuf out, IpPrefix prefix) {
        if (prefix.isIpv6()) {
            throw new IllegalArgumentException("classic NLRI fields carry IPv4 only, not " + prefix);
        }
        out.writeByte(prefix.length());
        writePrefixBytes(out, prefix);
    }

    /** Writes one entry; withdrawals carry the RFC 8277 compatibility value instead of the label. */
    static void write(ByteBuf out, AfiSafi family, Nlri nlri, boolean withdraw) {
        checkFits(family, nlri);
        int overhead = (family.hasLabel() ? LABEL_BITS : 0) + (family.hasRouteDistinguisher() ? RD_BITS : 0);
        out.writeByte(overhead + nlri.prefix().length());
        if (family.hasLabel()) {
            out.writeMedium(withdraw ? MplsLabel.WITHDRAW_COMPAT << 4 : MplsLabel.toField(nlri.label(), true));
        }
        if (family.hasRouteDistinguisher()) {
            out.writeLong(nlri.rd().value());
        }
        writePrefixBytes(out, nlri.prefix());
    }

    private static void checkFits(AfiSafi family, Nlri nlri) {
        boolean kindOk = switch (family.safi()) {
            case AfiSafi.SAFI_UNICAST -> nlri instanceof Nlri.Unicast;
            case AfiSafi.SAFI_LABELED -> nlri instanceof Nlri.Labeled;
            default -> nlri instanceof Nlri.Vpn;
        };
        if (!kindOk || nlri.prefix().isIpv6() != family.isIpv6()) {
            throw new IllegalArgumentException(nlri + " cannot be encoded as " + family);
        }
    }

    private static void writePrefixBytes(ByteBuf out, IpPrefix prefix) {
        int bytes = prefix.byteLength();
        for (int i = 0; i < bytes; i++) {
            long word = i < 8 ? prefix.high() : prefix.low();
            out.writeByte((int) (word >>> (56 - 8 * (i & 7))));
        }
    }
}
