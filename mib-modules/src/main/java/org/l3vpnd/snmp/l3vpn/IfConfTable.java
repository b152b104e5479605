package org.l3vpnd.snmp.l3vpn;

import static org.l3vpnd.snmp.l3vpn.L3VpnOids.*;

import java.util.List;
import java.util.function.Supplier;

import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.ConfigTransaction;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.config.VrfInterface;
import org.l3vpnd.snmp.l3vpn.L3VpnIndexes.IfConfKey;
import org.l3vpnd.snmp.table.ColumnDef;
import org.l3vpnd.snmp.table.ConfigItemSource;
import org.l3vpnd.snmp.table.RowSource;
import org.l3vpnd.snmp.table.RowValues;
import org.l3vpnd.snmp.table.RowWriter;
import org.l3vpnd.snmp.table.TableDefinition;
import org.l3vpnd.snmp.table.ValueChecks;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.Variable;

/**
 * mplsL3VpnIfConfTable: interface-to-VRF bindings ({@link VrfInterface} items). While a row is
 * active only StorageType and RowStatus may change (RFC 4382).
 */
final class IfConfTable implements RowWriter<IfConfKey, ConfigItemSource.Row<IfConfKey, VrfInterface>> {

    /** mplsL3VpnIfVpnRouteDistProtocol has no DEFVAL; the agent's default is none(0), bit 0 = 0x80. */
    static final byte[] ROUTE_DIST_NONE = {(byte) 0x80};

    private static final int ENTERPRISE = 2;

    private final Supplier<RunningConfig> running;

    IfConfTable(Supplier<RunningConfig> running) {
        this.running = running;
    }

    TableDefinition<IfConfKey, ConfigItemSource.Row<IfConfKey, VrfInterface>> definition() {
        List<ColumnDef> columns = List.of(
                ColumnDef.readCreate(IF_VPN_CLASSIFICATION, SMIConstants.SYNTAX_INTEGER, new Integer32(ENTERPRISE),
                        ValueChecks.enumeration(1, 2, 3)),
                ColumnDef.readCreate(IF_VPN_ROUTE_DIST_PROTOCOL, SMIConstants.SYNTAX_OCTET_STRING,
                        new OctetString(ROUTE_DIST_NONE), ValueChecks.bits(7)),
                ColumnDef.storageType(IF_CONF_STORAGE_TYPE, new Integer32(StorageType.VOLATILE.code()))
                        .withChangeableWhenActive(),
                ColumnDef.rowStatus(IF_CONF_ROW_STATUS));
        RowSource<IfConfKey, ConfigItemSource.Row<IfConfKey, VrfInterface>> source = ConfigItemSource.of(running, VrfInterface.class,
                b -> new IfConfKey(VrfName.of(b.vrf()), b.ifIndex()), L3VpnIndexes.IF_CONF.order(),
                IfConfTable::cell);
        return new TableDefinition<>(IF_CONF_ENTRY, columns, L3VpnIndexes.IF_CONF, source, this);
    }

    private static Variable cell(VrfInterface b, int column) {
        return switch (column) {
            case IF_VPN_CLASSIFICATION -> new Integer32(b.classification());
            case IF_VPN_ROUTE_DIST_PROTOCOL -> new OctetString(b.routeDistProtocols());
            default -> null;
        };
    }

    @Override
    public ConfigItem build(IfConfKey key, RowValues values, boolean inService, StorageType storage,
                            ConfigTransaction tx) {
        return new VrfInterface(key.vrf().text(), key.ifIndex(), values.integer(IF_VPN_CLASSIFICATION),
                values.octets(IF_VPN_ROUTE_DIST_PROTOCOL), inService, storage);
    }

    @Override
    public void remove(ConfigItemSource.Row<IfConfKey, VrfInterface> row, ConfigTransaction tx) {
        tx.remove(row.item().key());
    }
}
