package org.l3vpnd.engine.vpn;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.config.VrfRouteTarget;
import org.l3vpnd.engine.net.RouteDistinguisher;
import org.l3vpnd.engine.net.RouteTarget;

/**
 * What the connector needs of one VRF's configuration: its RD and its import and export route
 * targets (a "both" row counts as each). Only in-service rows count. Immutable; the connector
 * diffs the old and new value per VRF to decide what to redo.
 *
 * @param rd null while the VRF has none: nothing is exported then
 */
record VrfVpnConfig(String name, RouteDistinguisher rd, SortedSet<RouteTarget> imports,
                    SortedSet<RouteTarget> exports) {
    static final VrfVpnConfig NONE = new VrfVpnConfig("", null, new TreeSet<>(), new TreeSet<>());

    VrfVpnConfig {
        Objects.requireNonNull(name, "name");
        imports = Collections.unmodifiableSortedSet(new TreeSet<>(imports));
        exports = Collections.unmodifiableSortedSet(new TreeSet<>(exports));
    }

    /** Exports happen only with an RD and at least one export route target. */
    boolean exporting() {
        return rd != null && !exports.isEmpty();
    }

    /** The in-service VRFs of {@code config}, by name. */
    static Map<String, VrfVpnConfig> from(RunningConfig config) {
        Map<String, VrfVpnConfig> out = new TreeMap<>();
        for (Vrf v : config.all(Vrf.class)) {
            if (!v.inService()) {
                continue;
            }
            TreeSet<RouteTarget> imports = new TreeSet<>();
            TreeSet<RouteTarget> exports = new TreeSet<>();
            for (VrfRouteTarget t : config.withIdPrefix(VrfRouteTarget.class, VrfRouteTarget.vrfPrefix(v.name()))) {
                if (!t.inService() || t.rt() == null || !t.vrf().equals(v.name())) {
                    continue;
                }
                if (t.type().imports()) {
                    imports.add(t.rt());
                }
                if (t.type().exports()) {
                    exports.add(t.rt());
                }
            }
            out.put(v.name(), new VrfVpnConfig(v.name(), v.rd(), imports, exports));
        }
        return out;
    }
}
