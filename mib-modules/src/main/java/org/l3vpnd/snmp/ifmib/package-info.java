/**
 * IF-MIB (RFC 2863) over the host's interfaces: ifNumber, ifTable, ifXTable, ifTableLastChange and
 * the linkUp / linkDown notifications.
 *
 * <p>Nothing here holds interface state. Every row is computed per request from the
 * {@link org.l3vpnd.engine.iface.InterfaceInventory} snapshot, so rows come and go with the
 * interfaces; counters are read from the kernel at most once per interface per request, so the
 * 32- and 64-bit columns of one PDU agree. The writable columns (ifAlias, ifLinkUpDownTrapEnable)
 * live in the running configuration and change only through the
 * {@link org.l3vpnd.engine.config.ConfigService}, which makes them persist.
 *
 * <p>Threads: requests run on SNMP worker threads and read only immutable snapshots; inventory
 * changes arrive on the inventory's poller thread, which sends notifications.
 */
package org.l3vpnd.snmp.ifmib;
