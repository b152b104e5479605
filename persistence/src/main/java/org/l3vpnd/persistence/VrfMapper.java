package org.l3vpnd.persistence;

import java.sql.SQLException;
import java.util.List;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.net.RouteDistinguisher;

/** {@link Vrf} rows in table {@code vrf}; a VRF without a route distinguisher has a NULL {@code rd}. */
final class VrfMapper extends RecordTableMapper<Vrf> {

    VrfMapper() {
        super(Vrf.class, "vrf", List.of("name"), List.of("vpn_id", "description", "rd", "mid_threshold",
                "high_threshold", "max_routes", "admin_status", "in_service", "storage"));
    }

    @Override
    protected void writeKey(RowWriter w, Vrf v) throws SQLException {
        w.text(v.name());
    }

    @Override
    protected void writeValues(RowWriter w, Vrf v) throws SQLException {
        w.bytes(v.vpnId()).text(v.description())
                .bytesOrNull(v.rd() == null ? null : v.rd().toBytes())
                .bigint(v.midThreshold()).bigint(v.highThreshold()).bigint(v.maxRoutes())
                .integer(v.adminStatus()).bool(v.inService()).storage(v.storage());
    }

    @Override
    protected Vrf read(RowReader r) throws SQLException {
        byte[] rd = r.bytesOrNull("rd");
        return new Vrf(r.text("name"), r.bytes("vpn_id"), r.text("description"),
                rd == null ? null : RouteDistinguisher.fromBytes(rd),
                r.bigint("mid_threshold"), r.bigint("high_threshold"), r.bigint("max_routes"),
                r.integer("admin_status"), r.bool("in_service"), r.storage());
    }
}
