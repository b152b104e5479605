package org.l3vpnd.persistence;

import java.sql.SQLException;
import java.util.List;
import org.l3vpnd.engine.config.NotifyTarget;

/** {@link NotifyTarget} rows in table {@code notify_target}. */
final class NotifyTargetMapper extends RecordTableMapper<NotifyTarget> {

    NotifyTargetMapper() {
        super(NotifyTarget.class, "notify_target", List.of("name"),
                List.of("address", "port", "version", "security_name", "security_level", "inform", "storage"));
    }

    @Override
    protected void writeKey(RowWriter w, NotifyTarget t) throws SQLException {
        w.text(t.name());
    }

    @Override
    protected void writeValues(RowWriter w, NotifyTarget t) throws SQLException {
        w.text(t.address()).integer(t.port()).text(t.version())
                .text(t.securityName()).text(t.securityLevel())
                .bool(t.inform()).storage(t.storage());
    }

    @Override
    protected NotifyTarget read(RowReader r) throws SQLException {
        return new NotifyTarget(r.text("name"), r.text("address"), r.integer("port"), r.text("version"),
                r.text("security_name"), r.text("security_level"), r.bool("inform"), r.storage());
    }
}
