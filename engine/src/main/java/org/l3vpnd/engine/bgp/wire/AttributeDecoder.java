package org.l3vpnd.engine.bgp.wire;

import static org.l3vpnd.engine.bgp.wire.AttributeType.OPTIONAL;
import static org.l3vpnd.engine.bgp.wire.AttributeType.TRANSITIVE;
import static org.l3vpnd.engine.bgp.wire.BgpNotification.ATTRIBUTE_FLAGS_ERROR;
import static org.l3vpnd.engine.bgp.wire.BgpNotification.ATTRIBUTE_LENGTH_ERROR;
import static org.l3vpnd.engine.bgp.wire.BgpNotification.INVALID_NEXT_HOP_ATTRIBUTE;
import static org.l3vpnd.engine.bgp.wire.BgpNotification.INVALID_ORIGIN_ATTRIBUTE;
import static org.l3vpnd.engine.bgp.wire.BgpNotification.MALFORMED_AS_PATH;
import static org.l3vpnd.engine.bgp.wire.BgpNotification.OPTIONAL_ATTRIBUTE_ERROR;
import static org.l3vpnd.engine.bgp.wire.BgpNotification.UNRECOGNIZED_WELL_KNOWN_ATTRIBUTE;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.util.Arrays;
import org.l3vpnd.engine.bgp.wire.UpdateOutcome.Action;
import org.l3vpnd.engine.net.IpAddress;

/**
 * Decodes the path attributes of one UPDATE into a {@link PathAttributesBuilder}, applying the
 * per-attribute error handling of RFC 7606 section 7 (and RFC 6793, 7607, 8092 where they
 * govern). One instance per UPDATE; the caller frames the attributes and detects duplicates.
 */
final class AttributeDecoder {
    private final NegotiatedCapabilities caps;
    private final UpdateErrors errors;
    final PathAttributesBuilder attrs = new PathAttributesBuilder();
    final MpAttributeDecoder mp;
    AsPath as4Path;
    Aggregator as4Aggregator;

    AttributeDecoder(NegotiatedCapabilities caps, UpdateErrors errors) {
        this.caps = caps;
        this.errors = errors;
        this.mp = new MpAttributeDecoder(caps, errors, attrs);
    }

