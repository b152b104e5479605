package org.l3vpnd.engine.bgp.wire;

import java.util.Objects;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.net.MplsLabel;
import org.l3vpnd.engine.net.RouteDistinguisher;

/**
 * One entry of an NLRI field, per family: a bare prefix (SAFI 1), a prefix with an MPLS label
 * (SAFI 4, RFC 8277) or a VPN route (SAFI 128, RFC 4364/4659). Transient: the RIB keeps its own
 * compact entries. For withdrawn labeled and VPN routes the label is meaningless (RFC 8277 2.4);
 * the decoder then always reports {@link MplsLabel#WITHDRAW_COMPAT} so that equal withdrawals
 * compare equal.
 */
public sealed interface Nlri permits Nlri.Unicast, Nlri.Labeled, Nlri.Vpn {
    /** Label of entries that have none. */
    int NO_LABEL = -1;

    IpPrefix prefix();

    /** The 20-bit label, or {@link #NO_LABEL}. */
    int label();

    /** The RD of a VPN route, else null. */
    RouteDistinguisher rd();

    record Unicast(IpPrefix prefix) implements Nlri {
        public Unicast {
            Objects.requireNonNull(prefix, "prefix");
        }

        @Override
        public int label() {
            return NO_LABEL;
        }

        @Override
        public RouteDistinguisher rd() {
            return null;
        }
    }

    record Labeled(IpPrefix prefix, int label) implements Nlri {
        public Labeled {
            Objects.requireNonNull(prefix, "prefix");
            if (!MplsLabel.isValid(label)) {
                throw new IllegalArgumentException("MPLS label " + label + " out of range");
            }
        }

        @Override
        public RouteDistinguisher rd() {
            return null;
        }
    }

    record Vpn(RouteDistinguisher rd, IpPrefix prefix, int label) implements Nlri {
        public Vpn {
            Objects.requireNonNull(rd, "rd");
            Objects.requireNonNull(prefix, "prefix");
            if (!MplsLabel.isValid(label)) {
                throw new IllegalArgumentException("MPLS label " + label + " out of range");
            }
        }
    }
}
