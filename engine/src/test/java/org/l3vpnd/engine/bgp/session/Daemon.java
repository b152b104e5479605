package org.l3vpnd.engine.bgp.session;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A routing daemon run by an interop test: started with its output in a log file, killed (with
 * its process tree) on close whatever the test's outcome. Also runs the daemon's CLI.
 */
final class Daemon implements AutoCloseable {
    private static final Duration CLI_TIMEOUT = Duration.ofSeconds(10);

    private final String name;
    private final Process process;
    private final Path log;

    private Daemon(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Fails the test (it must not be skipped) when {@code binary} is not installed. */
    static String require(String binary) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        dirs.addAll(List.of("/usr/sbin", "/usr/lib/frr"));
        Path direct = Path.of(binary);
        if (binary.contains("/") && Files.isExecutable(direct)) {
            return binary;
        }
        for (String d : dirs) {
            if (!d.isEmpty() && !binary.contains("/") && Files.isExecutable(Path.of(d, binary))) {
                return Path.of(d, binary).toString();
            }
        }
        fail("interop test needs " + binary + ", which is not installed (install the daemon packages first)");
        return null;
    }

    static Daemon start(String name, Path dir, String... command) throws IOException {
        return start(name, dir, Map.of(), command);
    }

    static Daemon start(String name, Path dir, Map<String, String> env, String... command) throws IOException {
        Path log = dir.resolve(name + ".log");
        ProcessBuilder b = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        b.environment().putAll(env);
        return new Daemon(name, b.start(), log);
    }

    /** A TCP port that was free on {@code host} a moment ago. */
    static int freePort(String host) throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(host, 0));
            return s.getLocalPort();
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Runs a CLI command to completion and returns its output (stdout and stderr). */
    static String cli(Path dir, String... command) {
        try {
            Path out = Files.createTempFile(dir, "cli", ".out");
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            if (!p.waitFor(CLI_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return "(timed out: " + String.join(" ", command) + ")";
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(failed: " + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)";
        }
    }

    /** Waits for the speaker's session with the daemon; a failure shows the daemon's log. */
    void awaitEstablished(SpeakerNode node, String address) {
        Await.until(SpeakerNode.WAIT, () -> node.host + " peer " + address + " to reach ESTABLISHED, is "
                + node.describe(address) + "\n" + name + " log:\n" + log(),
                () -> node.speaker.peer("", org.l3vpnd.engine.net.IpAddress.parse(address))
                        .map(PeerStatus::established).orElse(false));
    }

    /** Polls {@code command} until its output contains every one of {@code expected}. */
    static String awaitCli(Path dir, Daemon daemon, List<String> expected, String... command) {
        return awaitCli(dir, daemon, false, expected, command);
    }

    /** As above; with {@code compact}, whitespace is removed from the output before matching. */
    static String awaitCli(Path dir, Daemon daemon, boolean compact, List<String> expected, String... command) {
        List<String> last = new ArrayList<>(List.of(""));
        Await.until(Duration.ofSeconds(30), () -> "`" + String.join(" ", command) + "` to show " + expected
                + "; last output:\n" + last.get(0) + "\n" + daemon.name + " log:\n" + daemon.log(), () -> {
                    String out = compact ? cli(dir, command).replaceAll("\\s+", "") : cli(dir, command);
                    last.set(0, out);
                    return expected.stream().allMatch(out::contains);
                });
        return last.get(0);
    }

    /** SIGKILL: the daemon gets no chance to say goodbye; the kernel closes its sockets. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
