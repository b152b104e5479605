package org.l3vpnd.snmp.ifmib;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.l3vpnd.engine.iface.InterfaceCounters;
import org.l3vpnd.engine.iface.InterfaceInventory;
import org.l3vpnd.engine.iface.NetInterface;
import org.l3vpnd.engine.iface.OperStatus;
import org.snmp4j.agent.mo.DefaultMOTable;
import org.snmp4j.agent.mo.MOColumn;
import org.snmp4j.agent.mo.MOTableIndex;
import org.snmp4j.agent.mo.MOTableSubIndex;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.Variable;

/**
 * RFC 2863 ifTable. The deprecated ifInNUcastPkts, ifOutNUcastPkts, ifOutQLen and ifSpecific are
 * left out. ifAdminStatus is read-only: the appliance does not bring host interfaces up or down.
 * Thread-safe.
 */
final class IfTable implements RowValues {

    static final OID IF_ENTRY = new OID("1.3.6.1.2.1.2.2.1");
    static final OID IF_NUMBER = new OID("1.3.6.1.2.1.2.1.0");

    /** The columns, in table order; the ordinal is the column position SNMP4J passes around. */
    enum Column {
        IF_INDEX(1, SMIConstants.SYNTAX_INTEGER),
        IF_DESCR(2, SMIConstants.SYNTAX_OCTET_STRING),
        IF_TYPE(3, SMIConstants.SYNTAX_INTEGER),
        IF_MTU(4, SMIConstants.SYNTAX_INTEGER),
        IF_SPEED(5, SMIConstants.SYNTAX_GAUGE32),
        IF_PHYS_ADDRESS(6, SMIConstants.SYNTAX_OCTET_STRING),
        IF_ADMIN_STATUS(7, SMIConstants.SYNTAX_INTEGER),
        IF_OPER_STATUS(8, SMIConstants.SYNTAX_INTEGER),
        IF_LAST_CHANGE(9, SMIConstants.SYNTAX_TIMETICKS),
        IF_IN_OCTETS(10, SMIConstants.SYNTAX_COUNTER32),
        IF_IN_UCAST_PKTS(11, SMIConstants.SYNTAX_COUNTER32),
        IF_IN_DISCARDS(13, SMIConstants.SYNTAX_COUNTER32),
        IF_IN_ERRORS(14, SMIConstants.SYNTAX_COUNTER32),
        IF_IN_UNKNOWN_PROTOS(15, SMIConstants.SYNTAX_COUNTER32),
        IF_OUT_OCTETS(16, SMIConstants.SYNTAX_COUNTER32),
        IF_OUT_UCAST_PKTS(17, SMIConstants.SYNTAX_COUNTER32),
        IF_OUT_DISCARDS(19, SMIConstants.SYNTAX_COUNTER32),
        IF_OUT_ERRORS(20, SMIConstants.SYNTAX_COUNTER32);

        private static final Column[] ALL = values();

        final int id;
        final int syntax;

        Column(int id, int syntax) {
            this.id = id;
            this.syntax = syntax;
        }

        /** The instance OID of this column for one interface. */
        OID instance(int ifIndex) {
            return new OID(IF_ENTRY.getValue(), new int[] {id, ifIndex});
        }
    }

    private final UpTimeConverter upTime;

    IfTable(UpTimeConverter upTime) {
        this.upTime = upTime;
    }

    DefaultMOTable<InterfaceRow, MOColumn<?>, InterfaceTableModel> build(InterfaceInventory inventory,
                                                                       RequestCounters counters) {
        MOColumn<?>[] columns = new MOColumn<?>[Column.ALL.length];
        for (Column c : Column.ALL) {
            columns[c.ordinal()] = new ComputedColumn(c.id, c.syntax, counters);
        }
        DefaultMOTable<InterfaceRow, MOColumn<?>, InterfaceTableModel> table = new DefaultMOTable<>(IF_ENTRY,
                ifIndexIndex(), columns, new InterfaceTableModel(inventory, this, columns.length, counters));
        table.setVolatile(true);
        return table;
    }

    /** INDEX { ifIndex }, shared by ifXTable, which AUGMENTS ifEntry. */
    static MOTableIndex ifIndexIndex() {
        return new MOTableIndex(new MOTableSubIndex[] {
                new MOTableSubIndex(new OID(IF_ENTRY).append(Column.IF_INDEX.id), SMIConstants.SYNTAX_INTEGER)},
                false);
    }

    @Override
    public Variable value(int column, NetInterface iface, Supplier<InterfaceCounters> counters) {
        Column c = Column.ALL[column];
        return switch (c) {
            case IF_INDEX -> new Integer32(iface.ifIndex());
            // The kernel knows no vendor or product string; its name is what an operator recognises.
            case IF_DESCR -> new OctetString(iface.name().getBytes(StandardCharsets.UTF_8));
            case IF_TYPE -> new Integer32(IanaIfType.of(iface.arpHardwareType()));
            case IF_MTU -> new Integer32(iface.mtu());
            case IF_SPEED -> new Gauge32(Math.min(iface.speedBps(), 0xFFFF_FFFFL));
            case IF_PHYS_ADDRESS -> new OctetString(iface.hardwareAddress());
            case IF_ADMIN_STATUS -> new Integer32(adminStatus(iface));
            case IF_OPER_STATUS -> new Integer32(operStatus(iface));
            case IF_LAST_CHANGE -> upTime.at(iface.lastChangeMillis());
            default -> counter(c, counters.get());
        };
    }

    static int adminStatus(NetInterface iface) {
        return iface.adminUp() ? 1 : 2;
    }

    static int operStatus(NetInterface iface) {
        OperStatus status = iface.operStatus();
        return switch (status) {
            case UP -> 1;
            case DOWN -> 2;
            case TESTING -> 3;
            case UNKNOWN -> 4;
            case DORMANT -> 5;
            case NOT_PRESENT -> 6;
            case LOWER_LAYER_DOWN -> 7;
        };
    }

    /**
     * The kernel counts received multicasts (broadcasts with them or not, as the driver does) but no
     * transmitted ones, so every transmitted packet counts as unicast here.
     */
    private static Variable counter(Column c, InterfaceCounters k) {
        if (k == null) {
            return null;
        }
        long value = switch (c) {
            case IF_IN_OCTETS -> k.rxBytes();
            case IF_IN_UCAST_PKTS -> k.rxPackets() - k.rxMulticast();
            case IF_IN_DISCARDS -> k.rxDropped();
            case IF_IN_ERRORS -> k.rxErrors();
            case IF_IN_UNKNOWN_PROTOS -> k.rxNoHandler();
            case IF_OUT_OCTETS -> k.txBytes();
            case IF_OUT_UCAST_PKTS -> k.txPackets();
            case IF_OUT_DISCARDS -> k.txDropped();
            case IF_OUT_ERRORS -> k.txErrors();
            default -> throw new IllegalArgumentException("not a counter: " + c);
        };
        // Counter32 is the low 32 bits of the kernel's 64-bit counter: it wraps as RFC 2863 expects.
        return new Counter32(value & 0xFFFF_FFFFL);
    }
}
