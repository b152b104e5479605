package org.l3vpnd.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.SnmpUser;

/** The store across real process boundaries: a crash right after a commit, and a second writer. */
class ProcessBoundaryTest {

    private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(60);
    private static final int KILL_ROUNDS = 3;

    @TempDir
    Path dir;

    @TempDir
    Path childLogs;

    @Test
    void commitSurvivesKill9RightAfterPersistReturned() throws Exception {
        List<ConfigItem> committed = new ArrayList<>();
        for (int round = 1; round <= KILL_ROUNDS; round++) {
            String name = "round-" + round;
            try (ChildJvm child = ChildJvm.start(childLogs, CommitInChildMain.class,
                    dir.toString(), "hold", "setting", name)) {
                assertEquals(CommitInChildMain.PERSISTED, child.awaitLine(CHILD_TIMEOUT));
                child.kill();
            }
            committed.add(CommitInChildMain.item("setting", name));
            try (H2ConfigStore store = H2ConfigStore.open(dir)) {
                SampleItems.assertSameConfig(RunningConfig.of(committed), store.load());
            }
        }
    }

    @Test
    void serverForOtherProcessesListensOnLoopbackOnly() throws Exception {
        InetAddress external = nonLoopbackAddress();
        assumeTrue(external != null, "this host has no address but loopback");
        // The open store is what runs the server.
        H2ConfigStore appliance = H2ConfigStore.open(dir);
        try {
            int port = serverPort();
            try (Socket viaLoopback = new Socket(InetAddress.getLoopbackAddress(), port)) {
                assertTrue(viaLoopback.isConnected());
            }
            assertThrows(ConnectException.class, () -> new Socket(external, port).close(),
                    "reachable through " + external);
        } finally {
            appliance.close();
        }
    }

    private int serverPort() throws IOException {
        // Where H2 tells other processes to find the server: "host:port" in the lock file.
        Properties lock = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve(H2Connector.FILE_NAME + ".lock.db"),
                StandardCharsets.ISO_8859_1)) {
            lock.load(r);
        }
        String server = lock.getProperty("server", "");
        return Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
    }

    private static InetAddress nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address) {
                    return a;
                }
            }
        }
        return null;
    }

    @Test
    void userAddedByAnotherProcessReachesTheRunningAppliance() throws Exception {
        try (H2ConfigStore appliance = H2ConfigStore.open(dir)) {
            appliance.load();
            // The appliance holds the file open, so the child can only get in through AUTO_SERVER.
            try (ChildJvm userAdd = ChildJvm.start(childLogs, CommitInChildMain.class,
                    dir.toString(), "exit", "user", "operator")) {
                assertEquals(CommitInChildMain.PERSISTED, userAdd.awaitLine(CHILD_TIMEOUT));
                assertEquals(0, userAdd.awaitExit(CHILD_TIMEOUT), userAdd.stderrText());
            }
            assertTrue(appliance.hasUnseenChanges());
            RunningConfig reloaded = appliance.load();
            assertEquals(CommitInChildMain.item("user", "operator"),
                    reloaded.get(SnmpUser.class, "operator").orElseThrow());
            assertFalse(appliance.hasUnseenChanges());
        }
    }
}
