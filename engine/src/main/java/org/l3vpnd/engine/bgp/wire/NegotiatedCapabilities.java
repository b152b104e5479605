package org.l3vpnd.engine.bgp.wire;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.l3vpnd.engine.net.AfiSafi;

/**
 * What both ends of a session agreed in their OPENs, as far as the codecs care: 4-octet AS numbers
 * (RFC 6793), the families (RFC 4760), enhanced route refresh (RFC 7313), whether the peer is
 * external (RFC 7606 treats some attributes from external peers differently) and the largest
 * message. Immutable.
 */
public record NegotiatedCapabilities(boolean fourOctetAs, Set<AfiSafi> families, boolean external,
                                     boolean enhancedRouteRefresh, int maxMessageLength) {
    /** Before the OPEN exchange: 2-octet AS, IPv4 unicast, standard message size. */
    public static final NegotiatedCapabilities BEFORE_OPEN =
            new NegotiatedCapabilities(false, Set.of(AfiSafi.IPV4_UNICAST), true, false, BgpMessage.MAX_LENGTH);

    public NegotiatedCapabilities {
        families = Set.copyOf(Objects.requireNonNull(families, "families"));
        if (maxMessageLength < BgpMessage.MAX_LENGTH || maxMessageLength > BgpMessage.MAX_EXTENDED_LENGTH) {
            throw new IllegalArgumentException("maximum message length " + maxMessageLength + " out of range");
        }
    }

    /** Every family this codec knows, for tools and tests. */
    public static NegotiatedCapabilities allFamilies(boolean fourOctetAs, boolean external) {
        return new NegotiatedCapabilities(fourOctetAs, EnumSet.allOf(AfiSafi.class), external, true,
                BgpMessage.MAX_LENGTH);
    }

    /**
     * The intersection of what each side advertised. A side without any multiprotocol capability
     * speaks IPv4 unicast only (RFC 4760 section 8).
     */
    public static NegotiatedCapabilities negotiate(BgpOpen sent, BgpOpen received, boolean external) {
        Set<AfiSafi> families = EnumSet.noneOf(AfiSafi.class);
        families.addAll(familiesOf(sent));
        families.retainAll(familiesOf(received));
        boolean as4 = sent.hasCapability(BgpCapability.FOUR_OCTET_AS) && received.hasCapability(BgpCapability.FOUR_OCTET_AS);
        boolean err = sent.hasCapability(BgpCapability.ENHANCED_ROUTE_REFRESH)
                && received.hasCapability(BgpCapability.ENHANCED_ROUTE_REFRESH);
        return new NegotiatedCapabilities(as4, families, external, err, BgpMessage.MAX_LENGTH);
    }

    private static Set<AfiSafi> familiesOf(BgpOpen open) {
        boolean anyMp = open.hasCapability(BgpCapability.MULTIPROTOCOL);
        return anyMp ? open.multiprotocolFamilies() : Set.of(AfiSafi.IPV4_UNICAST);
    }
}
