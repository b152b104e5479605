package org.l3vpnd.snmp.l3vpn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.StaticRoute;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.rib.Route;
import org.l3vpnd.engine.rib.VrfRib;
import org.l3vpnd.engine.vrf.VrfStatus;
import org.l3vpnd.snmp.l3vpn.RteIndex.Key;
import org.l3vpnd.snmp.l3vpn.VrfRows.VrfRow;
import org.l3vpnd.snmp.table.ConfigRowIndex;
import org.l3vpnd.snmp.table.RowSource;
import org.snmp4j.smi.Variable;

/**
 * The rows of mplsL3VpnVrfRteTable, merged on the fly from two ordered sources and never copied:
 * the live {@link VrfRib} of each VRF (VRFs in index order, routes by {@link VrfRib#ceiling} /
 * {@link VrfRib#higher}), and the configured static routes, which show as rows even when they are
 * not installed (notInService, parked at the route limit, beaten by a connected route). A static
 * route that is installed is one row with both halves. Thread-safe.
 */
final class RteRows implements RowSource<Key, RteRows.RteRow> {

    /**
     * One row: its key, the installed route ({@code null} if not installed), and the static route
     * configuration ({@code null} for routes the engine learned or derived).
     */
    record RteRow(Key key, Route live, StaticRoute config) {
    }

    private record StaticEntry(Key key, StaticRoute route) {
    }

    /** Computes a cell (a column other than RowStatus) of a row; {@code null} when it has none. */
    @FunctionalInterface
    interface Cells {
        Variable cell(RteRow row, int column);
    }

    private final VrfRows vrfs;
    private final ConfigRowIndex<Key, StaticEntry> statics;
    private final Cells cells;

    RteRows(Supplier<RunningConfig> running, VrfRows vrfs, Cells cells) {
        this.vrfs = vrfs;
        this.cells = cells;
        this.statics = new ConfigRowIndex<>(running, RteRows::statics, StaticEntry::key, RteIndex.ORDER);
    }

    private static List<StaticEntry> statics(RunningConfig config) {
        List<StaticEntry> rows = new ArrayList<>();
        for (StaticRoute r : config.all(StaticRoute.class)) {
            rows.add(new StaticEntry(keyOf(r), r));
        }
        return rows;
    }

    static Key keyOf(StaticRoute r) {
        return new Key(VrfName.of(r.vrf()), Route.probe(r.destination(), r.policy(), r.nextHop()));
    }

    @Override
    public RteRow get(Key key) {
        StaticEntry s = statics.get(key);
        VrfRib rib = rib(vrfs.get(key.vrf()));
        Route live = rib == null ? null : rib.get(key.route());
        if (s == null && live == null) {
            return null;
        }
        return new RteRow(s != null ? s.key : new Key(key.vrf(), live), live, s == null ? null : s.route);
    }

    @Override
    public RteRow ceiling(Key key, boolean inclusive) {
        Key liveKey = null;
        Route live = null;
        VrfRow v = vrfs.ceiling(key == null ? null : key.vrf(), true);
        for (; v != null && live == null; v = vrfs.ceiling(v.key(), false)) {
            VrfRib rib = rib(v);
            if (rib == null) {
                continue;
            }
            if (key != null && v.key().equals(key.vrf())) {
                live = inclusive ? rib.ceiling(key.route()) : rib.higher(key.route());
            } else {
                live = rib.first();
            }
            liveKey = live == null ? null : new Key(v.key(), live);
        }
        StaticEntry s = statics.ceiling(key, inclusive);
        if (s == null) {
            return live == null ? null : new RteRow(liveKey, live, null);
        }
        int c = live == null ? 1 : RteIndex.ORDER.compare(liveKey, s.key);
        if (c < 0) {
            return new RteRow(liveKey, live, null);
        }
        // Nothing installed sorts before this static route, so it is installed only if it is 'live'.
        return new RteRow(s.key, c == 0 ? live : null, s.route);
    }

    private VrfRib rib(VrfRow v) {
        VrfStatus status = v == null ? null : vrfs.status(v);
        return status == null ? null : status.rib();
    }

    @Override
    public Key key(RteRow row) {
        return row.key();
    }

    @Override
    public Variable value(RteRow row, int columnId) {
        return cells.cell(row, columnId);
    }

    @Override
    public boolean inService(RteRow row) {
        return row.config() == null || row.config().inService();
    }

    /** Routes the engine learned are state, not configuration: management cannot change them. */
    @Override
    public StorageType storage(RteRow row) {
        return row.config() == null ? StorageType.READ_ONLY : row.config().storage();
    }
}
