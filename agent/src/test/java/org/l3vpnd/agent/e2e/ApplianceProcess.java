package org.l3vpnd.agent.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real appliance in a child JVM (optionally inside a network namespace): its Main with the
 * operator's command-line arguments, on the test classpath rather than the packaged jar, with its
 * output collected. Killed on close, and by a shutdown hook if the test JVM dies first.
 */
final class ApplianceProcess implements AutoCloseable {

    private final Process process;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());

    private ApplianceProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    output.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "appliance-output");
        reader.setDaemon(true);
        reader.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    }

    /** Starts {@code l3vpnd ARGS} and waits until it printed its listener lines. */
    static ApplianceProcess start(String netns, Path dataDir, String... args) {
        List<String> cmd = new ArrayList<>();
        if (netns != null) {
            cmd.addAll(List.of("ip", "netns", "exec", netns));
        }
        cmd.addAll(javaCommand());
        cmd.addAll(List.of("--data", dataDir.toString()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            ApplianceProcess ap = new ApplianceProcess(p);
            if (!Deadline.await(Duration.ofSeconds(60), () -> ap.printed("http listening") || !p.isAlive())
                    || !p.isAlive()) {
                ap.close();
                throw new IllegalStateException("appliance did not start:\n" + ap.output());
            }
            return ap;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code l3vpnd user add} of the tests' read-write user ({@link NetSnmp#ops}) into {@code dataDir}. */
    static Exec.Result addOpsUser(Path dataDir) {
        return command("user", "add", NetSnmp.OPS_USER, "--auth-pass", NetSnmp.OPS_AUTH, "--priv-pass",
                NetSnmp.OPS_PRIV, "--data", dataDir.toString());
    }

    /** Runs {@code l3vpnd ARGS} to completion (for commands such as user add). */
    static Exec.Result command(String... args) {
        List<String> cmd = new ArrayList<>(javaCommand());
        cmd.addAll(List.of(args));
        return Exec.run(cmd);
    }

    static List<String> javaCommand() {
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-cp", System.getProperty("java.class.path"), "org.l3vpnd.agent.Main");
    }

    boolean printed(String text) {
        synchronized (output) {
            return output.stream().anyMatch(l -> l.contains(text));
        }
    }

    String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    /** SIGTERM; returns whether it exited within the timeout. */
    boolean terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** SIGKILL, as a crash. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
