package org.l3vpnd.snmp.l3vpn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.vrf.VrfStatus;
import org.l3vpnd.engine.vrf.VrfView;
import org.l3vpnd.snmp.table.ConfigRowIndex;
import org.l3vpnd.snmp.table.RowSource;
import org.snmp4j.smi.Variable;

/**
 * The VRF rows shared by mplsL3VpnVrfTable and the two tables that AUGMENT it (Sec, Perf): every
 * configured VRF, in index order, with its live status from the engine when the engine has it.
 * Thread-safe.
 */
final class VrfRows {

    /** A configured VRF under its index. */
    record VrfRow(VrfName key, Vrf vrf) {
    }

    private final ConfigRowIndex<VrfName, VrfRow> index;
    private final VrfView view;

    VrfRows(Supplier<RunningConfig> running, VrfView view) {
        this.view = view;
        this.index = new ConfigRowIndex<>(running, VrfRows::rows, VrfRow::key, VrfName.ORDER);
    }

    private static List<VrfRow> rows(RunningConfig config) {
        List<VrfRow> rows = new ArrayList<>();
        for (Vrf v : config.all(Vrf.class)) {
            rows.add(new VrfRow(VrfName.of(v.name()), v));
        }
        return rows;
    }

    VrfRow get(VrfName name) {
        return index.get(name);
    }

    /** The first VRF at or after ({@code inclusive}) or after {@code name}; {@code null} = the first. */
    VrfRow ceiling(VrfName name, boolean inclusive) {
        return index.ceiling(name, inclusive);
    }

    int size() {
        return index.size();
    }

    /** The engine's live state, or {@code null} just after a commit, before the engine caught up. */
    VrfStatus status(VrfRow row) {
        return view.vrf(row.vrf().name()).orElse(null);
    }

    /** A row source over the VRFs whose cells {@code cells} computes. */
    RowSource<VrfName, VrfRow> source(BiFunction<VrfRow, Integer, Variable> cells) {
        return index.source(cells, row -> row.vrf().inService(), row -> row.vrf().storage());
    }
}
