package org.l3vpnd.persistence;

import java.sql.SQLException;
import java.util.List;
import org.l3vpnd.engine.config.VrfInterface;

/** {@link VrfInterface} rows in table {@code vrf_interface}. */
final class VrfInterfaceMapper extends RecordTableMapper<VrfInterface> {

    VrfInterfaceMapper() {
        super(VrfInterface.class, "vrf_interface", List.of("vrf", "if_index"),
                List.of("classification", "route_dist_protocols", "in_service", "storage"));
    }

    @Override
    protected void writeKey(RowWriter w, VrfInterface b) throws SQLException {
        w.text(b.vrf()).integer(b.ifIndex());
    }

    @Override
    protected void writeValues(RowWriter w, VrfInterface b) throws SQLException {
        w.integer(b.classification()).bytes(b.routeDistProtocols()).bool(b.inService()).storage(b.storage());
    }

    @Override
    protected VrfInterface read(RowReader r) throws SQLException {
        return new VrfInterface(r.text("vrf"), r.integer("if_index"), r.integer("classification"),
                r.bytes("route_dist_protocols"), r.bool("in_service"), r.storage());
    }
}
