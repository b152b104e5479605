package org.l3vpnd.snmp.l3vpn;

import static org.l3vpnd.snmp.l3vpn.L3VpnOids.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.ConfigTransaction;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.config.StaticRoute;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.config.VrfInterface;
import org.l3vpnd.engine.config.VrfRouteTarget;
import org.l3vpnd.engine.net.RouteDistinguisher;
import org.l3vpnd.engine.vrf.VrfStatus;
import org.l3vpnd.snmp.table.ColumnDef;
import org.l3vpnd.snmp.table.RowValues;
import org.l3vpnd.snmp.table.RowWriter;
import org.l3vpnd.snmp.table.TableDefinition;
import org.l3vpnd.snmp.table.ValueChecks;
import org.l3vpnd.snmp.l3vpn.VrfRows.VrfRow;
import org.l3vpnd.snmp.agent.EngineTimes;
import org.snmp4j.PDU;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.UnsignedInteger32;
import org.snmp4j.smi.Variable;

/**
 * mplsL3VpnVrfTable: one row per configured VRF ({@link Vrf} items). Configuration columns come
 * from the item, OperStatus, interface counts, CreationTime and ConfLastChanged from the engine's
 * {@link VrfStatus}. RD values are the 8-octet RFC 4364 encoding; a SET may carry those 8 octets
 * or text such as "65000:1". While a row is active only AdminStatus, RowStatus and StorageType may
 * change (RFC 4382). Destroying a VRF removes its route targets, bindings and static routes in the
 * same transaction.
 */
final class VrfTable implements RowWriter<VrfName, VrfRow> {

    /** MplsL3VpnRouteDistinguisher is OCTET STRING (SIZE (0..256)); empty = no RD yet. */
    static final ColumnDef.ValueCheck ROUTE_DISTINGUISHER = ValueChecks.both(ValueChecks.length(0, 256), v -> {
        byte[] b = ((OctetString) v).getValue();
        try {
            if (b.length > 0) {
                RouteDistinguisher.parseOctetsOrText(b);
            }
            return PDU.noError;
        } catch (IllegalArgumentException e) {
            return PDU.wrongValue;
        }
    });

    private final VrfRows rows;
    private final EngineTimes time;

    VrfTable(VrfRows rows, EngineTimes time) {
        this.rows = rows;
        this.time = time;
    }

    TableDefinition<VrfName, VrfRow> definition() {
        int octets = SMIConstants.SYNTAX_OCTET_STRING;
        int unsigned = SMIConstants.SYNTAX_GAUGE32;
        List<ColumnDef> columns = List.of(
                ColumnDef.readCreate(VRF_VPN_ID, octets, new OctetString(), ValueChecks.sizes(0, 7)),
                ColumnDef.readCreate(VRF_DESCRIPTION, octets, new OctetString(), ValueChecks.adminString(255)),
                ColumnDef.readCreate(VRF_RD, octets, new OctetString(), ROUTE_DISTINGUISHER),
                ColumnDef.readOnly(VRF_CREATION_TIME, SMIConstants.SYNTAX_TIMETICKS),
                ColumnDef.readOnly(VRF_OPER_STATUS, SMIConstants.SYNTAX_INTEGER),
                ColumnDef.readOnly(VRF_ACTIVE_INTERFACES, unsigned),
                ColumnDef.readOnly(VRF_ASSOCIATED_INTERFACES, unsigned),
                unsigned32(VRF_CONF_MID_RTE_THRESH),
                unsigned32(VRF_CONF_HIGH_RTE_THRESH),
                unsigned32(VRF_CONF_MAX_ROUTES),
                ColumnDef.readOnly(VRF_CONF_LAST_CHANGED, SMIConstants.SYNTAX_TIMETICKS),
                ColumnDef.rowStatus(VRF_CONF_ROW_STATUS),
                // No DEFVAL: a row made with createAndWait stays notReady until it is set.
                ColumnDef.readCreate(VRF_CONF_ADMIN_STATUS, SMIConstants.SYNTAX_INTEGER, null,
                        ValueChecks.enumeration(Vrf.ADMIN_UP, Vrf.ADMIN_DOWN, Vrf.ADMIN_TESTING))
                        .withChangeableWhenActive().withWritableWhenPermanent(),
                ColumnDef.storageType(VRF_CONF_STORAGE_TYPE, new Integer32(StorageType.VOLATILE.code()))
                        .withChangeableWhenActive());
        return new TableDefinition<>(VRF_ENTRY, columns, L3VpnIndexes.VRF, rows.source(this::cell), this);
    }

