package org.l3vpnd.agent.e2e;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A network namespace of the test's own, with loopback up, deleted on close (and by a shutdown
 * hook if the test JVM dies first). Needs root, as the test suite does.
 */
final class NetNamespace implements AutoCloseable {

    private final String name;
    private final Thread cleanup;

    private NetNamespace(String name) {
        this.name = name;
        this.cleanup = new Thread(this::delete);
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    static boolean available() {
        return Exec.run(List.of("ip", "netns", "list")).ok() && ProcessHandle.current().info().user()
                .map("root"::equals).orElse(false);
    }

    static NetNamespace create() {
        String name = "l3vpnd-t" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL);
        must(List.of("ip", "netns", "add", name));
        NetNamespace ns = new NetNamespace(name);
        ns.exec("ip", "link", "set", "lo", "up");
        return ns;
    }

    String name() {
        return name;
    }

    /** Adds a veth pair with both ends inside the namespace, addresses given in CIDR form. */
    void vethPair(String a, String aCidr, String b, String bCidr) {
        exec("ip", "link", "add", a, "type", "veth", "peer", "name", b);
        exec("ip", "addr", "add", aCidr, "dev", a);
        exec("ip", "addr", "add", bCidr, "dev", b);
        exec("ip", "link", "set", a, "up");
        exec("ip", "link", "set", b, "up");
    }

    int ifIndex(String device) {
        Exec.Result r = Exec.run(List.of("ip", "netns", "exec", name, "cat", "/sys/class/net/" + device + "/ifindex"));
        if (!r.ok()) {
            throw new IllegalStateException("no device " + device + ": " + r);
        }
        return Integer.parseInt(r.out().trim());
    }

    void exec(String... command) {
        List<String> cmd = new java.util.ArrayList<>(List.of("ip", "netns", "exec", name));
        cmd.addAll(List.of(command));
        must(cmd);
    }

    private static void must(List<String> cmd) {
        Exec.Result r = Exec.run(cmd);
        if (!r.ok()) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed: " + r);
        }
    }

    private void delete() {
        Exec.run(List.of("ip", "netns", "delete", name));
    }

    @Override
    public void close() {
        delete();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException ignored) {
            // already shutting down
        }
    }
}
