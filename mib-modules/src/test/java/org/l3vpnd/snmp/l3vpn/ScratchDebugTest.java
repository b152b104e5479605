package org.l3vpnd.snmp.l3vpn;

import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.config.*;
import org.l3vpnd.engine.net.*;

class ScratchDebugTest {
    @Test
    void debug() throws Exception {
        ConfigService c = new ConfigService(ConfigStore.NONE, RunningConfig.EMPTY);
        c.addValidator(new VrfValidator());
        ConfigTransaction tx = c.begin();
        tx.put(new Vrf("v", new byte[0], "", null, 0, 0, 0, 1, true, StorageType.VOLATILE));
        tx.put(new StaticRoute("v", IpPrefix.parse("10.0.0.0/8"), null, null, 0, 1, 0, null, null, true, StorageType.NON_VOLATILE));
        System.out.println("ERRORS " + c.validate(tx));
    }
}
