package org.l3vpnd.agent.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A routing daemon run by a test inside a network namespace, its output in a log file that
 * failures quote. Killed on close, and by a shutdown hook if the test JVM dies first.
 */
final class DaemonProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;
    private final Thread cleanup;

    private DaemonProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.cleanup = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** Starts {@code command} in {@code netns}; fails when it is not installed. */
    static DaemonProcess start(String name, String netns, Path dir, String... command) {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", netns));
        cmd.addAll(List.of(command));
        Path log = dir.resolve(name + ".log");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new DaemonProcess(name, p, log);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** SIGKILL, as a crash: no NOTIFICATION leaves. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** The daemon's output so far, for failure messages. */
    String output() {
        try {
            String text = Files.readString(log);
            return name + " output:\n" + (text.length() > 4000 ? text.substring(text.length() - 4000) : text);
        } catch (IOException e) {
            return name + " output unreadable: " + e.getMessage();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException ignored) {
            // already shutting down
        }
    }
}
