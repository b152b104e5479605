package org.l3vpnd.engine.vrf;

import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.rib.VrfRib;

/**
 * Builds {@link VrfStatus} values for the web UI's tests. It sits in the engine's package because
 * the constructor and setters are package-private (only the engine loop makes and updates them),
 * and the UI tests need statuses without running a whole engine.
 */
public final class VrfStatusFixture {

    private VrfStatusFixture() {
    }

    public static VrfStatus status(Vrf config, VrfRib rib, boolean operUp, int activeInterfaces,
                                   int associatedInterfaces) {
        VrfStatus s = new VrfStatus(config, rib, 0, VrfStatus.NEVER);
        s.operUp(operUp);
        s.interfaces(activeInterfaces, associatedInterfaces);
        return s;
    }
}
