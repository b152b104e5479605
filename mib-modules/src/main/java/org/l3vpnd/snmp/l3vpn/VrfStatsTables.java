package org.l3vpnd.snmp.l3vpn;

import static org.l3vpnd.snmp.l3vpn.L3VpnOids.*;

import java.util.List;

import org.l3vpnd.engine.vrf.VrfStatus;
import org.l3vpnd.snmp.l3vpn.VrfRows.VrfRow;
import org.l3vpnd.snmp.table.ColumnDef;
import org.l3vpnd.snmp.table.TableDefinition;
import org.l3vpnd.snmp.agent.EngineTimes;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.Variable;

/**
 * mplsL3VpnVrfSecTable and mplsL3VpnVrfPerfTable: read-only tables that AUGMENT the VRF table, so
 * their rows are exactly the VRF rows; the counters are the engine's, kept incrementally. A VRF
 * the engine has not taken up yet shows zeros.
 */
final class VrfStatsTables {

    private final VrfRows rows;
    private final EngineTimes time;

    VrfStatsTables(VrfRows rows, EngineTimes time) {
        this.rows = rows;
        this.time = time;
    }

    TableDefinition<VrfName, VrfRow> security() {
        List<ColumnDef> columns = List.of(
                ColumnDef.readOnly(SEC_ILLEGAL_LBL_VLTNS, SMIConstants.SYNTAX_COUNTER32),
                ColumnDef.readOnly(SEC_DISCONTINUITY_TIME, SMIConstants.SYNTAX_TIMETICKS));
        return new TableDefinition<>(VRF_SEC_ENTRY, columns, L3VpnIndexes.VRF, rows.source(this::securityCell), null);
    }

    TableDefinition<VrfName, VrfRow> performance() {
        List<ColumnDef> columns = List.of(
                ColumnDef.readOnly(PERF_ROUTES_ADDED, SMIConstants.SYNTAX_COUNTER32),
                ColumnDef.readOnly(PERF_ROUTES_DELETED, SMIConstants.SYNTAX_COUNTER32),
                ColumnDef.readOnly(PERF_CURR_NUM_ROUTES, SMIConstants.SYNTAX_GAUGE32),
                ColumnDef.readOnly(PERF_ROUTES_DROPPED, SMIConstants.SYNTAX_COUNTER32),
                ColumnDef.readOnly(PERF_DISC_TIME, SMIConstants.SYNTAX_TIMETICKS));
        return new TableDefinition<>(VRF_PERF_ENTRY, columns, L3VpnIndexes.VRF, rows.source(this::performanceCell),
                null);
    }

    private Variable securityCell(VrfRow row, int column) {
        VrfStatus s = rows.status(row);
        return switch (column) {
            case SEC_ILLEGAL_LBL_VLTNS -> counter(s == null ? 0 : s.illegalLabelViolations());
            case SEC_DISCONTINUITY_TIME -> s == null ? new TimeTicks(0) : time.at(s.secDiscontinuityAtMillis());
            default -> null;
        };
    }

    private Variable performanceCell(VrfRow row, int column) {
        VrfStatus s = rows.status(row);
        return switch (column) {
            case PERF_ROUTES_ADDED -> counter(s == null ? 0 : s.routesAdded());
            case PERF_ROUTES_DELETED -> counter(s == null ? 0 : s.routesDeleted());
            case PERF_CURR_NUM_ROUTES -> new Gauge32(s == null ? 0 : s.currentRoutes());
            case PERF_ROUTES_DROPPED -> counter(s == null ? 0 : s.routesDropped());
            case PERF_DISC_TIME -> s == null ? new TimeTicks(0) : time.at(s.discontinuityAtMillis());
            default -> null;
        };
    }

    /** Counter32 wraps at 2^32 (RFC 2578); the engine counts in 64 bits. */
    static Counter32 counter(long value) {
        return new Counter32(value & 0xFFFFFFFFL);
    }
}
