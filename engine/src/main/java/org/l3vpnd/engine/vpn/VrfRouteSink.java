package org.l3vpnd.engine.vpn;

import org.l3vpnd.engine.rib.Route;
import org.l3vpnd.engine.vrf.VrfManager;

/** Where imported routes go: a VRF's RIB. {@link #of(VrfManager)} is the real one. Engine loop only. */
public interface VrfRouteSink {
    void offer(String vrf, Route route);

    void withdraw(String vrf, Route probe, int protocol);

    static VrfRouteSink of(VrfManager manager) {
        return new VrfRouteSink() {
            @Override
            public void offer(String vrf, Route route) {
                manager.offerRoute(vrf, route);
            }

            @Override
            public void withdraw(String vrf, Route probe, int protocol) {
                manager.withdrawRoute(vrf, probe, protocol);
            }
        };
    }
}
