package org.l3vpnd.snmp.l3vpn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.l3vpnd.snmp.l3vpn.L3VpnFixture.*;
import static org.l3vpnd.snmp.table.IndexOids.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.Setting;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.config.VrfInterface;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.UnsignedInteger32;
import org.snmp4j.smi.VariableBinding;

/** The six notifications: exactly the objects RFC 4382 lists, and nothing while disabled. */
class L3VpnNotifierTest {

    private final List<L3VpnFixture.Sent> sent = new ArrayList<>();
    private RunningConfig config = RunningConfig.EMPTY;
    private final L3VpnNotifier notifier = new L3VpnNotifier(() -> config,
            (oid, vbs) -> sent.add(new L3VpnFixture.Sent(oid, List.of(vbs))));

    private static OID trap(int n) {
        return new OID(MIB + ".0." + n);
    }

    @Test
    void nothingWhileDisabled() {
        notifier.vrfUp("a", 1);
        notifier.highThresholdExceeded("a", 10, 9);
        assertEquals(List.of(), sent);
    }

    @Test
    void everyNotificationWithItsObjects() {
        config = RunningConfig.of(List.of(Setting.of("l3vpn.notificationEnable", "true"),
                new VrfInterface("red", 7, 2, null, true, StorageType.VOLATILE)));
        notifier.vrfUp("red", 7);
        notifier.vrfDown("red", 8);
        notifier.midThresholdExceeded("red", 50, 40);
        notifier.highThresholdExceeded("red", 90, 80);
        notifier.illegalLabelThresholdExceeded("red", 11);
        notifier.highThresholdCleared("red", 70, 80);
        assertEquals(List.of(
                new L3VpnFixture.Sent(trap(1), List.of(
                        new VariableBinding(oid(IF_CONF, 5, name("red"), ids(7)), new Integer32(1)),
                        new VariableBinding(oid(VRF, 6, name("red")), new Integer32(1)))),
                new L3VpnFixture.Sent(trap(2), List.of(
                        new VariableBinding(oid(IF_CONF, 5, name("red"), ids(8)), new Integer32(2)),
                        new VariableBinding(oid(VRF, 6, name("red")), new Integer32(2)))),
                new L3VpnFixture.Sent(trap(3), List.of(
                        new VariableBinding(oid(PERF, 3, name("red")), new Gauge32(50)),
                        new VariableBinding(oid(VRF, 9, name("red")), new UnsignedInteger32(40)))),
                new L3VpnFixture.Sent(trap(4), List.of(
                        new VariableBinding(oid(PERF, 3, name("red")), new Gauge32(90)),
                        new VariableBinding(oid(VRF, 10, name("red")), new UnsignedInteger32(80)))),
                new L3VpnFixture.Sent(trap(5), List.of(
                        new VariableBinding(oid(SEC, 1, name("red")), new Counter32(11)))),
                new L3VpnFixture.Sent(trap(6), List.of(
                        new VariableBinding(oid(PERF, 3, name("red")), new Gauge32(70)),
                        new VariableBinding(oid(VRF, 10, name("red")), new UnsignedInteger32(80))))), sent);
    }
}
