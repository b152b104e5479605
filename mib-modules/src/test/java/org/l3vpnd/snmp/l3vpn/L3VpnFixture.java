package org.l3vpnd.snmp.l3vpn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;

import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.ConfigStore;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.VrfValidator;
import org.l3vpnd.engine.loop.EngineLoop;
import org.l3vpnd.engine.loop.ManualClock;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.vrf.InterfaceStatusSource;
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

    /** Interfaces for the VRF manager: each known ifIndex is up or down, with some subnets. */
    static final class FakeInterfaces implements InterfaceStatusSource {
        private final Map<Integer, Boolean> up = new ConcurrentHashMap<>();
        private final Map<Integer, List<IpPrefix>> addresses = new ConcurrentHashMap<>();
        private final List<IntConsumer> listeners = new CopyOnWriteArrayList<>();

        void set(int ifIndex, boolean operUp, IpPrefix... subnets) {
            up.put(ifIndex, operUp);
            addresses.put(ifIndex, List.of(subnets));
            listeners.forEach(l -> l.accept(ifIndex));
        }

        @Override
        public boolean operUp(int ifIndex) {
            return up.getOrDefault(ifIndex, false);
        }

        @Override
        public List<IpPrefix> addresses(int ifIndex) {
            return addresses.getOrDefault(ifIndex, List.of());
        }

        @Override
        public void addListener(IntConsumer ifIndexChanged) {
            listeners.add(ifIndexChanged);
        }
    }

    // ---- expected OIDs, built by the RFC 2578 section 7.7 rules, independently of the code under test

    static final String MIB = "1.3.6.1.2.1.10.166.11";
    static final String IF_CONF = MIB + ".1.2.1.1";
    static final String VRF = MIB + ".1.2.2.1";
    static final String RT = MIB + ".1.2.3.1";
    static final String SEC = MIB + ".1.2.6.1";
    static final String PERF = MIB + ".1.3.1.1";
    static final String RTE = MIB + ".1.4.1.1";

    /** A column or scalar OID with index parts appended: {@code oid(VRF, 13, name("a"))}. */
    static OID oid(String entry, int column, int[]... indexParts) {
        List<Integer> ids = new ArrayList<>();
        for (String s : entry.split("\\.")) {
            ids.add(Integer.parseInt(s));
        }
        ids.add(column);
        for (int[] part : indexParts) {
            for (int v : part) {
                ids.add(v);
            }
        }
        return new OID(ids.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A non-IMPLIED OCTET STRING index: the length, then the octets. */
    static int[] name(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int[] out = new int[b.length + 1];
        out[0] = b.length;
        for (int i = 0; i < b.length; i++) {
            out[i + 1] = b[i] & 0xff;
        }
        return out;
    }

    /** Plain sub-ids (integers, enumerations, Unsigned32). */
    static int[] ids(int... v) {
        return v;
    }
}
