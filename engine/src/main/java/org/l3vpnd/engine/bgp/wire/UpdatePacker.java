package org.l3vpnd.engine.bgp.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpPrefix;

/**
 * Packs routes into as few UPDATE messages as the session's message size allows. Announcements
 * share one attribute set, encoded once and copied into each message. IPv4 unicast uses the
 * classic fields; other families use MP_REACH_NLRI / MP_UNREACH_NLRI. Each message carries only
 * one kind of route field, as RFC 7606 5.1 asks of senders. The caller owns (and must release or
 * write) the returned buffers.
 *
 * <p>Not thread-safe: one per peer, on the thread that generates that peer's updates.
 */
public final class UpdatePacker {
    private static final int FIXED = BgpMessage.HEADER_LENGTH + 4;

    private final NegotiatedCapabilities caps;
    private final ByteBufAllocator alloc;

    public UpdatePacker(NegotiatedCapabilities caps, ByteBufAllocator alloc) {
        this.caps = Objects.requireNonNull(caps, "caps");
        this.alloc = Objects.requireNonNull(alloc, "alloc");
    }

    /** UPDATEs announcing every entry of {@code nlri} (of {@code family}) with {@code attrs}. */
    public List<ByteBuf> announce(AfiSafi family, PathAttributes attrs, List<? extends Nlri> nlri) {
        ByteBuf encodedAttrs = alloc.heapBuffer();
        try {
            AttributeEncoder.encode(encodedAttrs, attrs, caps.fourOctetAs());
            return family == AfiSafi.IPV4_UNICAST
                    ? classic(encodedAttrs, prefixes(nlri), false)
                    : multiprotocol(family, attrs.mpNextHop(), encodedAttrs, List.copyOf(nlri));
        } finally {
            encodedAttrs.release();
        }
    }

    /** UPDATEs withdrawing every entry of {@code nlri} (of {@code family}). */
    public List<ByteBuf> withdraw(AfiSafi family, List<? extends Nlri> nlri) {
        return family == AfiSafi.IPV4_UNICAST
                ? classic(null, prefixes(nlri), true)
                : multiprotocol(family, null, null, List.copyOf(nlri));
    }

    private List<ByteBuf> classic(ByteBuf attrs, List<IpPrefix> prefixes, boolean withdraw) {
        int attrsLength = attrs == null ? 0 : attrs.readableBytes();
        int budget = caps.maxMessageLength() - FIXED - attrsLength;
        List<ByteBuf> out = new ArrayList<>();
        int i = 0;
        while (i < prefixes.size()) {
            int j = i;
            int used = 0;
            while (j < prefixes.size() && used + NlriCodec.encodedLength(prefixes.get(j)) <= budget) {
                used += NlriCodec.encodedLength(prefixes.get(j++));
            }
            requireProgress(i, j, prefixes.get(i));
            ByteBuf m = alloc.buffer(FIXED + attrsLength + used);
            int start = MessageCodec.startMessage(m, BgpMessage.TYPE_UPDATE);
            m.writeShort(withdraw ? used : 0);
            for (int k = i; withdraw && k < j; k++) {
                NlriCodec.writeIpv4(m, prefixes.get(k));
            }
            m.writeShort(attrsLength);
            if (attrs != null) {
                m.writeBytes(attrs, attrs.readerIndex(), attrsLength);
            }
            for (int k = i; !withdraw && k < j; k++) {
                NlriCodec.writeIpv4(m, prefixes.get(k));
            }
            MessageCodec.finishMessage(m, start, caps.maxMessageLength());
            out.add(m);
            i = j;
        }
        return out;
    }

    /** {@code attrs} null means withdrawals (MP_UNREACH_NLRI), else announcements (MP_REACH_NLRI). */
    private List<ByteBuf> multiprotocol(AfiSafi family, MpNextHop nextHop, ByteBuf attrs, List<Nlri> nlri) {
        boolean withdraw = attrs == null;
        int attrsLength = withdraw ? 0 : attrs.readableBytes();
        int mpPrefix = withdraw ? 3 : MpAttributeEncoder.reachPrefixLength(family, nextHop);
        List<ByteBuf> out = new ArrayList<>();
        int i = 0;
        while (i < nlri.size()) {
            int j = i;
            int used = 0;
            while (j < nlri.size()) {
                int next = used + NlriCodec.encodedLength(family, nlri.get(j));
                if (messageLength(attrsLength, mpPrefix + next) > caps.maxMessageLength()) {
                    break;
                }
                used = next;
                j++;
            }
            requireProgress(i, j, nlri.get(i));
            ByteBuf m = alloc.buffer(messageLength(attrsLength, mpPrefix + used));
            int start = MessageCodec.startMessage(m, BgpMessage.TYPE_UPDATE);
            m.writeShort(0);
            int attributesLengthAt = m.writerIndex();
            m.writeShort(0);
            if (withdraw) {
                MpAttributeEncoder.writeUnreach(m, family, nlri, i, j);
            } else {
                MpAttributeEncoder.writeReach(m, family, nextHop, nlri, i, j);
                m.writeBytes(attrs, attrs.readerIndex(), attrsLength);
            }
            m.setShort(attributesLengthAt, m.writerIndex() - attributesLengthAt - 2);
            MessageCodec.finishMessage(m, start, caps.maxMessageLength());
            out.add(m);
            i = j;
        }
        return out;
    }

    /** Size of an UPDATE holding one MP attribute with {@code mpValue} octets plus other attributes. */
    private static int messageLength(int attrsLength, int mpValue) {
        int mpHeader = mpValue > 0xff ? 4 : 3;
        return FIXED + mpHeader + mpValue + attrsLength;
    }

    private static void requireProgress(int i, int j, Object first) {
        if (i == j) {
            throw new IllegalArgumentException("attributes too large: not even " + first + " fits one UPDATE");
        }
    }

    private static List<IpPrefix> prefixes(List<? extends Nlri> nlri) {
        List<IpPrefix> out = new ArrayList<>(nlri.size());
        for (Nlri n : nlri) {
            if (!(n instanceof Nlri.Unicast) || n.prefix().isIpv6()) {
                throw new IllegalArgumentException(n + " is not an IPv4 unicast route");
            }
            out.add(n.prefix());
        }
        return out;
    }
}
