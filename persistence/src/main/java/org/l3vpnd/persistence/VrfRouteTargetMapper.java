package org.l3vpnd.persistence;

import java.sql.SQLException;
import java.util.List;
import org.l3vpnd.engine.config.VrfRouteTarget;
import org.l3vpnd.engine.net.RouteTarget;

/**
 * {@link VrfRouteTarget} rows in table {@code vrf_route_target}; the type is its MIB code and a row
 * without a route target has a NULL {@code rt}.
 */
final class VrfRouteTargetMapper extends RecordTableMapper<VrfRouteTarget> {

    VrfRouteTargetMapper() {
        super(VrfRouteTarget.class, "vrf_route_target", List.of("vrf", "rt_index", "rt_type"),
                List.of("rt", "description", "in_service", "storage"));
    }

    @Override
    protected void writeKey(RowWriter w, VrfRouteTarget t) throws SQLException {
        w.text(t.vrf()).bigint(t.index()).integer(t.type().code());
    }

    @Override
    protected void writeValues(RowWriter w, VrfRouteTarget t) throws SQLException {
        w.bytesOrNull(t.rt() == null ? null : t.rt().toBytes())
                .text(t.description()).bool(t.inService()).storage(t.storage());
    }

    @Override
    protected VrfRouteTarget read(RowReader r) throws SQLException {
        byte[] rt = r.bytesOrNull("rt");
        return new VrfRouteTarget(r.text("vrf"), r.bigint("rt_index"), VrfRouteTarget.Type.of(r.integer("rt_type")),
                rt == null ? null : RouteTarget.fromBytes(rt), r.text("description"), r.bool("in_service"),
                r.storage());
    }
}
