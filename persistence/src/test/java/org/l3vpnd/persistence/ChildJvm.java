package org.l3vpnd.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM running a main class of the test sources on the test class path: a separate process
 * as `l3vpnd user add` or a crashing appliance would be. Owned by one test thread.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Path stderr;
    /** Standard output, line by line; empty at end of stream. */
    private final BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();

    private ChildJvm(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        Thread reader = new Thread(this::readStdout, "child-jvm-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static ChildJvm start(Path workDir, Class<?> mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElseThrow(() -> new IllegalStateException("cannot tell which java runs the tests")));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        Path stderr = Files.createTempFile(workDir, "child-", ".stderr");
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        return new ChildJvm(process, stderr);
    }

    /** Waits for the next line the child prints; fails with its standard error if none comes. */
    String awaitLine(Duration timeout) throws InterruptedException, IOException {
        Optional<String> line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            throw new AssertionError("child printed nothing within " + timeout + "; stderr:\n" + stderrText());
        }
        return line.orElseThrow(() -> new AssertionError("child closed its output; stderr:\n" + stderrTextQuietly()));
    }

    /** SIGKILL on Unix: the child gets no chance to flush or close anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    int awaitExit(Duration timeout) throws InterruptedException, IOException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("child still running after " + timeout + "; stderr:\n" + stderrText());
        }
        return process.exitValue();
    }

    String stderrText() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    /** Kills the child if a failed test left it running. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String stderrTextQuietly() {
        try {
            return stderrText();
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private void readStdout() {
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(Optional.of(line));
            }
        } catch (IOException e) {
            // The child was killed mid-line; end of stream is all a waiting test needs to know.
        }
        lines.add(Optional.empty());
    }
}
