package org.l3vpnd.engine.bgp.wire;

import static org.l3vpnd.engine.bgp.wire.AttributeType.OPTIONAL;
import static org.l3vpnd.engine.bgp.wire.AttributeType.TRANSITIVE;

import io.netty.buffer.ByteBuf;
import java.util.Iterator;

/**
 * Writes {@link PathAttributes} (all but the MP attributes, which {@link MpAttributeEncoder}
 * writes first, as RFC 7606 5.1 asks) in ascending type order. Towards a 2-octet AS peer, AS
 * numbers that need four octets become AS_TRANS with AS4_PATH / AS4_AGGREGATOR beside them (RFC
 * 6793 4.2.2). Stateless, thread-safe.
 */
final class AttributeEncoder {
    private AttributeEncoder() {}

    static void encode(ByteBuf out, PathAttributes a, boolean fourOctetAs) {
        Iterator<OpaqueAttribute> unknown = a.unknown.iterator();
        OpaqueAttribute nextUnknown = unknown.hasNext() ? unknown.next() : null;
        int asSize = fourOctetAs ? 4 : 2;
        for (int type = 0; type <= 255; type++) {
            while (nextUnknown != null && nextUnknown.typeCode() == type) {
                header(out, nextUnknown.flags(), type, nextUnknown.length());
                out.writeBytes(nextUnknown.valueUnsafe());
                nextUnknown = unknown.hasNext() ? unknown.next() : null;
            }
            switch (type) {
                case AttributeType.ORIGIN:
                    if (a.origin != null) {
                        header(out, TRANSITIVE, type, 1);
                        out.writeByte(a.origin.code());
                    }
                    break;
                case AttributeType.AS_PATH:
                    if (a.asPath != null) {
                        header(out, TRANSITIVE, type, AsPathCodec.encodedLength(a.asPath, asSize));
                        AsPathCodec.encode(out, a.asPath, asSize);
                    }
                    break;
                case AttributeType.NEXT_HOP:
                    if (a.nextHop != null) {
                        header(out, TRANSITIVE, type, 4);
                        out.writeInt(a.nextHop.ipv4());
                    }
                    break;
                case AttributeType.MULTI_EXIT_DISC:
                    writeU32(out, OPTIONAL, type, a.med);
                    break;
                case AttributeType.LOCAL_PREF:
                    writeU32(out, TRANSITIVE, type, a.localPref);
                    break;
                case AttributeType.ATOMIC_AGGREGATE:
                    if (a.atomicAggregate) {
                        header(out, TRANSITIVE, type, 0);
                    }
                    break;
                case AttributeType.AGGREGATOR:
                    if (a.aggregator != null) {
                        header(out, OPTIONAL | TRANSITIVE, type, fourOctetAs ? 8 : 6);
                        long as = a.aggregator.as();
                        if (fourOctetAs) {
                            out.writeInt((int) as);
                        } else {
                            out.writeShort(as > 0xffff ? BgpOpen.AS_TRANS : (int) as);
                        }
                        out.writeInt(a.aggregator.address().ipv4());
                    }
                    break;
                case AttributeType.COMMUNITIES:
                    writeInts(out, OPTIONAL | TRANSITIVE, type, a.communities);
                    break;
                case AttributeType.ORIGINATOR_ID:
                    if (a.originatorId != null) {
                        header(out, OPTIONAL, type, 4);
                        out.writeInt(a.originatorId.ipv4());
                    }
                    break;
                case AttributeType.CLUSTER_LIST:
                    writeInts(out, OPTIONAL, type, a.clusterList);
                    break;
                case AttributeType.EXTENDED_COMMUNITIES:
                    if (a.extendedCommunities.length > 0) {
                        header(out, OPTIONAL | TRANSITIVE, type, a.extendedCommunities.length * 8);
                        for (long v : a.extendedCommunities) {
                            out.writeLong(v);
                        }
                    }
                    break;
                case AttributeType.AS4_PATH:
                    AsPath as4 = fourOctetAs || a.asPath == null ? null : a.asPath.withoutConfederationSegments();
                    if (as4 != null && as4.needsFourOctets()) {
                        header(out, OPTIONAL | TRANSITIVE, type, AsPathCodec.encodedLength(as4, 4));
                        AsPathCodec.encode(out, as4, 4);
                    }
                    break;
                case AttributeType.AS4_AGGREGATOR:
                    if (!fourOctetAs && a.aggregator != null && a.aggregator.as() > 0xffff) {
                        header(out, OPTIONAL | TRANSITIVE, type, 8);
                        out.writeInt((int) a.aggregator.as());
                        out.writeInt(a.aggregator.address().ipv4());
                    }
                    break;
                case AttributeType.LARGE_COMMUNITY:
                    writeInts(out, OPTIONAL | TRANSITIVE, type, a.largeCommunities);
                    break;
                default:
                    break;
            }
        }
    }

    /** Writes flags, type and length, using the Extended Length bit only when the length needs it. */
    static void header(ByteBuf out, int flags, int type, int length) {
        if (length > 0xffff) {
            throw new IllegalArgumentException("attribute " + type + " of " + length + " octets is too long");
        }
        if (length > 0xff) {
            out.writeByte(flags | AttributeType.EXTENDED_LENGTH);
            out.writeByte(type);
            out.writeShort(length);
        } else {
            out.writeByte(flags & ~AttributeType.EXTENDED_LENGTH);
            out.writeByte(type);
            out.writeByte(length);
        }
    }

    private static void writeU32(ByteBuf out, int flags, int type, long v) {
        if (v >= 0) {
            header(out, flags, type, 4);
            out.writeInt((int) v);
        }
    }

    private static void writeInts(ByteBuf out, int flags, int type, int[] values) {
        if (values.length > 0) {
            header(out, flags, type, values.length * 4);
            for (int v : values) {
                out.writeInt(v);
            }
        }
    }
}
