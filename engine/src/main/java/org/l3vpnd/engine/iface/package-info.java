/**
 * The host's network interfaces as the kernel reports them in sysfs.
 *
 * <p>Owns one poller thread per {@link org.l3vpnd.engine.iface.InterfaceInventory}. Invariants:
 * a snapshot is immutable and ordered by kernel ifindex; a {@link org.l3vpnd.engine.iface.NetInterface}
 * keeps the time its operational status last changed across polls, and only an operational status
 * change moves it; counters are never cached here, they are read from sysfs when asked so that a
 * management read sees the kernel's value of that moment. Nothing in this package knows SNMP: the
 * mapping to IF-MIB values (IANAifType, TimeTicks, Counter32 wrapping) belongs to the MIB layer.
 */
package org.l3vpnd.engine.iface;
