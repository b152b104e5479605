package org.l3vpnd.agent.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntConsumer;

import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.ConfigStore;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.config.VrfValidator;
import org.l3vpnd.engine.loop.EngineLoop;
import org.l3vpnd.engine.loop.SystemEngineClock;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.net.RouteDistinguisher;
import org.l3vpnd.engine.rib.Route;
import org.l3vpnd.engine.vrf.InterfaceStatusSource;
import org.l3vpnd.engine.vrf.VrfManager;
import org.l3vpnd.snmp.agent.SnmpAgentOptions;
import org.l3vpnd.snmp.agent.SnmpAgentService;
import org.l3vpnd.snmp.l3vpn.MplsL3VpnMib;

/**
 * Scale run: one VRF filled with N routes, then net-snmp's {@code snmpbulkwalk -v2c -Cr50} of the
 * whole mplsL3VpnVrfRteTable against the real agent and MIB module. Routes enter the VRF through
 * the VRF manager, as BGP-imported routes do. Prints varbinds/second and live heap per route.
 *
 * <p>Run with {@code bench/rte-walk N...} (see bench/README.md), not as a unit test.
 */
public final class RteWalkBenchmark {

    private static final String RTE_TABLE = "1.3.6.1.2.1.10.166.11.1.4.1";

    private RteWalkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {100_000} : java.util.Arrays.stream(args)
                .mapToInt(Integer::parseInt).toArray();
        for (int n : sizes) {
            run(n);
        }
        System.exit(0);
    }

    private static void run(int routes) throws Exception {
        Vrf vrf = new Vrf("bench", new byte[0], "scale run", RouteDistinguisher.parse("65000:1"), 0, 0, 0,
                Vrf.ADMIN_UP, true, StorageType.VOLATILE);
        ConfigService config = new ConfigService(ConfigStore.NONE, RunningConfig.of(List.of(vrf)));
        config.addValidator(new VrfValidator());
        EngineLoop loop = new EngineLoop("engine", new SystemEngineClock());
        VrfManager vrfs = new VrfManager(loop, config, new NoInterfaces());
        SnmpAgentService snmp = new SnmpAgentService(new SnmpAgentOptions(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), new byte[] {(byte) 0x80, 0, 0, 0, 5, 1, 2, 3},
                1, "bench", "1.3.6.1.4.1.61423.1.1"), config);
        MplsL3VpnMib mib = new MplsL3VpnMib(snmp.transactions(), vrfs, loop.clock(), snmp.clock(), snmp.notifications());
        vrfs.start();
        snmp.add(mib);
        snmp.start();

        long before = usedHeap();
        IpAddress nextHop = IpAddress.parse("192.0.2.1");
        loop.call(() -> {
            long now = loop.clock().nowMillis();
            for (int i = 0; i < routes; i++) {
                IpPrefix p = IpPrefix.ofIpv4(0x0A000000 + (i << 8), 24);
                vrfs.offerRoute("bench", new Route(p, null, nextHop, Route.PROTO_BGP, Route.TYPE_REMOTE, 0, 65001,
                        null, null, now));
            }
            return null;
        });
        int installed = loop.call(() -> vrfs.vrf("bench").orElseThrow().currentRoutes());
        long after = usedHeap();

        long start = System.nanoTime();
        Process walk = new ProcessBuilder("snmpbulkwalk", "-v2c", "-c", "public", "-Cr50", "-On", "-Oq", "-t", "10",
                "127.0.0.1:" + snmp.port(), RTE_TABLE).redirectErrorStream(true).start();
        long varbinds = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(walk.getInputStream(),
                StandardCharsets.UTF_8))) {
            while (r.readLine() != null) {
                varbinds++;
            }
        }
        int exit = walk.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("routes=%d installed=%d walk_exit=%d varbinds=%d seconds=%.1f varbinds_per_s=%.0f"
                        + " heap_bytes_per_route=%.0f%n", routes, installed, exit, varbinds, seconds,
                varbinds / seconds, (after - before) / (double) routes);
        snmp.close();
        loop.close();
    }

    private static long usedHeap() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** A PE with no customer interfaces: routes come only from the VPN side. */
    private static final class NoInterfaces implements InterfaceStatusSource {
        @Override
        public boolean operUp(int ifIndex) {
            return false;
        }

        @Override
        public List<IpPrefix> addresses(int ifIndex) {
            return List.of();
        }

        @Override
        public void addListener(IntConsumer ifIndexChanged) {
        }
    }

}
