package org.l3vpnd.snmp.l3vpn;

import static org.l3vpnd.snmp.table.IndexOids.*;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.ConfigStore;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.VrfValidator;
import org.l3vpnd.engine.loop.EngineLoop;
import org.l3vpnd.engine.loop.ManualClock;
import org.l3vpnd.engine.vrf.FakeInterfaces;
import org.l3vpnd.engine.vrf.VrfManager;
import org.l3vpnd.snmp.config.RequestTransactions;
import org.l3vpnd.snmp.table.SnmpTestAgent;
import org.snmp4j.agent.DuplicateRegistrationException;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/**
 * The MIB as the appliance wires it, in one process: the configuration service with the engine's
 * validator, the engine's VRF manager on a loop with a manual clock, the module registered in a
 * real UDP agent ({@link SnmpTestAgent}), and a capturing notification sender.
 */
final class L3VpnFixture implements AutoCloseable {

    /** sysUpTime is this many centiseconds when the engine clock reads 0. */
    static final long UPTIME_AT_ZERO = 500_000;

    final ManualClock clock = new ManualClock(1_000_000);
    final ConfigService config;
    final EngineLoop loop = new EngineLoop("test-engine", clock);
    final FakeInterfaces interfaces = new FakeInterfaces();
    final VrfManager vrfs;
    final RequestTransactions transactions;
    final List<Sent> sent = new CopyOnWriteArrayList<>();
    final MplsL3VpnMib mib;
    final SnmpTestAgent agent;

    record Sent(OID trap, List<VariableBinding> varbinds) {
    }

    L3VpnFixture() throws IOException, DuplicateRegistrationException {
        this(ConfigStore.NONE);
    }

    L3VpnFixture(ConfigStore store) throws IOException, DuplicateRegistrationException {
        config = new ConfigService(store, RunningConfig.EMPTY);
        config.addValidator(new VrfValidator());
        transactions = new RequestTransactions(config);
        vrfs = new VrfManager(loop, config, interfaces);
        mib = new MplsL3VpnMib(transactions, vrfs, clock,
                () -> UPTIME_AT_ZERO + clock.nowMillis() / 10, (oid, vbs) -> sent.add(new Sent(oid, List.of(vbs))));
        vrfs.addEventListener(mib.notifier());
        vrfs.start();
        agent = new SnmpTestAgent();
        mib.register(agent.server(), null);
    }

    @Override
    public void close() throws IOException {
        agent.close();
        loop.close();
    }

    // ---- expected OIDs, built by the RFC 2578 section 7.7 rules, independently of the code under test

    static final String MIB = "1.3.6.1.2.1.10.166.11";
    static final String IF_CONF = MIB + ".1.2.1.1";
    static final String VRF = MIB + ".1.2.2.1";
    static final String RT = MIB + ".1.2.3.1";
    static final String SEC = MIB + ".1.2.6.1";
    static final String PERF = MIB + ".1.3.1.1";
    static final String RTE = MIB + ".1.4.1.1";
}
