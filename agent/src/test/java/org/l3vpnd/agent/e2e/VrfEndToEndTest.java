package org.l3vpnd.agent.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two VPNs built on a PE with plain net-snmp commands (examples/two-vpns.sh), inside a network
 * namespace with veth interfaces: every table read back, traps on interface changes, thresholds,
 * the RowStatus life cycle, error statuses and a crash.
 */
class VrfEndToEndTest {

    private static final String M = "MPLS-L3VPN-STD-MIB::";
    private static final String AUTH = NetSnmp.OPS_AUTH;
    private static final String PRIV = NetSnmp.OPS_PRIV;
    private static final String RTE = "1.3.6.1.2.1.10.166.11.1.4.1.1";
    private static final String VRF_DOWN = ".1.3.6.1.2.1.10.166.11.0.2";
    private static final String VRF_UP = ".1.3.6.1.2.1.10.166.11.0.1";
    private static final String MID_EXCEEDED = ".1.3.6.1.2.1.10.166.11.0.3";
    private static final String MAX_EXCEEDED = ".1.3.6.1.2.1.10.166.11.0.4";

    @TempDir
    Path dir;

    @BeforeAll
    static void needsNamespaces() {
        assumeTrue(NetNamespace.available(), "network namespaces need root; run-tests runs as root");
    }

    @Test
    void twoVpnsBuiltWithNetSnmpSurviveACrashAndFollowTheirInterfaces() throws Exception {
        try (NetNamespace ns = NetNamespace.create()) {
            ns.vethPair("pe-ce1", "10.1.1.1/30", "ce1-pe", "10.1.1.2/30");
            ns.vethPair("pe-ce2", "10.2.2.1/30", "ce2-pe", "10.2.2.2/30");
            int ifA = ns.ifIndex("pe-ce1");
            int ifB = ns.ifIndex("pe-ce2");
            Path data = dir.resolve("data");
            assertTrue(ApplianceProcess.addOpsUser(data).ok());
            try (TrapReceiver traps = TrapReceiver.start(dir, ns.name())) {
                Path conf = dir.resolve("l3vpnd.conf");
                Files.writeString(conf, "notify nms v2c public 127.0.0.1:" + traps.port() + "\n");
                int port = FreePort.udp();
                String walkBefore;
                try (ApplianceProcess app = start(ns, data, port, conf)) {
                    Exec.Result script = Exec.run(List.of("ip", "netns", "exec", ns.name(), "env",
                            "AGENT=127.0.0.1:" + port, "SNMP_USER=ops", "AUTH_PASS=" + AUTH, "PRIV_PASS=" + PRIV,
                            "IF_A=" + ifA, "IF_B=" + ifB, "MIBDIRS=" + MibPath.netSnmpDirs(),
                            "sh", examples().resolve("two-vpns.sh").toString()));
                    assertTrue(script.ok(), script.toString());
                    String walk = script.out();
                    assertTrue(walk.contains(M + "mplsL3VpnVrfRD.\"vpnA\" = Hex-STRING: 00 00 FD E8 00 00 00 01"), walk);
                    assertTrue(walk.contains(M + "mplsL3VpnVrfRD.\"vpnB\" = Hex-STRING: 00 00 FD E8 00 00 00 02"), walk);
                    assertTrue(walk.contains(M + "mplsL3VpnVrfOperStatus.\"vpnA\" = INTEGER: up(1)"), walk);
                    assertTrue(walk.contains(M + "mplsL3VpnVrfOperStatus.\"vpnB\" = INTEGER: up(1)"), walk);
                    assertTrue(walk.contains(M + "mplsL3VpnVrfRT.\"vpnA\".1.both = Hex-STRING: 00 02 FD E8 00 00 00 64"), walk);
                    assertTrue(walk.contains(M + "mplsL3VpnIfConfRowStatus.\"vpnA\"." + ifA + " = INTEGER: active(1)"), walk);
                    assertTrue(walk.contains(M + "mplsL3VpnIfConfRowStatus.\"vpnB\"." + ifB + " = INTEGER: active(1)"), walk);
                    assertTrue(walk.contains(M + "mplsL3VpnConfiguredVrfs.0 = Gauge32: 2"), walk);
                    assertTrue(walk.contains(M + "mplsL3VpnActiveVrfs.0 = Gauge32: 2"), walk);
                    // The same prefix in both VRFs, kept apart; each VRF has only its own connected subnet.
                    assertTrue(walk.contains("mplsL3VpnVrfRteInetCidrIfIndex.\"vpnA\".ipv4.\"192.168.100.0\".24.2.0.0.ipv4.\"10.1.1.2\" = INTEGER: " + ifA), walk);
                    assertTrue(walk.contains("mplsL3VpnVrfRteInetCidrIfIndex.\"vpnB\".ipv4.\"192.168.100.0\".24.2.0.0.ipv4.\"10.2.2.2\" = INTEGER: " + ifB), walk);
                    assertTrue(walk.contains("mplsL3VpnVrfRteInetCidrType.\"vpnA\".ipv4.\"10.1.1.0\".30.2.0.0.unknown.\"\" = INTEGER: local(3)"), walk);
                    assertFalse(walk.contains("\"vpnA\".ipv4.\"10.2.2.0\""), walk);
                    assertFalse(walk.contains("\"vpnB\".ipv4.\"10.1.1.0\""), walk);
                    assertTrue(walk.contains("mplsL3VpnVrfPerfCurrNumRoutes.\"vpnA\" = Gauge32: 2"), walk);

                    NetSnmp ops = NetSnmp.ops("127.0.0.1", port).in(ns.name());
                    NetSnmp pub = NetSnmp.v2c("public", "127.0.0.1", port).in(ns.name());

                    ns.exec("ip", "link", "set", "pe-ce1", "down");
                    assertTrue(traps.await(Duration.ofSeconds(5), VRF_DOWN, "1.2.1.1.5.4.118.112.110.65." + ifA),
                            "vrfDown naming the interface:\n" + traps.log());
                    assertEquals("down", pub.value(M + "mplsL3VpnVrfOperStatus.\"vpnA\""));
                    assertEquals("up", pub.value(M + "mplsL3VpnVrfOperStatus.\"vpnB\""));
                    ns.exec("ip", "link", "set", "pe-ce1", "up");
                    assertTrue(traps.await(Duration.ofSeconds(5), VRF_UP, "4.118.112.110.65." + ifA),
                            "vrfUp:\n" + traps.log());

                    thresholdsAndMaxRoutes(ops, pub, traps);
                    rowStatusLifeCycle(ops, pub);
                    errorStatuses(ops, pub);
                    String all = pub.walk(M + "mplsL3VpnObjects").out();
                    assertTrue(all.contains("\"vpnT\""), "the volatile VRF exists until the crash");
                    walkBefore = configRows(all);
                    app.kill9();
                }
                int port2 = FreePort.udp();
                try (ApplianceProcess again = start(ns, data, port2, conf)) {
                    Exec.Result walk = NetSnmp.v2c("public", "127.0.0.1", port2).in(ns.name()).walk(M + "mplsL3VpnObjects");
                    assertEquals(walkBefore, configRows(walk.out()), "configuration rows are back after kill -9");
                    assertFalse(walk.out().contains("\"vpnT\""), "a volatile VRF and its routes are not kept");
                }
            }
        }
    }