    /** Decodes one attribute; {@code raw} is the whole attribute for NOTIFICATION data. */
    void decode(int flags, int type, ByteBuf value, ByteBuf raw) {
        if (!AttributeType.isRecognized(type)) {
            decodeUnrecognized(flags, type, value, raw);
            return;
        }
        if (discardedFromThisPeer(type, raw)) {
            return;
        }
        boolean flagsOk = (flags & (OPTIONAL | TRANSITIVE)) == AttributeType.expectedFlags(type);
        if (!flagsOk) {
            // RFC 7606 3(c): conflicting Optional/Transitive bits make the attribute malformed.
            errors.add(type, Action.TREAT_AS_WITHDRAW, ATTRIBUTE_FLAGS_ERROR, raw,
                    "attribute " + type + " has flags 0x" + Integer.toHexString(flags));
            if (type != AttributeType.MP_REACH_NLRI && type != AttributeType.MP_UNREACH_NLRI) {
                return;
            }
            // MP attributes are still parsed so that their NLRI can be withdrawn.
        }
        int len = value.readableBytes();
        switch (type) {
            case AttributeType.ORIGIN -> {
                if (len != 1) {
                    taw(type, ATTRIBUTE_LENGTH_ERROR, raw, "ORIGIN length " + len);
                } else {
                    int code = value.readUnsignedByte();
                    attrs.origin = Origin.fromCode(code);
                    if (attrs.origin == null) {
                        taw(type, INVALID_ORIGIN_ATTRIBUTE, raw, "undefined ORIGIN " + code);
                    }
                }
            }
            case AttributeType.AS_PATH -> {
                try {
                    attrs.asPath = AsPathCodec.decode(value, caps.fourOctetAs() ? 4 : 2);
                } catch (WireException e) {
                    taw(type, MALFORMED_AS_PATH, raw, e.getMessage());
                }
            }
            case AttributeType.NEXT_HOP -> decodeNextHop(value, raw);
            case AttributeType.MULTI_EXIT_DISC -> {
                if (len != 4) {
                    taw(type, ATTRIBUTE_LENGTH_ERROR, raw, "MULTI_EXIT_DISC length " + len);
                } else {
                    attrs.med = value.readUnsignedInt();
                }
            }
            case AttributeType.LOCAL_PREF -> {
                if (len != 4) {
                    taw(type, ATTRIBUTE_LENGTH_ERROR, raw, "LOCAL_PREF length " + len);
                } else {
                    attrs.localPref = value.readUnsignedInt();
                }
            }
            case AttributeType.ATOMIC_AGGREGATE -> {
                if (len != 0) {
                    discard(type, ATTRIBUTE_LENGTH_ERROR, raw, "ATOMIC_AGGREGATE length " + len);
                } else {
                    attrs.atomicAggregate = true;
                }
            }
            case AttributeType.AGGREGATOR -> {
                Aggregator a = decodeAggregator(type, value, raw, caps.fourOctetAs() ? 8 : 6);
                if (a != null) {
                    attrs.aggregator = a;
                }
            }
            case AttributeType.COMMUNITIES -> {
                if (len == 0 || len % 4 != 0) {
                    taw(type, ATTRIBUTE_LENGTH_ERROR, raw, "COMMUNITIES length " + len);
                } else {
                    attrs.communities = readInts(value, len / 4);
                }
            }
            case AttributeType.ORIGINATOR_ID -> {
                if (len != 4) {
                    taw(type, ATTRIBUTE_LENGTH_ERROR, raw, "ORIGINATOR_ID length " + len);
                } else {
                    attrs.originatorId = IpAddress.ofIpv4(value.readInt());
                }
            }
            case AttributeType.CLUSTER_LIST -> {
                if (len == 0 || len % 4 != 0) {
                    taw(type, ATTRIBUTE_LENGTH_ERROR, raw, "CLUSTER_LIST length " + len);
                } else {
                    attrs.clusterList = readInts(value, len / 4);
                }
            }
            case AttributeType.MP_REACH_NLRI -> mp.decodeReach(value, raw);
            case AttributeType.MP_UNREACH_NLRI -> mp.decodeUnreach(value, raw);
            case AttributeType.EXTENDED_COMMUNITIES -> {
                if (len == 0 || len % 8 != 0) {
                    taw(type, ATTRIBUTE_LENGTH_ERROR, raw, "EXTENDED_COMMUNITIES length " + len);
                } else {
                    long[] ecs = new long[len / 8];
                    for (int i = 0; i < ecs.length; i++) {
                        ecs[i] = value.readLong();
                    }
                    attrs.extendedCommunities = ecs;
                }
            }
            case AttributeType.AS4_PATH -> decodeAs4Path(value, raw);
            case AttributeType.AS4_AGGREGATOR -> as4Aggregator = decodeAggregator(type, value, raw, 8);
            case AttributeType.LARGE_COMMUNITY -> decodeLargeCommunities(value, raw);
            default -> throw new IllegalStateException("recognized type without a decoder: " + type);
        }
    }

    /**
     * RFC 7606 7.5, 7.9, 7.10: LOCAL_PREF, ORIGINATOR_ID and CLUSTER_LIST from an external peer are
     * discarded whatever their content; RFC 6793 section 3: a 4-octet peer never sends AS4_*.
     */
    private boolean discardedFromThisPeer(int type, ByteBuf raw) {
        boolean internalOnly = type == AttributeType.LOCAL_PREF || type == AttributeType.ORIGINATOR_ID
                || type == AttributeType.CLUSTER_LIST;
        if (internalOnly && caps.external()) {
            discard(type, OPTIONAL_ATTRIBUTE_ERROR, raw, "attribute " + type + " from an external peer");
            return true;
        }
        boolean as4 = type == AttributeType.AS4_PATH || type == AttributeType.AS4_AGGREGATOR;
        if (as4 && caps.fourOctetAs()) {
            discard(type, OPTIONAL_ATTRIBUTE_ERROR, raw, "attribute " + type + " on a 4-octet AS session");
            return true;
        }
        return false;
    }

    private void decodeUnrecognized(int flags, int type, ByteBuf value, ByteBuf raw) {
        if ((flags & OPTIONAL) == 0) {
            errors.add(type, Action.SESSION_RESET, UNRECOGNIZED_WELL_KNOWN_ATTRIBUTE, raw,
                    "unrecognized well-known attribute " + type);
        } else if ((flags & TRANSITIVE) != 0) {
            attrs.addUnknown(type, ByteBufUtil.getBytes(value));
        }
        // Unrecognized optional non-transitive attributes are quietly ignored (RFC 4271 9).
    }

