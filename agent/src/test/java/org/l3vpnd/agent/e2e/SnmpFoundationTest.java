package org.l3vpnd.agent.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The appliance as an operator meets it: started from the command line, queried and configured
 * with net-snmp's tools, crashed and restarted.
 */
class SnmpFoundationTest {

    private static final String SYS_DESCR = "1.3.6.1.2.1.1.1.0";
    private static final String SYS_OBJECT_ID = "1.3.6.1.2.1.1.2.0";
    private static final String SYS_NAME = "1.3.6.1.2.1.1.5.0";
    private static final String SYS_CONTACT = "1.3.6.1.2.1.1.4.0";
    private static final String IN_BAD_COMMUNITY = "1.3.6.1.2.1.11.4.0";
    private static final String ENGINE_ID = "1.3.6.1.6.3.10.2.1.1.0";
    private static final String ENGINE_BOOTS = "1.3.6.1.6.3.10.2.1.2.0";
    private static final String WRONG_DIGESTS = "1.3.6.1.6.3.15.1.1.5.0";
    private static final String UNKNOWN_USER_NAMES = "1.3.6.1.6.3.15.1.1.3.0";
    private static final String AUTH = NetSnmp.OPS_AUTH;
    private static final String PRIV = NetSnmp.OPS_PRIV;

    @TempDir
    Path dir;

    private ApplianceProcess start(int port, String... more) {
        String[] args = new String[more.length + 2];
        args[0] = "--snmp";
        args[1] = "127.0.0.1:" + port;
        System.arraycopy(more, 0, args, 2, more.length);
        return ApplianceProcess.start(null, dir.resolve("data"), withFreeOtherPorts(args));
    }

    private static String[] withFreeOtherPorts(String[] args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--http";
        all[args.length + 1] = "127.0.0.1:" + FreePort.tcp();
        all[args.length + 2] = "--bgp";
        all[args.length + 3] = "127.0.0.1:" + FreePort.tcp();
        return all;
    }

    @Test
    void v2cReadsTheSystemGroupAndEveryWriteIsRefused() {
        int port = FreePort.udp();
        try (ApplianceProcess app = start(port)) {
            NetSnmp pub = NetSnmp.v2c("public", "127.0.0.1", port);
            assertTrue(pub.value(SYS_DESCR).contains("l3vpnd"), "sysDescr names the product");
            assertEquals(".1.3.6.1.4.1.61423.1.1", pub.toolWith("snmpget", java.util.List.of("-Oqvn"),
                    SYS_OBJECT_ID).out().trim());

            Exec.Result walk = pub.bulkWalk("1.3.6.1.2.1.1");
            assertTrue(walk.ok(), walk.toString());
            assertTrue(walk.out().contains("sysUpTime"), walk.out());
            assertTrue(walk.out().contains("sysORLastChange") || walk.out().contains("sysServices"), walk.out());

            Exec.Result refused = pub.set(SYS_NAME, "s", "hacked");
            assertFalse(refused.ok(), "a v2c SET must fail: " + refused);
            assertTrue(refused.err().contains("noAccess") || refused.err().contains("notWritable")
                    || refused.err().contains("authorizationError"), refused.toString());
            assertNotEquals("hacked", pub.value(SYS_NAME));
        }
    }

    @Test
    void wrongCommunityGetsNothingIsCountedAndRaisesAuthenticationFailure() throws Exception {
        int port = FreePort.udp();
        try (TrapReceiver traps = TrapReceiver.start(dir, null)) {
            Path conf = dir.resolve("l3vpnd.conf");
            Files.writeString(conf, "set snmp.enableAuthenTraps \"true\"\n"
                    + "notify nms v2c public 127.0.0.1:" + traps.port() + "\n");
            try (ApplianceProcess app = start(port, "--config", conf.toString())) {
                assertTrue(traps.await(Duration.ofSeconds(10), ".1.3.6.1.6.3.1.1.5.1"),
                        "coldStart expected:\n" + traps.log());
                NetSnmp pub = NetSnmp.v2c("public", "127.0.0.1", port);
                long before = Long.parseLong(pub.value(IN_BAD_COMMUNITY));

                Exec.Result wrong = NetSnmp.v2c("not-public", "127.0.0.1", port).get(SYS_DESCR);
                assertFalse(wrong.ok(), "wrong community must get no answer: " + wrong);
                assertTrue(wrong.err().contains("Timeout"), wrong.toString());

                assertTrue(Long.parseLong(pub.value(IN_BAD_COMMUNITY)) > before, "snmpInBadCommunityNames");
                assertTrue(traps.await(Duration.ofSeconds(10), ".1.3.6.1.6.3.1.1.5.5"),
                        "authenticationFailure expected:\n" + traps.log());
            }
        }
    }

