package org.l3vpnd.agent.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PE configured with snmpset alone peers with GoBGP over VPNv4: the VRF's static route leaves
 * with its RD, route target and label, and a VPN route GoBGP originates with a matching route
 * target enters the VRF's route table.
 */
class BgpVpnEndToEndTest {

    private static final String PEER = "1.3.6.1.4.1.61423.2.1.1.2.1";
    private static final String M = "MPLS-L3VPN-STD-MIB::";
    private static final String RTE = "1.3.6.1.2.1.10.166.11.1.4.1.1";

    @TempDir
    Path dir;

    @Test
    void vpnRoutesGoBothWaysWithGoBgp() throws Exception {
        int bgpPort = FreePort.tcp();
        int gobgpPort = FreePort.tcp();
        int apiPort = FreePort.tcp();
        Path conf = dir.resolve("gobgp.toml");
        Files.writeString(conf, String.join("\n",
                "[global.config]", "  as = 65000", "  router-id = \"127.0.0.2\"", "  port = " + gobgpPort,
                "  local-address-list = [\"127.0.0.2\"]",
                "[[neighbors]]", "  [neighbors.config]", "    neighbor-address = \"127.0.0.1\"", "    peer-as = 65000",
                "  [neighbors.transport.config]", "    remote-port = " + bgpPort, "    local-address = \"127.0.0.2\"",
                "  [[neighbors.afi-safis]]", "    [neighbors.afi-safis.config]",
                "      afi-safi-name = \"l3vpn-ipv4-unicast\"", ""));
        Process gobgpd = new ProcessBuilder("gobgpd", "-f", conf.toString(), "--api-hosts", "127.0.0.1:" + apiPort,
                "-l", "warn").redirectErrorStream(true).redirectOutput(dir.resolve("gobgpd.log").toFile()).start();
        Path data = dir.resolve("data");
        try {
            assertTrue(ApplianceProcess.addOpsUser(data).ok());
            int snmpPort = FreePort.udp();
            try (ApplianceProcess app = ApplianceProcess.start(null, data, "--snmp", "127.0.0.1:" + snmpPort,
                    "--http", "127.0.0.1:" + FreePort.tcp(), "--bgp", "127.0.0.1:" + bgpPort)) {
                NetSnmp ops = NetSnmp.ops("127.0.0.1", snmpPort);
                must(ops.set("L3VPND-MIB::l3vpndBgpLocalAs.0", "u", "65000", "L3VPND-MIB::l3vpndBgpRouterId.0", "a",
                        "127.0.0.1"));
                String i = ".0.1.4.127.0.0.2";
                must(ops.set(PEER + ".3" + i, "u", "65000", PEER + ".4" + i, "i", "1", PEER + ".5" + i, "x", "7F000001",
                        PEER + ".6" + i, "u", Integer.toString(gobgpPort), PEER + ".8" + i, "b", "2",
                        PEER + ".17" + i, "i", "1", PEER + ".18" + i, "i", "3", PEER + ".19" + i, "i", "4"));
                must(ops.set(M + "mplsL3VpnVrfRD.\"vpnA\"", "s", "65000:1", M + "mplsL3VpnVrfConfAdminStatus.\"vpnA\"",
                        "i", "up", M + "mplsL3VpnVrfConfStorageType.\"vpnA\"", "i", "nonVolatile",
                        M + "mplsL3VpnVrfConfRowStatus.\"vpnA\"", "i", "createAndGo"));
                must(ops.set(M + "mplsL3VpnVrfRT.\"vpnA\".1.both", "s", "65000:100",
                        M + "mplsL3VpnVrfRTStorageType.\"vpnA\".1.both", "i", "nonVolatile",
                        M + "mplsL3VpnVrfRTRowStatus.\"vpnA\".1.both", "i", "createAndGo"));
                String route = ".4.118.112.110.65.1.4.192.168.50.0.24.2.0.0.0.0";
                must(ops.set(RTE + ".8" + route, "i", "5", RTE + ".18" + route, "i", "4"));

                NetSnmp pub = NetSnmp.v2c("public", "127.0.0.1", snmpPort);
                assertTrue(Deadline.await(Duration.ofSeconds(30),
                        () -> pub.value("BGP4-MIB::bgpPeerState.127.0.0.2").equals("established")),
                        () -> "session with gobgpd:\n" + app.output());

                assertTrue(Deadline.await(Duration.ofSeconds(10), () -> gobgp(apiPort, "global", "rib", "-a", "vpnv4")
                        .matches("(?s).*65000:1:192\\.168\\.50\\.0/24\\s+\\[\\d+\\]\\s+127\\.0\\.0\\.1.*65000:100.*")),
                        () -> "exported with RD, label and RT:\n" + gobgp(apiPort, "global", "rib", "-a", "vpnv4"));

                gobgp(apiPort, "global", "rib", "-a", "vpnv4", "add", "10.99.0.0/16", "label", "1234", "rd", "65000:7",
                        "rt", "65000:100", "nexthop", "127.0.0.2");
                gobgp(apiPort, "global", "rib", "-a", "vpnv4", "add", "10.98.0.0/16", "label", "1235", "rd", "65000:8",
                        "rt", "65000:999", "nexthop", "127.0.0.2");
                assertTrue(Deadline.await(Duration.ofSeconds(10), () -> pub.walk(M + "mplsL3VpnVrfRteInetCidrProto")
                        .out().contains("\"vpnA\".ipv4.\"10.99.0.0\".16.2.0.0.ipv4.\"127.0.0.2\" = INTEGER: bgp(14)")),
                        () -> "imported by route target:\n" + pub.walk(M + "mplsL3VpnVrfRteInetCidrProto").out());
                // Both routes are held from GoBGP (VPNv4 family row: AFI 1, SAFI 128) before the
                // absence of the second says anything about route-target filtering.
                String received = "L3VPND-MIB::l3vpndBgpPeerFamPfxRcvd" + i + ".1.128";
                assertTrue(Deadline.await(Duration.ofSeconds(10), () -> pub.value(received).equals("2")),
                        () -> "both VPN routes received: " + pub.value(received));
                assertTrue(!pub.walk(M + "mplsL3VpnVrfRteInetCidrProto").out().contains("10.98.0.0"),
                        "a route with another route target stays out of the VRF");

                gobgp(apiPort, "global", "rib", "-a", "vpnv4", "del", "10.99.0.0/16", "label", "1234", "rd", "65000:7");
                assertTrue(Deadline.await(Duration.ofSeconds(10), () -> !pub.walk(M + "mplsL3VpnVrfRteInetCidrProto")
                        .out().contains("10.99.0.0")), "withdrawn");
            }
        } finally {
            gobgpd.destroy();
            if (!gobgpd.waitFor(5, TimeUnit.SECONDS)) {
                gobgpd.destroyForcibly();
            }
        }
    }

    private static void must(Exec.Result r) {
        assertTrue(r.ok(), r.toString());
    }

    private static String gobgp(int apiPort, String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of("gobgp", "-p", Integer.toString(apiPort)));
        cmd.addAll(List.of(args));
        return Exec.run(cmd).out();
    }

}