    private void decodeNextHop(ByteBuf value, ByteBuf raw) {
        int len = value.readableBytes();
        if (len != 4) {
            taw(AttributeType.NEXT_HOP, ATTRIBUTE_LENGTH_ERROR, raw, "NEXT_HOP length " + len);
            return;
        }
        int nh = value.readInt();
        int firstOctet = nh >>> 24;
        // RFC 4271 6.3: a semantically wrong next hop makes the routes unusable, hence withdraw.
        if (nh == 0 || nh == -1 || firstOctet >= 224) {
            taw(AttributeType.NEXT_HOP, INVALID_NEXT_HOP_ATTRIBUTE, raw,
                    "NEXT_HOP " + IpAddress.ofIpv4(nh) + " is not a unicast address");
            return;
        }
        attrs.nextHop = IpAddress.ofIpv4(nh);
    }

    /**
     * RFC 6793 section 6: a malformed AS4_PATH (or one too short to hold an AS) is discarded, not
     * fatal to the routes; confederation segments, which it must not carry, are dropped alone.
     */
    private void decodeAs4Path(ByteBuf value, ByteBuf raw) {
        int type = AttributeType.AS4_PATH;
        if (value.readableBytes() < 6) {
            discard(type, ATTRIBUTE_LENGTH_ERROR, raw, "AS4_PATH length " + value.readableBytes());
            return;
        }
        try {
            AsPath path = AsPathCodec.decode(value, 4);
            if (path.hasConfederationSegments()) {
                discard(type, OPTIONAL_ATTRIBUTE_ERROR, raw, "confederation segments removed from AS4_PATH");
                path = path.withoutConfederationSegments();
            }
            as4Path = path;
        } catch (WireException e) {
            discard(type, OPTIONAL_ATTRIBUTE_ERROR, raw, "AS4_PATH " + e.getMessage());
        }
    }

    /** RFC 7606 7.7 and RFC 6793 6: a malformed AGGREGATOR or AS4_AGGREGATOR is discarded. */
    private Aggregator decodeAggregator(int type, ByteBuf value, ByteBuf raw, int expectedLength) {
        int len = value.readableBytes();
        if (len != expectedLength) {
            discard(type, ATTRIBUTE_LENGTH_ERROR, raw, "attribute " + type + " length " + len + ", expected " + expectedLength);
            return null;
        }
        long as = expectedLength == 8 ? value.readUnsignedInt() : value.readUnsignedShort();
        IpAddress address = IpAddress.ofIpv4(value.readInt());
        if (as == 0) {
            // RFC 7607: AS 0 makes the attribute malformed.
            discard(type, OPTIONAL_ATTRIBUTE_ERROR, raw, "attribute " + type + " has AS 0");
            return null;
        }
        return new Aggregator(as, address);
    }

    private void decodeLargeCommunities(ByteBuf value, ByteBuf raw) {
        int len = value.readableBytes();
        if (len == 0 || len % 12 != 0) {
            taw(AttributeType.LARGE_COMMUNITY, ATTRIBUTE_LENGTH_ERROR, raw, "LARGE_COMMUNITY length " + len);
            return;
        }
        int[] out = new int[len / 4];
        int n = 0;
        while (value.isReadable()) {
            n = PathAttributesBuilder.appendLargeCommunity(out, n, value.readInt(), value.readInt(), value.readInt());
        }
        attrs.largeCommunities = n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** RFC 6793 4.2.3: rebuild the 4-octet path and aggregator from what an old peer sent. */
    void mergeAs4Attributes() {
        if (caps.fourOctetAs()) {
            return;
        }
        Aggregator aggregator = attrs.aggregator;
        if (aggregator != null && as4Aggregator != null) {
            if (aggregator.as() != BgpOpen.AS_TRANS) {
                // An old speaker aggregated after the last new one: AS4_* describe a stale path.
                return;
            }
            attrs.aggregator = as4Aggregator;
        }
        if (as4Path != null && attrs.asPath != null) {
            attrs.asPath = AsPathCodec.mergeAs4Path(attrs.asPath, as4Path);
        }
    }

    private static int[] readInts(ByteBuf value, int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = value.readInt();
        }
        return out;
    }

    private void taw(int type, int subcode, ByteBuf raw, String reason) {
        errors.add(type, Action.TREAT_AS_WITHDRAW, subcode, raw, reason);
    }

    private void discard(int type, int subcode, ByteBuf raw, String reason) {
        errors.add(type, Action.ATTRIBUTE_DISCARD, subcode, raw, reason);
    }
}
