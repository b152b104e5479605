package org.l3vpnd.snmp.ifmib;

import org.l3vpnd.engine.iface.FakeSysClassNet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.ConfigStore;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.iface.InterfaceInventory;
import org.l3vpnd.snmp.config.RequestTransactions;
import org.l3vpnd.snmp.table.SnmpTestAgent;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/**
 * Four fake interfaces, an inventory over them, a configuration service on {@code store} and an
 * {@link IfMib} served by a {@link SnmpTestAgent}. Both clocks are hand-driven: the agent started at
 * inventory time 1000 ms, so sysUpTime (centiseconds) = (inventory millis - 1000) / 10.
 */
final class IfMibFixture implements AutoCloseable {

    record Notification(OID oid, VariableBinding[] varbinds) {
    }

    static final int LO = 1;
    static final int ETH0 = 4;
    static final int ETH1 = 7;
    static final int GRE1 = 12;

    final FakeSysClassNet sys;
    final AtomicLong inventoryMillis = new AtomicLong(1_000);
    final InterfaceInventory inventory;
    final ConfigService config;
    final BlockingQueue<Notification> notifications = new LinkedBlockingQueue<>();
    final IfMib mib;
    final SnmpTestAgent agent;

    IfMibFixture(Path tempDir, ConfigStore store) throws Exception {
        sys = new FakeSysClassNet(tempDir)
                .add("lo", LO, 772, 65536, "00:00:00:00:00:00", "0x9", "unknown", "1", null, false)
                .ethernet("eth0", ETH0, "02:fc:00:00:00:01")
                .add("eth1", ETH1, 1, 9000, "02:fc:00:00:00:02", "0x1002", "down", null, null, true)
                .add("gre1", GRE1, 778, 1476, "0.0.0.0", "0x91", "unknown", "1", null, false);
        inventory = new InterfaceInventory(sys.root(), InterfaceInventory.DEFAULT_POLL_INTERVAL, inventoryMillis::get);
        inventory.start();
        config = new ConfigService(store, RunningConfig.EMPTY);
        mib = new IfMib(inventory, new RequestTransactions(config),
                (oid, vbs) -> notifications.add(new Notification(oid, vbs)), () -> (inventoryMillis.get() - 1_000) / 10);
        agent = new SnmpTestAgent();
        mib.register(agent.server(), null);
    }

    /** Moves both clocks to {@code centis} of agent up time. */
    void upTime(long centis) {
        inventoryMillis.set(1_000 + centis * 10);
    }

    @Override
    public void close() throws IOException {
        mib.close();
        agent.close();
        inventory.close();
    }
}