    private void thresholdsAndMaxRoutes(NetSnmp ops, NetSnmp pub, TrapReceiver traps) {
        String t = "\"vpnT\"";
        Exec.Result create = ops.set(M + "mplsL3VpnVrfRD." + t, "s", "192.0.2.1:9",
                M + "mplsL3VpnVrfConfMidRteThresh." + t, "u", "2", M + "mplsL3VpnVrfConfHighRteThresh." + t, "u", "3",
                M + "mplsL3VpnVrfConfMaxRoutes." + t, "u", "3", M + "mplsL3VpnVrfConfAdminStatus." + t, "i", "up",
                M + "mplsL3VpnVrfConfRowStatus." + t, "i", "createAndGo");
        assertTrue(create.ok(), create.toString());
        for (int i = 1; i <= 4; i++) {
            String idx = ".4.118.112.110.84.1.4.172.16." + i + ".0.24.2.0.0.0.0";
            Exec.Result r = ops.set(RTE + ".8" + idx, "i", "5", RTE + ".18" + idx, "i", "4");
            assertTrue(r.ok(), r.toString());
        }
        assertTrue(traps.await(Duration.ofSeconds(5), MID_EXCEEDED, "4.118.112.110.84"), traps.log());
        assertTrue(traps.await(Duration.ofSeconds(5), MAX_EXCEEDED, "4.118.112.110.84"), traps.log());
        assertEquals("3", pub.value(M + "mplsL3VpnVrfPerfCurrNumRoutes." + t));
        assertEquals("1", pub.value(M + "mplsL3VpnVrfPerfRoutesDropped." + t));
    }

