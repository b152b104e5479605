package org.l3vpnd.engine.bgp.wire;

import java.util.List;
import java.util.Objects;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpPrefix;

/**
 * UPDATE (RFC 4271 section 4.3, RFC 4760). The classic fields carry IPv4 unicast; {@code mpReach}
 * and {@code mpUnreach} (each possibly null) carry the other families. The MP_REACH next hop lives
 * in {@link PathAttributes#mpNextHop()} so that it is shared, with the other attributes, by every
 * route of the set; {@link MpReach} holds only the family and the NLRI.
 */
public record BgpUpdate(List<IpPrefix> withdrawn, PathAttributes attributes, List<IpPrefix> nlri,
                        MpReach mpReach, MpUnreach mpUnreach) implements BgpMessage {
    public BgpUpdate {
        withdrawn = List.copyOf(withdrawn);
        nlri = List.copyOf(nlri);
        Objects.requireNonNull(attributes, "attributes (use PathAttributes.EMPTY)");
        if (withdrawn.stream().anyMatch(IpPrefix::isIpv6) || nlri.stream().anyMatch(IpPrefix::isIpv6)) {
            throw new IllegalArgumentException("the classic UPDATE fields carry IPv4 prefixes only");
        }
    }

    /** End-of-RIB marker (RFC 4724 section 2) for {@code family}. */
    public static BgpUpdate endOfRib(AfiSafi family) {
        return family == AfiSafi.IPV4_UNICAST
                ? new BgpUpdate(List.of(), PathAttributes.EMPTY, List.of(), null, null)
                : new BgpUpdate(List.of(), PathAttributes.EMPTY, List.of(), null, new MpUnreach(family, List.of()));
    }

    public boolean isEndOfRib() {
        boolean noClassic = withdrawn.isEmpty() && nlri.isEmpty() && attributes.isEmpty() && mpReach == null;
        return noClassic && (mpUnreach == null || mpUnreach.withdrawn().isEmpty());
    }

    @Override
    public int type() {
        return TYPE_UPDATE;
    }

    /** MP_REACH_NLRI without its next hop. */
    public record MpReach(AfiSafi family, List<Nlri> nlri) {
        public MpReach {
            Objects.requireNonNull(family, "family");
            nlri = List.copyOf(nlri);
        }
    }

    /** MP_UNREACH_NLRI; empty NLRI makes it an End-of-RIB marker. */
    public record MpUnreach(AfiSafi family, List<Nlri> withdrawn) {
        public MpUnreach {
            Objects.requireNonNull(family, "family");
            withdrawn = List.copyOf(withdrawn);
        }
    }
}
