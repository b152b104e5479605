package org.l3vpnd.engine.bgp.wire;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.l3vpnd.engine.net.AfiSafi;

/**
 * OPEN (RFC 4271 section 4.2). {@code myAs} is the 2-octet header field (AS_TRANS, 23456, when the
 * real AS needs 4 octets); {@link #effectiveAs()} gives the real AS. {@code bgpId} is the
 * identifier as an unsigned 32-bit value in an int.
 */
public record BgpOpen(int version, int myAs, int holdTime, int bgpId, List<BgpCapability> capabilities)
        implements BgpMessage {
    public static final int VERSION = 4;
    public static final int AS_TRANS = 23456;

    public BgpOpen {
        if (version < 0 || version > 0xff || myAs < 0 || myAs > 0xffff || holdTime < 0 || holdTime > 0xffff) {
            throw new IllegalArgumentException("OPEN field out of range");
        }
        capabilities = List.copyOf(capabilities);
    }

    /** An OPEN for a speaker whose AS may need four octets; sets the header AS to AS_TRANS if so. */
    public static BgpOpen of(long as, int holdTime, int bgpId, List<BgpCapability> capabilities) {
        int headerAs = as > 0xffff ? AS_TRANS : (int) as;
        return new BgpOpen(VERSION, headerAs, holdTime, bgpId, capabilities);
    }

    @Override
    public int type() {
        return TYPE_OPEN;
    }

    public <C extends BgpCapability> Optional<C> capability(Class<C> kind) {
        return capabilities.stream().filter(kind::isInstance).map(kind::cast).findFirst();
    }

    /** The 4-octet AS capability's value if present, else the header field. */
    public long effectiveAs() {
        return capability(BgpCapability.FourOctetAs.class).map(BgpCapability.FourOctetAs::as).orElse((long) myAs);
    }

    /** The families of the multiprotocol capabilities that this codec knows. */
    public Set<AfiSafi> multiprotocolFamilies() {
        return capabilities.stream()
                .filter(BgpCapability.Multiprotocol.class::isInstance)
                .map(BgpCapability.Multiprotocol.class::cast)
                .map(m -> AfiSafi.lookup(m.afi(), m.safi()))
                .filter(a -> a != null)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasCapability(int code) {
        return capabilities.stream().anyMatch(c -> c.code() == code);
    }
}
