package org.l3vpnd.engine.iface;

/**
 * The kernel's traffic counters of one interface at one moment. Values are the kernel's unsigned
 * 64-bit counters held in a {@code long} bit for bit (compare with {@link Long#compareUnsigned}).
 * The kernel counts no broadcasts and no transmitted multicasts, so there are none here.
 *
 * @param rxNoHandler frames no protocol handler took (sysfs {@code rx_nohandler}, 0 on kernels before 4.6)
 */
public record InterfaceCounters(long rxBytes, long rxPackets, long rxErrors, long rxDropped, long rxMulticast,
                                long rxNoHandler, long txBytes, long txPackets, long txErrors, long txDropped) {
}
