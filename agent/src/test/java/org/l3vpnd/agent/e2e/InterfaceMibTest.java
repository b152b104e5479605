package org.l3vpnd.agent.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IF-MIB against real kernel interfaces: the appliance runs in a network namespace of the test's
 * own with a veth pair; the test takes a link down and up with iproute2.
 */
class InterfaceMibTest {

    private static final String IF_DESCR = "1.3.6.1.2.1.2.2.1.2.";
    private static final String IF_OPER = "1.3.6.1.2.1.2.2.1.8.";
    private static final String IF_MTU = "1.3.6.1.2.1.2.2.1.4.";
    private static final String IF_NAME = "1.3.6.1.2.1.31.1.1.1.1.";
    private static final String IF_ALIAS = "1.3.6.1.2.1.31.1.1.1.18.";
    private static final String LINK_DOWN = ".1.3.6.1.6.3.1.1.5.3";
    private static final String LINK_UP = ".1.3.6.1.6.3.1.1.5.4";

    @TempDir
    Path dir;

    @BeforeAll
    static void needsNamespaces() {
        assumeTrue(NetNamespace.available(), "network namespaces need root; run-tests runs as root");
    }

    @Test
    void interfacesAreTheKernelsAndALinkGoingDownIsSeenAndTrapped() throws Exception {
        try (NetNamespace ns = NetNamespace.create()) {
            ns.vethPair("pe-ce1", "10.1.1.1/30", "ce1-pe", "10.1.1.2/30");
            ns.exec("ip", "link", "set", "pe-ce1", "mtu", "1400");
            int ifIndex = ns.ifIndex("pe-ce1");
            Path data = dir.resolve("data");
            assertTrue(ApplianceProcess.addOpsUser(data).ok());
            try (TrapReceiver traps = TrapReceiver.start(dir, ns.name())) {
                Path conf = dir.resolve("l3vpnd.conf");
                Files.writeString(conf, "notify nms v2c public 127.0.0.1:" + traps.port() + "\n");
                int port = FreePort.udp();
                try (ApplianceProcess app = ApplianceProcess.start(ns.name(), data, "--config", conf.toString(),
                        "--snmp", "127.0.0.1:" + port, "--http", "127.0.0.1:" + FreePort.tcp(),
                        "--bgp", "127.0.0.1:" + FreePort.tcp())) {
                    NetSnmp pub = NetSnmp.v2c("public", "127.0.0.1", port).in(ns.name());
                    assertEquals("pe-ce1", pub.value(IF_DESCR + ifIndex));
                    assertEquals("pe-ce1", pub.value(IF_NAME + ifIndex));
                    assertEquals("1400", pub.value(IF_MTU + ifIndex));
                    assertEquals("up", pub.value(IF_OPER + ifIndex));
                    Exec.Result walk = pub.bulkWalk("1.3.6.1.2.1.2.2.1.2");
                    assertTrue(walk.out().contains("STRING: lo\n") && walk.out().contains("STRING: ce1-pe\n"), walk.out());

                    ns.exec("ip", "link", "set", "pe-ce1", "down");
                    assertTrue(Deadline.await(Duration.ofSeconds(2), () -> "down".equals(pub.value(IF_OPER + ifIndex))),
                            "ifOperStatus follows the kernel within 2 s");
                    assertTrue(traps.await(Duration.ofSeconds(5), LINK_DOWN, "2.2.1.1." + ifIndex),
                            "linkDown with the interface's ifIndex:\n" + traps.log());

                    ns.exec("ip", "link", "set", "pe-ce1", "up");
                    assertTrue(traps.await(Duration.ofSeconds(5), LINK_UP, "2.2.1.1." + ifIndex),
                            "linkUp:\n" + traps.log());

                    NetSnmp ops = NetSnmp.ops("127.0.0.1", port).in(ns.name());
                    Exec.Result set = ops.set(IF_ALIAS + ifIndex, "s", "to CE1 <site A>");
                    assertTrue(set.ok(), set.toString());
                    app.kill9();
                }
                int port2 = FreePort.udp();
                try (ApplianceProcess again = ApplianceProcess.start(ns.name(), data, "--snmp", "127.0.0.1:" + port2,
                        "--http", "127.0.0.1:" + FreePort.tcp(), "--bgp", "127.0.0.1:" + FreePort.tcp())) {
                    NetSnmp pub = NetSnmp.v2c("public", "127.0.0.1", port2).in(ns.name());
                    assertEquals("to CE1 <site A>", pub.value(IF_ALIAS + ifIndex));
                }
            }
        }
    }
}