    private void rowStatusLifeCycle(NetSnmp ops, NetSnmp pub) {
        String c = "\"vpnC\"";
        assertTrue(ops.set(M + "mplsL3VpnVrfConfRowStatus." + c, "i", "createAndWait").ok());
        assertEquals("notReady", pub.value(M + "mplsL3VpnVrfConfRowStatus." + c), "AdminStatus has no default");
        assertTrue(ops.set(M + "mplsL3VpnVrfConfAdminStatus." + c, "i", "up").ok());
        assertEquals("notInService", pub.value(M + "mplsL3VpnVrfConfRowStatus." + c));
        assertTrue(ops.set(M + "mplsL3VpnVrfConfRowStatus." + c, "i", "active").ok());
        assertEquals("active", pub.value(M + "mplsL3VpnVrfConfRowStatus." + c));
        assertTrue(ops.set(M + "mplsL3VpnVrfConfRowStatus." + c, "i", "notInService").ok());
        assertEquals("notInService", pub.value(M + "mplsL3VpnVrfConfRowStatus." + c));
        assertTrue(ops.set(M + "mplsL3VpnVrfConfRowStatus." + c, "i", "destroy").ok());
        Exec.Result gone = pub.get(M + "mplsL3VpnVrfConfRowStatus." + c);
        assertTrue(gone.out().contains("No Such Instance"), gone.toString());
    }

    private void errorStatuses(NetSnmp ops, NetSnmp pub) {
        expectError(ops.set(M + "mplsL3VpnVrfRD.\"vpnD\"", "s", "65000:1", M + "mplsL3VpnVrfConfAdminStatus.\"vpnD\"",
                "i", "up", M + "mplsL3VpnVrfConfRowStatus.\"vpnD\"", "i", "createAndGo"), "inconsistentValue");
        expectError(ops.set(M + "mplsL3VpnVrfRD.\"vpnD\"", "s", "not-an-rd", M + "mplsL3VpnVrfConfAdminStatus.\"vpnD\"",
                "i", "up", M + "mplsL3VpnVrfConfRowStatus.\"vpnD\"", "i", "createAndGo"), "wrongValue");
        expectError(ops.set(M + "mplsL3VpnVrfConfRowStatus.\"vpnA\"", "i", "createAndGo"), "inconsistentValue");
        expectError(ops.set(M + "mplsL3VpnVrfDescription.\"vpnZ\"", "s", "no such row"), "noCreation",
                "inconsistentName");
        expectError(ops.set(M + "mplsL3VpnVrfConfMaxRoutes.\"vpnA\"", "u", "5"), "inconsistentValue");
        expectError(ops.set(M + "mplsL3VpnVrfOperStatus.\"vpnA\"", "i", "2"), "notWritable");
        expectError(ops.setUnchecked(M + "mplsL3VpnVrfDescription.\"vpnA\"", "x", "41".repeat(256)),
                "wrongLength");
        expectError(ops.setUnchecked(M + "mplsL3VpnVrfConfAdminStatus.\"vpnA\"", "s", "up"), "wrongType");
        expectError(ops.set(RTE + ".18.4.118.112.110.65.1.4.192.168.100.1.24.2.0.0.0.0", "i", "4"),
                "inconsistentName");
        expectError(pub.set(M + "mplsL3VpnVrfDescription.\"vpnA\"", "s", "v2c"), "noAccess", "notWritable",
                "authorizationError");
        // All or nothing: the bad last varbind leaves the first one undone.
        expectError(ops.setUnchecked(M + "mplsL3VpnVrfConfAdminStatus.\"vpnB\"", "i", "down",
                M + "mplsL3VpnVrfConfAdminStatus.\"vpnA\"", "i", "7"), "wrongValue");
        assertEquals("up", pub.value(M + "mplsL3VpnVrfConfAdminStatus.\"vpnB\""));
    }

    private static void expectError(Exec.Result r, String... oneOf) {
        assertFalse(r.ok(), "SET must fail: " + r);
        for (String s : oneOf) {
            if (r.err().contains(s)) {
                return;
            }
        }
        throw new AssertionError("expected one of " + List.of(oneOf) + ": " + r);
    }

    /** The configuration columns of a walk, for before/after comparisons (live columns change). */
    private static String configRows(String walk) {
        List<String> keep = new ArrayList<>();
        for (String line : walk.split("\n")) {
            if (line.matches(".*mplsL3Vpn(VrfRD|VrfDescription|VrfConfAdminStatus|VrfConfRowStatus|VrfConfMaxRoutes"
                    + "|VrfRT|VrfRTDescr|IfConfRowStatus|IfVpnRouteDistProtocol|VrfRteInetCidrStatus|NotificationEnable)[.].*")
                    && !line.contains("\"10.") && !line.contains("\"vpnT\"")) {
                keep.add(line);
            }
        }
        return String.join("\n", keep);
    }

    private static ApplianceProcess start(NetNamespace ns, Path data, int port, Path conf) {
        return ApplianceProcess.start(ns.name(), data, "--config", conf.toString(), "--snmp", "127.0.0.1:" + port,
                "--http", "127.0.0.1:" + FreePort.tcp(), "--bgp", "127.0.0.1:" + FreePort.tcp());
    }

    private static Path examples() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
        }
        return p.resolve("examples");
    }
}
