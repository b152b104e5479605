package org.l3vpnd.engine.label;

import java.util.Objects;

import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;

/**
 * A forwarding equivalence class: what one label stands for. Records, so equal classes share a
 * label. Which kind a VRF's routes use is its {@link LabelPolicy}.
 */
public sealed interface Fec permits Fec.PerPrefix, Fec.PerVrf, Fec.PerNextHop {
    String vrf();

    /** One label per route: the egress PE forwards on the label alone. */
    record PerPrefix(String vrf, IpPrefix prefix) implements Fec {
        public PerPrefix {
            Objects.requireNonNull(vrf, "vrf");
            Objects.requireNonNull(prefix, "prefix");
        }
    }

    /** One label per VRF: the egress PE pops it and looks the packet up in the VRF. */
    record PerVrf(String vrf) implements Fec {
        public PerVrf {
            Objects.requireNonNull(vrf, "vrf");
        }
    }

    /** One label per CE next hop of a VRF: forwarding on the label alone with few labels. */
    record PerNextHop(String vrf, IpAddress nextHop) implements Fec {
        public PerNextHop {
            Objects.requireNonNull(vrf, "vrf");
            Objects.requireNonNull(nextHop, "nextHop");
        }
    }
}
