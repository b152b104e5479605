package org.l3vpnd.snmp.ifmib;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.snmp.config.RequestTransactions;
import org.l3vpnd.snmp.config.TransactionalMO;
import org.l3vpnd.engine.iface.InterfaceCounters;
import org.l3vpnd.engine.iface.InterfaceInventory;
import org.l3vpnd.engine.iface.NetInterface;
import org.snmp4j.agent.mo.DefaultMOTable;
import org.snmp4j.agent.mo.MOTableIndex;
import org.snmp4j.agent.mo.MOColumn;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.Variable;

/**
 * RFC 2863 ifXTable. ifAlias and ifLinkUpDownTrapEnable are read-write through the configuration
 * service; ifPromiscuousMode is read-only, as the appliance does not put interfaces into
 * promiscuous mode on a manager's request. The kernel counts no broadcasts and no transmitted
 * multicasts, so those columns read 0 and the packets are counted in the other columns.
 * Thread-safe.
 */
final class IfXTable implements RowValues {

    static final OID IF_X_ENTRY = new OID("1.3.6.1.2.1.31.1.1.1");
    static final OID IF_TABLE_LAST_CHANGE = new OID("1.3.6.1.2.1.31.1.5.0");

    /** The columns, in table order; the ordinal is the column position SNMP4J passes around. */
    enum Column {
        IF_NAME(1, SMIConstants.SYNTAX_OCTET_STRING),
        IF_IN_MULTICAST_PKTS(2, SMIConstants.SYNTAX_COUNTER32),
        IF_IN_BROADCAST_PKTS(3, SMIConstants.SYNTAX_COUNTER32),
        IF_OUT_MULTICAST_PKTS(4, SMIConstants.SYNTAX_COUNTER32),
        IF_OUT_BROADCAST_PKTS(5, SMIConstants.SYNTAX_COUNTER32),
        IF_HC_IN_OCTETS(6, SMIConstants.SYNTAX_COUNTER64),
        IF_HC_IN_UCAST_PKTS(7, SMIConstants.SYNTAX_COUNTER64),
        IF_HC_IN_MULTICAST_PKTS(8, SMIConstants.SYNTAX_COUNTER64),
        IF_HC_IN_BROADCAST_PKTS(9, SMIConstants.SYNTAX_COUNTER64),
        IF_HC_OUT_OCTETS(10, SMIConstants.SYNTAX_COUNTER64),
        IF_HC_OUT_UCAST_PKTS(11, SMIConstants.SYNTAX_COUNTER64),
        IF_HC_OUT_MULTICAST_PKTS(12, SMIConstants.SYNTAX_COUNTER64),
        IF_HC_OUT_BROADCAST_PKTS(13, SMIConstants.SYNTAX_COUNTER64),
        IF_LINK_UP_DOWN_TRAP_ENABLE(14, SMIConstants.SYNTAX_INTEGER),
        IF_HIGH_SPEED(15, SMIConstants.SYNTAX_GAUGE32),
        IF_PROMISCUOUS_MODE(16, SMIConstants.SYNTAX_INTEGER),
        IF_CONNECTOR_PRESENT(17, SMIConstants.SYNTAX_INTEGER),
        IF_ALIAS(18, SMIConstants.SYNTAX_OCTET_STRING),
        IF_COUNTER_DISCONTINUITY_TIME(19, SMIConstants.SYNTAX_TIMETICKS);

        private static final Column[] ALL = values();

        final int id;
        final int syntax;

        Column(int id, int syntax) {
            this.id = id;
            this.syntax = syntax;
        }

        /** The instance OID of this column for one interface. */
        OID instance(int ifIndex) {
            return new OID(IF_X_ENTRY.getValue(), new int[] {id, ifIndex});
        }
    }

    private static final int TRUE = 1;
    private static final int FALSE = 2;

    private final RequestTransactions transactions;
    private final ConfigService config;
    private final UpTimeConverter upTime;