    @Test
    void userAddedWhileRunningCanSetSysNameWhichSurvivesKillMinus9() throws Exception {
        int port = FreePort.udp();
        Path data = dir.resolve("data");
        String bootsBefore;
        String engineId;
        try (ApplianceProcess app = start(port)) {
            NetSnmp pub = NetSnmp.v2c("public", "127.0.0.1", port);
            bootsBefore = pub.value(ENGINE_BOOTS);
            engineId = pub.value(ENGINE_ID);

            Exec.Result add = ApplianceProcess.addOpsUser(data);
            assertTrue(add.ok(), add.toString());
            assertFalse(add.out().contains(AUTH) || add.err().contains(AUTH), "no secrets printed");

            NetSnmp ops = NetSnmp.ops("127.0.0.1", port);
            assertTrue(Deadline.await(Duration.ofSeconds(10), () -> ops.get(SYS_DESCR).ok()),
                    "the running appliance takes the new user within seconds");

            Exec.Result set = ops.set(SYS_NAME, "s", "pe1.example.net", SYS_CONTACT, "s", "noc@example.net");
            assertTrue(set.ok(), set.toString());
            app.kill9();
        }
        try (ApplianceProcess again = start(port)) {
            NetSnmp pub = NetSnmp.v2c("public", "127.0.0.1", port);
            assertEquals("pe1.example.net", pub.value(SYS_NAME));
            assertEquals("noc@example.net", pub.value(SYS_CONTACT));
            assertEquals(engineId, pub.value(ENGINE_ID), "snmpEngineID is kept");
            assertEquals(Integer.parseInt(bootsBefore) + 1, Integer.parseInt(pub.value(ENGINE_BOOTS)));

            NetSnmp ops = NetSnmp.ops("127.0.0.1", port);
            assertEquals("pe1.example.net", ops.value(SYS_NAME), "the user is kept too");
        }
    }

    @Test
    void wrongV3CredentialsGetNothingAndAreCounted() throws Exception {
        int port = FreePort.udp();
        Path data = dir.resolve("data");
        assertTrue(ApplianceProcess.addOpsUser(data).ok());
        try (ApplianceProcess app = start(port)) {
            NetSnmp pub = NetSnmp.v2c("public", "127.0.0.1", port);
            long digests = Long.parseLong(pub.value(WRONG_DIGESTS));
            long unknown = Long.parseLong(pub.value(UNKNOWN_USER_NAMES));

            Exec.Result badPass = NetSnmp.v3("ops", "SHA-256", "wrong-password", "AES", PRIV, "127.0.0.1", port)
                    .set(SYS_NAME, "s", "x");
            assertFalse(badPass.ok(), badPass.toString());
            Exec.Result noUser = NetSnmp.v3("nobody", "SHA-256", AUTH, "AES", PRIV, "127.0.0.1", port)
                    .get(SYS_DESCR);
            assertFalse(noUser.ok(), noUser.toString());

            assertTrue(Long.parseLong(pub.value(WRONG_DIGESTS)) > digests, "usmStatsWrongDigests");
            assertTrue(Long.parseLong(pub.value(UNKNOWN_USER_NAMES)) > unknown, "usmStatsUnknownUserNames");
            assertNotEquals("x", pub.value(SYS_NAME));
        }
    }

    @Test
    void secondInstanceIsRefusedAndSigtermStopsWithinFiveSeconds() throws Exception {
        int port = FreePort.udp();
        try (ApplianceProcess app = start(port)) {
            Exec.Result second = ApplianceProcess.command(withFreeOtherPorts(new String[] {"--data",
                    dir.resolve("data").toString(), "--snmp", "127.0.0.1:" + FreePort.udp()}));
            assertEquals(1, second.exit(), second.toString());
            assertTrue(second.err().contains("in use by another l3vpnd"), second.toString());

            assertTrue(app.terminate(Duration.ofSeconds(5)), "SIGTERM must stop it within 5 s");
        }
    }

    @Test
    void notificationTargetCreatedOverSnmpIsKeptAcrossACrash() throws Exception {
        int port = FreePort.udp();
        Path data = dir.resolve("data");
        assertTrue(ApplianceProcess.addOpsUser(data).ok());
        try (TrapReceiver traps = TrapReceiver.start(dir, null)) {
            String addr = "1.3.6.1.6.3.12.1.2.1.";
            String params = "1.3.6.1.6.3.12.1.3.1.";
            String name = ".110.109.115.50"; // "nms2", an IMPLIED index
            String taddress = String.format("7F000001%04X", traps.port());
            try (ApplianceProcess app = start(port)) {
                NetSnmp ops = NetSnmp.ops("127.0.0.1", port);
                Exec.Result p = ops.set(params + "2" + name, "i", "1", params + "3" + name, "i", "2",
                        params + "4" + name, "s", "public", params + "5" + name, "i", "1",
                        params + "6" + name, "i", "3", params + "7" + name, "i", "4");
                assertTrue(p.ok(), p.toString());
                Exec.Result a = ops.set(addr + "2" + name, "o", "1.3.6.1.6.1.1", addr + "3" + name, "x", taddress,
                        addr + "6" + name, "s", "l3vpnd-trap", addr + "7" + name, "s", "nms2",
                        addr + "8" + name, "i", "3", addr + "9" + name, "i", "4");
                assertTrue(a.ok(), a.toString());
                app.kill9();
            }
            try (ApplianceProcess again = start(port)) {
                assertTrue(traps.await(Duration.ofSeconds(10), ".1.3.6.1.6.3.1.1.5.1"),
                        "coldStart reaches the target created over SNMP before the crash:\n" + traps.log());
            }
        }
    }
}
