package org.l3vpnd.agent.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * net-snmp's snmptrapd in the foreground on a loopback port, logging every notification (v1/v2c,
 * any community) to its standard output, one line per varbind list.
 */
final class TrapReceiver implements AutoCloseable {

    private final Process process;
    private final int port;
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    private TrapReceiver(Process process, int port) {
        this.process = process;
        this.port = port;
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // ended
            }
        }, "snmptrapd-output");
        reader.setDaemon(true);
        reader.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    }

    static TrapReceiver start(Path workDir, String netns) throws IOException {
        int port = FreePort.udp();
        Path conf = workDir.resolve("snmptrapd.conf");
        Files.writeString(conf, "disableAuthorization yes\nformat2 TRAP %V~ %v\\n\n");
        List<String> cmd = new ArrayList<>();
        if (netns != null) {
            cmd.addAll(List.of("ip", "netns", "exec", netns));
        }
        cmd.addAll(List.of("snmptrapd", "-f", "-Lo", "-n", "-On", "-C", "-c", conf.toString(),
                "-M", MibPath.netSnmpDirs(), "-m", "ALL", "-p", workDir.resolve("snmptrapd.pid").toString(),
                "udp:127.0.0.1:" + port));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        TrapReceiver t = new TrapReceiver(p, port);
        if (!Deadline.await(Duration.ofSeconds(10), () -> t.saw("NET-SNMP version") || !p.isAlive())
                || !p.isAlive()) {
            t.close();
            throw new IllegalStateException("snmptrapd did not start: " + t.lines);
        }
        return t;
    }

    int port() {
        return port;
    }

    boolean saw(String text) {
        synchronized (lines) {
            return lines.stream().anyMatch(l -> l.contains(text));
        }
    }

    /** Waits for a notification line containing every one of the texts. */
    boolean await(Duration timeout, String... texts) {
        return Deadline.await(timeout, () -> {
            synchronized (lines) {
                return lines.stream().anyMatch(l -> {
                    for (String t : texts) {
                        if (!l.contains(t)) {
                            return false;
                        }
                    }
                    return true;
                });
            }
        });
    }

    String log() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
