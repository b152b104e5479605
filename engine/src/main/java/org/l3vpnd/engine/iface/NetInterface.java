package org.l3vpnd.engine.iface;

import java.util.Arrays;
import java.util.Objects;

/**
 * One host network interface as seen by one poll. Immutable; safe to share between threads.
 *
 * @param ifIndex           the kernel ifindex, stable for the life of the interface
 * @param name              the kernel name (eth0, lo, ...); may change on rename, the ifindex does not
 * @param arpHardwareType   the kernel's ARPHRD_* code (1 Ethernet, 772 loopback, 768 ipip, 778 gre, ...)
 * @param hardwareAddress   link-layer address; empty when the link has none in the colon form
 *                          (ipip and gre show an IPv4 address there, which is not a link address)
 * @param physical          whether a device backs the interface (sysfs {@code device} link), i.e. it has a
 *                          connector rather than being virtual
 * @param speedBps          bits per second, 0 when the driver does not report a speed
 * @param lastChangeMillis  monotonic time ({@link InterfaceInventory#monotonicMillis()}) at which the current
 *                          operational status was first seen
 * @param discoveredMillis  monotonic time at which the interface was first seen; its counters are continuous
 *                          since then
 */
public record NetInterface(int ifIndex, String name, int arpHardwareType, int mtu, byte[] hardwareAddress,
                           boolean adminUp, boolean promiscuous, boolean physical, OperStatus operStatus,
                           long speedBps, long lastChangeMillis, long discoveredMillis) {

    public NetInterface {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(operStatus, "operStatus");
        hardwareAddress = hardwareAddress == null ? new byte[0] : hardwareAddress.clone();
    }

    @Override
    public byte[] hardwareAddress() {
        return hardwareAddress.clone();
    }

    /**
     * This fresh observation, carrying the history of the previous one: the discovery time always,
     * the last-change time only while the operational status is unchanged.
     */
    NetInterface continuing(NetInterface previous) {
        long lastChange = previous.operStatus == operStatus ? previous.lastChangeMillis : lastChangeMillis;
        if (lastChange == lastChangeMillis && previous.discoveredMillis == discoveredMillis) {
            return this;
        }
        return new NetInterface(ifIndex, name, arpHardwareType, mtu, hardwareAddress, adminUp, promiscuous,
                physical, operStatus, speedBps, lastChange, previous.discoveredMillis);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetInterface i && ifIndex == i.ifIndex && name.equals(i.name)
                && arpHardwareType == i.arpHardwareType && mtu == i.mtu
                && Arrays.equals(hardwareAddress, i.hardwareAddress) && adminUp == i.adminUp
                && promiscuous == i.promiscuous && physical == i.physical && operStatus == i.operStatus
                && speedBps == i.speedBps && lastChangeMillis == i.lastChangeMillis
                && discoveredMillis == i.discoveredMillis;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ifIndex, name, operStatus, lastChangeMillis);
    }

    @Override
    public String toString() {
        return "NetInterface[" + ifIndex + ' ' + name + " type=" + arpHardwareType + " mtu=" + mtu
                + (adminUp ? " admin-up " : " admin-down ") + operStatus + ']';
    }
}
