package org.l3vpnd.engine.bgp.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges a received OPEN against the local configuration (RFC 4271 6.2, RFC 5492, RFC 6286, RFC
 * 6793, RFC 7607). Pure and thread-safe.
 *
 * @param expectedPeerAs the configured remote AS, or -1 to accept any
 * @param localBgpId our BGP identifier
 * @param external whether the peer is in another AS (RFC 6286 allows it our identifier)
 * @param required capabilities the peer must advertise, e.g. a multiprotocol family
 */
public record OpenValidator(long expectedPeerAs, int localBgpId, boolean external, List<BgpCapability> required) {
    public OpenValidator {
        required = List.copyOf(required);
    }

    /** The NOTIFICATION to answer with, or empty if the OPEN is acceptable. */
    public Optional<BgpNotification> validate(BgpOpen open) {
        if (open.version() != BgpOpen.VERSION) {
            return Optional.of(new BgpNotification(BgpNotification.OPEN_MESSAGE_ERROR,
                    BgpNotification.UNSUPPORTED_VERSION_NUMBER, new byte[] {0, BgpOpen.VERSION}));
        }
        long as = open.effectiveAs();
        boolean badAs = open.myAs() == 0 || as == 0 || (expectedPeerAs >= 0 && as != expectedPeerAs);
        if (badAs) {
            return Optional.of(BgpNotification.of(BgpNotification.OPEN_MESSAGE_ERROR, BgpNotification.BAD_PEER_AS));
        }
        if (open.bgpId() == 0 || (!external && open.bgpId() == localBgpId)) {
            return Optional.of(BgpNotification.of(BgpNotification.OPEN_MESSAGE_ERROR, BgpNotification.BAD_BGP_IDENTIFIER));
        }
        if (open.holdTime() == 1 || open.holdTime() == 2) {
            return Optional.of(BgpNotification.of(BgpNotification.OPEN_MESSAGE_ERROR,
                    BgpNotification.UNACCEPTABLE_HOLD_TIME));
        }
        List<BgpCapability> missing = new ArrayList<>();
        for (BgpCapability c : required) {
            boolean present = c instanceof BgpCapability.Multiprotocol
                    ? open.capabilities().contains(c)
                    : open.hasCapability(c.code());
            if (!present) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty()) {
            // RFC 5492 section 5: the data lists the capabilities that were required but absent.
            ByteBuf data = Unpooled.buffer();
            missing.forEach(c -> CapabilityCodec.encode(data, c));
            return Optional.of(new BgpNotification(BgpNotification.OPEN_MESSAGE_ERROR,
                    BgpNotification.UNSUPPORTED_CAPABILITY, ByteBufUtil.getBytes(data)));
        }
        return Optional.empty();
    }
}
