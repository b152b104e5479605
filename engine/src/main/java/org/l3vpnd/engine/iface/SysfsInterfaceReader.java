package org.l3vpnd.engine.iface;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Parses one {@code /sys/class/net/<name>} directory. Stateless and thread-safe.
 *
 * <p>Attributes every interface has (ifindex, type, mtu, flags, operstate) are required: a failure to
 * read them means the interface is going away, and the caller skips it. Attributes drivers may
 * refuse with EINVAL (carrier, speed) or lack (address, rx_nohandler) are optional.
 */
final class SysfsInterfaceReader {

    private static final int IFF_UP = 0x1;
    private static final int IFF_PROMISC = 0x100;

    /** Reads the interface; both times are set to {@code now}, the caller carries history over. */
    NetInterface read(Path dir, long now) throws IOException {
        int ifIndex = Integer.parseInt(attribute(dir, "ifindex"));
        int type = Integer.parseInt(attribute(dir, "type"));
        int mtu = Integer.parseInt(attribute(dir, "mtu"));
        int flags = Long.decode(attribute(dir, "flags")).intValue();
        String operstate = attribute(dir, "operstate");
        boolean adminUp = (flags & IFF_UP) != 0;
        Boolean carrier = switch (optionalAttribute(dir, "carrier")) {
            case "1" -> Boolean.TRUE;
            case "0" -> Boolean.FALSE;
            default -> null;
        };
        return new NetInterface(ifIndex, dir.getFileName().toString(), type, mtu,
                parseHardwareAddress(optionalAttribute(dir, "address")), adminUp, (flags & IFF_PROMISC) != 0,
                Files.exists(dir.resolve("device")), OperStatus.fromSysfs(operstate, adminUp, carrier),
                speedBps(optionalAttribute(dir, "speed")), now, now);
    }

    /** Reads the statistics, after checking the directory still belongs to {@code ifIndex} (renames). */
    InterfaceCounters counters(Path dir, int ifIndex) throws IOException {
        if (Integer.parseInt(attribute(dir, "ifindex")) != ifIndex) {
            throw new NoSuchFileException(dir.toString(), null, "now names another interface");
        }
        Path stats = dir.resolve("statistics");
        return new InterfaceCounters(counter(stats, "rx_bytes"), counter(stats, "rx_packets"),
                counter(stats, "rx_errors"), counter(stats, "rx_dropped"), counter(stats, "multicast"),
                optionalCounter(stats, "rx_nohandler"), counter(stats, "tx_bytes"), counter(stats, "tx_packets"),
                counter(stats, "tx_errors"), counter(stats, "tx_dropped"));
    }

    static byte[] parseHardwareAddress(String text) {
        if (text.isEmpty() || text.indexOf(':') < 0) {
            return new byte[0];
        }
        String[] octets = text.split(":");
        byte[] address = new byte[octets.length];
        try {
            for (int i = 0; i < octets.length; i++) {
                address[i] = (byte) Integer.parseInt(octets[i], 16);
            }
        } catch (NumberFormatException e) {
            // An address we cannot read is no reason to hide the interface.
            return new byte[0];
        }
        return address;
    }

    /** sysfs gives Mb/s, and -1 (or EINVAL) for "unknown", e.g. virtio without a configured speed. */
    static long speedBps(String megabits) {
        if (megabits.isEmpty()) {
            return 0;
        }
        long mbps = Long.parseLong(megabits);
        return mbps > 0 ? mbps * 1_000_000L : 0;
    }

    private static long counter(Path stats, String name) throws IOException {
        return Long.parseUnsignedLong(attribute(stats, name));
    }

    private static long optionalCounter(Path stats, String name) {
        String text = optionalAttribute(stats, name);
        return text.isEmpty() ? 0 : Long.parseUnsignedLong(text);
    }

    private static String attribute(Path dir, String name) throws IOException {
        return new String(Files.readAllBytes(dir.resolve(name)), StandardCharsets.US_ASCII).trim();
    }

    private static String optionalAttribute(Path dir, String name) {
        try {
            return attribute(dir, name);
        } catch (IOException e) {
            return "";
        }
    }
}
