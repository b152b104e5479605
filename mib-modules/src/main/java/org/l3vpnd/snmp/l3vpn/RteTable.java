package org.l3vpnd.snmp.l3vpn;

import static org.l3vpnd.snmp.l3vpn.L3VpnOids.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.ConfigTransaction;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.StaticRoute;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.rib.Route;
import org.l3vpnd.snmp.l3vpn.RteIndex.Key;
import org.l3vpnd.snmp.l3vpn.RteRows.RteRow;
import org.l3vpnd.snmp.table.ColumnDef;
import org.l3vpnd.snmp.table.RowValues;
import org.l3vpnd.snmp.table.RowWriter;
import org.l3vpnd.snmp.table.TableDefinition;
import org.l3vpnd.snmp.table.ValueChecks;
import org.l3vpnd.snmp.agent.EngineTimes;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.UnsignedInteger32;
import org.snmp4j.smi.Variable;

/**
 * mplsL3VpnVrfRteTable: every route of every VRF, read straight from the RIBs, plus the static
 * routes of the configuration. Rows created by management are {@link StaticRoute} items with the
 * full RowStatus (RFC 4382 relaxes nothing here, so createAndWait too); an active row cannot be
 * modified. The table has no StorageType column: routes created by management share their VRF's
 * persistence, routes the engine learned are read-only. Proto is netmgmt(3) for a static route
 * that is not installed; Age counts seconds since the route's last change.
 */
final class RteTable implements RowWriter<Key, RteRow> {

    /** mplsL3VpnVrfRteXCPointer has no DEFVAL; the agent's default is the MIB's "no label stack". */
    static final byte[] NO_XC = {0};

    private final Supplier<RunningConfig> running;
    private final VrfRows vrfs;
    private final EngineTimes time;

    RteTable(Supplier<RunningConfig> running, VrfRows vrfs, EngineTimes time) {
        this.running = running;
        this.vrfs = vrfs;
        this.time = time;
    }

    TableDefinition<Key, RteRow> definition() {
        int integer = SMIConstants.SYNTAX_INTEGER;
        List<ColumnDef> columns = new ArrayList<>(List.of(
                ColumnDef.readCreate(RTE_IF_INDEX, integer, new Integer32(0), ValueChecks.range(0, Integer.MAX_VALUE)),
                ColumnDef.readCreate(RTE_TYPE, integer, new Integer32(StaticRoute.TYPE_OTHER),
                        ValueChecks.enumeration(1, 2, 3, 4, 5)),
                ColumnDef.readOnly(RTE_PROTO, integer),
                ColumnDef.readOnly(RTE_AGE, SMIConstants.SYNTAX_GAUGE32),
                ColumnDef.readCreate(RTE_NEXT_HOP_AS, SMIConstants.SYNTAX_GAUGE32, new UnsignedInteger32(0),
                        ColumnDef.ValueCheck.ANY)));
        for (int m = RTE_METRIC1; m <= RTE_METRIC5; m++) {
            columns.add(ColumnDef.readCreate(m, integer, new Integer32(-1), ValueChecks.range(-1, Integer.MAX_VALUE)));
        }
        columns.add(ColumnDef.readCreate(RTE_XC_POINTER, SMIConstants.SYNTAX_OCTET_STRING, new OctetString(NO_XC),
                ValueChecks.length(1, 24)));
        columns.add(ColumnDef.rowStatus(RTE_STATUS));
        return new TableDefinition<>(VRF_RTE_ENTRY, columns, RteIndex.CODEC, new RteRows(running, vrfs, this::cell),
                this);
    }

    /** Configured values win for writable columns; proto and age only exist for installed routes. */
    private Variable cell(RteRow row, int column) {
        StaticRoute c = row.config();
        Route r = row.live();
        return switch (column) {
            case RTE_IF_INDEX -> new Integer32(c != null ? c.ifIndex() : r.ifIndex());
            case RTE_TYPE -> new Integer32(c != null ? c.type() : r.type());
            case RTE_PROTO -> new Integer32(r != null ? r.protocol() : Route.PROTO_NETMGMT);
            case RTE_AGE -> new Gauge32(r != null ? time.secondsSince(r.updatedAtMillis()) : 0);
            case RTE_NEXT_HOP_AS -> new UnsignedInteger32(c != null ? c.nextHopAs() : r.nextHopAs());
            case RTE_XC_POINTER -> new OctetString(r != null && r.hasXcPointer() ? r.xcPointer()
                    : c != null ? c.xcPointer() : NO_XC);
            default -> column >= RTE_METRIC1 && column <= RTE_METRIC5
                    ? new Integer32(c != null ? c.metrics()[column - RTE_METRIC1] : r.metric(column - RTE_METRIC1 + 1))
                    : null;
        };
    }

    /**
     * Without a StorageType column, a new route lives as long as its VRF does: volatile under a
     * volatile VRF, kept across restarts otherwise.
     */
    @Override
    public ConfigItem build(Key key, RowValues values, boolean inService, StorageType storage, ConfigTransaction tx) {
        if (storage == null) {
            boolean vrfKept = tx.candidate().get(Vrf.class, key.vrf().text())
                    .map(v -> v.storage().persistent()).orElse(true);
            storage = vrfKept ? StorageType.NON_VOLATILE : StorageType.VOLATILE;
        }
        Route r = key.route();
        int[] metrics = new int[5];
        for (int m = RTE_METRIC1; m <= RTE_METRIC5; m++) {
            metrics[m - RTE_METRIC1] = values.integer(m);
        }
        return new StaticRoute(key.vrf().text(), r.prefix(), r.policy(), r.nextHop(), values.integer(RTE_IF_INDEX),
                values.integer(RTE_TYPE), values.number(RTE_NEXT_HOP_AS), metrics, values.octets(RTE_XC_POINTER),
                inService, storage);
    }

    @Override
    public void remove(RteRow row, ConfigTransaction tx) {
        if (row.config() != null) {
            tx.remove(row.config().key());
        }
    }
}
