package org.l3vpnd.snmp.l3vpn;

import static org.l3vpnd.snmp.l3vpn.L3VpnOids.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.ConfigTransaction;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.config.VrfRouteTarget;
import org.l3vpnd.engine.net.RouteTarget;
import org.l3vpnd.snmp.l3vpn.L3VpnIndexes.RtKey;
import org.l3vpnd.snmp.table.ColumnDef;
import org.l3vpnd.snmp.table.ConfigItemSource;
import org.l3vpnd.snmp.table.RowSource;
import org.l3vpnd.snmp.table.RowValues;
import org.l3vpnd.snmp.table.RowWriter;
import org.l3vpnd.snmp.table.TableDefinition;
import org.l3vpnd.snmp.table.ValueChecks;
import org.snmp4j.PDU;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.Variable;

/**
 * mplsL3VpnVrfRTTable: the route targets of each VRF ({@link VrfRouteTarget} items). Values are
 * the 8-octet RFC 4360 extended community; a SET may carry those or text such as "65000:1". While
 * a row is active only its RowStatus may change: unlike the other tables, RFC 4382 does not
 * except StorageType here.
 */
final class VrfRtTable implements RowWriter<RtKey, ConfigItemSource.Row<RtKey, VrfRouteTarget>> {

    static final ColumnDef.ValueCheck ROUTE_TARGET = ValueChecks.both(ValueChecks.length(0, 256), v -> {
        byte[] b = ((OctetString) v).getValue();
        try {
            if (b.length > 0) {
                RouteTarget.parseOctetsOrText(b);
            }
            return PDU.noError;
        } catch (IllegalArgumentException e) {
            return PDU.wrongValue;
        }
    });

    private final Supplier<RunningConfig> running;

    VrfRtTable(Supplier<RunningConfig> running) {
        this.running = running;
    }

    TableDefinition<RtKey, ConfigItemSource.Row<RtKey, VrfRouteTarget>> definition() {
        int octets = SMIConstants.SYNTAX_OCTET_STRING;
        List<ColumnDef> columns = List.of(
                ColumnDef.readCreate(VRF_RT, octets, new OctetString(), ROUTE_TARGET),
                ColumnDef.readCreate(VRF_RT_DESCR, octets, new OctetString(), ValueChecks.adminString(255)),
                ColumnDef.rowStatus(VRF_RT_ROW_STATUS),
                ColumnDef.storageType(VRF_RT_STORAGE_TYPE, new Integer32(StorageType.VOLATILE.code())));
        RowSource<RtKey, ConfigItemSource.Row<RtKey, VrfRouteTarget>> source = ConfigItemSource.of(running, VrfRouteTarget.class,
                t -> new RtKey(VrfName.of(t.vrf()), t.index(), t.type().code()), L3VpnIndexes.RT.order(),
                VrfRtTable::cell);
        return new TableDefinition<>(VRF_RT_ENTRY, columns, L3VpnIndexes.RT, source, this);
    }

    private static Variable cell(VrfRouteTarget t, int column) {
        return switch (column) {
            case VRF_RT -> new OctetString(t.rt() == null ? new byte[0] : t.rt().toBytes());
            case VRF_RT_DESCR -> new OctetString(t.description().getBytes(StandardCharsets.UTF_8));
            default -> null;
        };
    }

    @Override
    public ConfigItem build(RtKey key, RowValues values, boolean inService, StorageType storage,
                            ConfigTransaction tx) throws RowRefusal {
        byte[] rt = values.octets(VRF_RT);
        try {
            return new VrfRouteTarget(key.vrf().text(), key.index(), VrfRouteTarget.Type.of(key.type()),
                    rt.length == 0 ? null : RouteTarget.parseOctetsOrText(rt),
                    new String(values.octets(VRF_RT_DESCR), StandardCharsets.UTF_8), inService, storage);
        } catch (IllegalArgumentException e) {
            throw new RowRefusal(PDU.wrongValue, VRF_RT, e.getMessage());
        }
    }

    @Override
    public void remove(ConfigItemSource.Row<RtKey, VrfRouteTarget> row, ConfigTransaction tx) {
        tx.remove(row.item().key());
    }
}