    IfXTable(RequestTransactions transactions, UpTimeConverter upTime) {
        this.transactions = transactions;
        this.config = transactions.config();
        this.upTime = upTime;
    }

    DefaultMOTable<InterfaceRow, MOColumn<?>, InterfaceTableModel> build(InterfaceInventory inventory,
                                                                       RequestCounters counters) {
        MOColumn<?>[] columns = new MOColumn<?>[Column.ALL.length];
        for (Column c : Column.ALL) {
            columns[c.ordinal()] = switch (c) {
                case IF_ALIAS -> new IfAliasColumn(c.id, transactions);
                case IF_LINK_UP_DOWN_TRAP_ENABLE -> new LinkTrapEnableColumn(c.id, transactions);
                default -> new ComputedColumn(c.id, c.syntax, counters);
            };
        }
        DefaultMOTable<InterfaceRow, MOColumn<?>, InterfaceTableModel> table = new WritableTable(IF_X_ENTRY,
                IfTable.ifIndexIndex(), columns, new InterfaceTableModel(inventory, this, columns.length, counters));
        table.setVolatile(true);
        return table;
    }

    @Override
    public Variable value(int column, NetInterface iface, Supplier<InterfaceCounters> counters) {
        Column c = Column.ALL[column];
        return switch (c) {
            case IF_NAME -> new OctetString(iface.name().getBytes(StandardCharsets.UTF_8));
            case IF_LINK_UP_DOWN_TRAP_ENABLE -> LinkTrapEnableColumn.current(config.running(), iface.ifIndex());
            // RFC 2863: n stands for n-500,000 to n+499,999 bits per second, so round to nearest.
            case IF_HIGH_SPEED -> new Gauge32((iface.speedBps() + 500_000) / 1_000_000);
            case IF_PROMISCUOUS_MODE -> new Integer32(iface.promiscuous() ? TRUE : FALSE);
            case IF_CONNECTOR_PRESENT -> new Integer32(iface.physical() ? TRUE : FALSE);
            case IF_ALIAS -> IfAliasColumn.current(config.running(), iface.ifIndex());
            // Counters start when the interface is first seen; one there before the agent reads 0.
            case IF_COUNTER_DISCONTINUITY_TIME -> upTime.at(iface.discoveredMillis());
            default -> counter(c, counters.get());
        };
    }

    private static Variable counter(Column c, InterfaceCounters k) {
        if (k == null) {
            return null;
        }
        return switch (c) {
            case IF_IN_MULTICAST_PKTS -> counter32(k.rxMulticast());
            case IF_IN_BROADCAST_PKTS, IF_OUT_MULTICAST_PKTS, IF_OUT_BROADCAST_PKTS -> new Counter32(0);
            case IF_HC_IN_OCTETS -> new Counter64(k.rxBytes());
            case IF_HC_IN_UCAST_PKTS -> new Counter64(k.rxPackets() - k.rxMulticast());
            case IF_HC_IN_MULTICAST_PKTS -> new Counter64(k.rxMulticast());
            case IF_HC_OUT_OCTETS -> new Counter64(k.txBytes());
            case IF_HC_OUT_UCAST_PKTS -> new Counter64(k.txPackets());
            case IF_HC_IN_BROADCAST_PKTS, IF_HC_OUT_MULTICAST_PKTS, IF_HC_OUT_BROADCAST_PKTS -> new Counter64(0);
            default -> throw new IllegalArgumentException("not a counter: " + c);
        };
    }

    private static Counter32 counter32(long kernelCounter) {
        return new Counter32(kernelCounter & 0xFFFF_FFFFL);
    }

    /** Marks the table for {@link RequestTransactions}: its SETs share the request's transaction. */
    private static final class WritableTable extends DefaultMOTable<InterfaceRow, MOColumn<?>, InterfaceTableModel>
            implements TransactionalMO {
        WritableTable(OID oid, MOTableIndex index, MOColumn<?>[] columns, InterfaceTableModel model) {
            super(oid, index, columns, model);
        }
    }
}
