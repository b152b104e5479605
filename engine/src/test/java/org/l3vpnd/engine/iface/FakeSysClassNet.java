package org.l3vpnd.engine.iface;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A /sys/class/net look-alike in a temporary directory. Every change is an atomic rename, so the
 * poller never reads a half-written attribute or a half-built interface, as with the real sysfs.
 */
public final class FakeSysClassNet {

    private final Path root;
    private final Path staging;
    private int stagingSerial;

    public FakeSysClassNet(Path tempDir) {
        this.root = tempDir.resolve("net");
        this.staging = tempDir.resolve("staging");
        try {
            Files.createDirectories(root);
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    /** An Ethernet with a device behind it, admin and oper up, 1 Gb/s. */
    public FakeSysClassNet ethernet(String name, int ifIndex, String mac) {
        return add(name, ifIndex, 1, 1500, mac, "0x1003", "up", "1", "1000", true);
    }

    /** Adds an interface; {@code null} carrier/speed/address makes the attribute unreadable. */
    public FakeSysClassNet add(String name, int ifIndex, int type, int mtu, String address, String flags,
                        String operstate, String carrier, String speed, boolean physical) {
        Path dir = staging.resolve("iface" + (stagingSerial++));
        write(dir, "ifindex", Integer.toString(ifIndex));
        write(dir, "type", Integer.toString(type));
        write(dir, "mtu", Integer.toString(mtu));
        write(dir, "flags", flags);
        write(dir, "operstate", operstate);
        if (address != null) {
            write(dir, "address", address);
        }
        if (carrier != null) {
            write(dir, "carrier", carrier);
        }
        if (speed != null) {
            write(dir, "speed", speed);
        }
        if (physical) {
            write(dir.resolve("device"), "uevent", "");
        }
        for (String counter : new String[] {"rx_bytes", "rx_packets", "rx_errors", "rx_dropped", "multicast",
                "rx_nohandler", "tx_bytes", "tx_packets", "tx_errors", "tx_dropped"}) {
            write(dir.resolve("statistics"), counter, "0");
        }
        move(dir, root.resolve(name));
        return this;
    }

    public FakeSysClassNet set(String name, String attribute, String value) {
        Path target = root.resolve(name).resolve(attribute);
        Path tmp = staging.resolve("attr" + (stagingSerial++));
        write(staging, tmp.getFileName().toString(), value);
        move(tmp, target);
        return this;
    }

    public FakeSysClassNet counter(String name, String counter, String value) {
        return set(name, "statistics/" + counter, value);
    }

    public FakeSysClassNet remove(String name) {
        Path gone = staging.resolve("gone" + (stagingSerial++));
        move(root.resolve(name), gone);
        try (Stream<Path> files = Files.walk(gone)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public FakeSysClassNet file(String name, String content) {
        write(root, name, content);
        return this;
    }

    private static void write(Path dir, String name, String content) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name), content + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