    /** An Unsigned32 column with DEFVAL 0; any value is valid (the engine checks the limits). */
    private static ColumnDef unsigned32(int id) {
        return ColumnDef.readCreate(id, SMIConstants.SYNTAX_GAUGE32, new UnsignedInteger32(0),
                ColumnDef.ValueCheck.ANY);
    }

    private Variable cell(VrfRow row, int column) {
        Vrf v = row.vrf();
        return switch (column) {
            case VRF_VPN_ID -> new OctetString(v.vpnId());
            case VRF_DESCRIPTION -> new OctetString(v.description().getBytes(StandardCharsets.UTF_8));
            case VRF_RD -> new OctetString(v.rd() == null ? new byte[0] : v.rd().toBytes());
            case VRF_CONF_MID_RTE_THRESH -> new UnsignedInteger32(v.midThreshold());
            case VRF_CONF_HIGH_RTE_THRESH -> new UnsignedInteger32(v.highThreshold());
            case VRF_CONF_MAX_ROUTES -> new UnsignedInteger32(v.maxRoutes());
            case VRF_CONF_ADMIN_STATUS -> new Integer32(v.adminStatus());
            default -> liveCell(rows.status(row), column);
        };
    }

    /** Live columns; a VRF the engine has not taken up yet is down, without interfaces, new. */
    private Variable liveCell(VrfStatus s, int column) {
        return switch (column) {
            case VRF_CREATION_TIME -> s == null ? time.now() : time.at(s.createdAtMillis());
            case VRF_OPER_STATUS -> new Integer32(s != null && s.operUp() ? 1 : 2);
            case VRF_ACTIVE_INTERFACES -> new Gauge32(s == null ? 0 : s.activeInterfaces());
            case VRF_ASSOCIATED_INTERFACES -> new UnsignedInteger32(s == null ? 0 : s.associatedInterfaces());
            case VRF_CONF_LAST_CHANGED -> s == null ? time.now() : time.at(s.lastChangedMillis());
            default -> null;
        };
    }

    @Override
    public ConfigItem build(VrfName key, RowValues values, boolean inService, StorageType storage,
                            ConfigTransaction tx) throws RowRefusal {
        byte[] rd = values.octets(VRF_RD);
        try {
            return new Vrf(key.text(), values.octets(VRF_VPN_ID),
                    new String(values.octets(VRF_DESCRIPTION), StandardCharsets.UTF_8),
                    rd.length == 0 ? null : RouteDistinguisher.parseOctetsOrText(rd),
                    values.number(VRF_CONF_MID_RTE_THRESH), values.number(VRF_CONF_HIGH_RTE_THRESH),
                    values.number(VRF_CONF_MAX_ROUTES), values.integer(VRF_CONF_ADMIN_STATUS), inService, storage);
        } catch (IllegalArgumentException e) {
            throw new RowRefusal(PDU.wrongValue, VRF_RD, e.getMessage());
        }
    }

    @Override
    public void remove(VrfRow row, ConfigTransaction tx) {
        String name = row.vrf().name();
        RunningConfig c = tx.candidate();
        List<ConfigItem> dependents = new ArrayList<>();
        dependents.addAll(c.withIdPrefix(VrfRouteTarget.class, VrfRouteTarget.vrfPrefix(name)));
        dependents.addAll(c.withIdPrefix(VrfInterface.class, VrfInterface.vrfPrefix(name)));
        dependents.addAll(c.withIdPrefix(StaticRoute.class, StaticRoute.vrfPrefix(name)));
        // CE-PE BGP sessions of the VRF go with it (BgpPeer ids start with the VRF name).
        dependents.addAll(c.withIdPrefix(BgpPeer.class, BgpPeer.vrfPrefix(name)));
        for (ConfigItem item : dependents) {
            tx.remove(item.key());
        }
        tx.remove(Vrf.keyOf(name));
    }
}
