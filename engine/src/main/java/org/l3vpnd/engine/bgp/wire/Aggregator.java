package org.l3vpnd.engine.bgp.wire;

import java.util.Objects;
import org.l3vpnd.engine.net.IpAddress;

/** AGGREGATOR (RFC 4271 section 5.1.7), with the AS always in 4-octet form (RFC 6793). */
public record Aggregator(long as, IpAddress address) {
    public Aggregator {
        Objects.requireNonNull(address, "address");
        if (as < 0 || as > 0xffffffffL || address.isIpv6()) {
            throw new IllegalArgumentException("aggregator " + as + " " + address + " out of range");
        }
    }
}
