package org.l3vpnd.snmp.bgp;

import static org.l3vpnd.snmp.table.IndexOids.*;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.l3vpnd.engine.config.BgpValidator;
import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.ConfigStore;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.config.TestCommits;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.config.VrfValidator;
import org.l3vpnd.engine.loop.ManualClock;
import org.l3vpnd.snmp.config.RequestTransactions;
import org.l3vpnd.snmp.table.SnmpTestAgent;
import org.snmp4j.agent.DuplicateRegistrationException;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/**
 * The BGP MIBs as the appliance wires them, in one process: the configuration service with the
 * engine's VRF and BGP validators, both modules registered in a real UDP agent
 * ({@link SnmpTestAgent}), a fake speaker and a capturing notification sender.
 */
final class BgpFixture implements AutoCloseable {

    /** sysUpTime is this many centiseconds when the engine clock reads 0. */
    static final long UPTIME_AT_ZERO = 500_000;

    final ManualClock clock = new ManualClock(1_000_000);
    final ConfigService config = new ConfigService(ConfigStore.NONE, RunningConfig.EMPTY);
    final RequestTransactions transactions = new RequestTransactions(config);
    final FakeBgpStatus speaker = new FakeBgpStatus();
    final List<Sent> sent = new CopyOnWriteArrayList<>();
    final BgpConfigMib configMib;
    final BgpStateMib stateMib;
    final SnmpTestAgent agent;

    record Sent(OID trap, List<VariableBinding> varbinds) {
    }

    BgpFixture() throws IOException, DuplicateRegistrationException {
        config.addValidator(new VrfValidator());
        config.addValidator(new BgpValidator());
        configMib = new BgpConfigMib(transactions);
        stateMib = new BgpStateMib(transactions, speaker, clock, () -> UPTIME_AT_ZERO + clock.nowMillis() / 10,
                (oid, vbs) -> sent.add(new Sent(oid, List.of(vbs))));
        agent = new SnmpTestAgent();
        configMib.register(agent.server(), null);
        stateMib.register(agent.server(), null);
    }

    /** Commits items directly, as the web UI or the configuration file would. */
    void commit(ConfigItem... items) {
        TestCommits.put(config, items);
    }

    static Vrf vrf(String name) {
        return new Vrf(name, null, "", null, 0, 0, 0, Vrf.ADMIN_UP, true, StorageType.VOLATILE);
    }

    @Override
    public void close() throws IOException {
        agent.close();
    }

    // ---- expected OIDs, built by the RFC 2578 section 7.7 rules, independently of the code under test

    static final String L3VPND = "1.3.6.1.4.1.61423.2";
    static final String GLOBAL = L3VPND + ".1.1.1";
    static final String PEER = L3VPND + ".1.1.2.1";
    static final String STATE = L3VPND + ".1.1.3.1";
    static final String FAM = L3VPND + ".1.1.4.1";
    static final String BGP = "1.3.6.1.2.1.15";
    static final String BGP_PEER = BGP + ".3.1";

    /** A scalar instance: the object's OID and .0. */
    static OID scalar(String group, int id) {
        return oid(group, id, ids(0));
    }

    /** InetAddressType ipv4(1), then the InetAddress (length 4 and the octets) of dotted text. */
    static int[] ipv4(String dotted) {
        String[] p = dotted.split("\\.");
        return new int[] {1, 4, Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]),
                Integer.parseInt(p[3])};
    }

    /** InetAddressType ipv6(2), then length 16 and the 16 octets given. */
    static int[] ipv6(int... sixteenOctets) {
        int[] out = new int[18];
        out[0] = 2;
        out[1] = 16;
        System.arraycopy(sixteenOctets, 0, out, 2, 16);
        return out;
    }

    /** An IpAddress index: four sub-ids, no length. */
    static int[] ip(String dotted) {
        String[] p = dotted.split("\\.");
        return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]),
                Integer.parseInt(p[3])};
    }
}
