package org.l3vpnd.persistence;

import java.sql.SQLException;
import java.util.List;
import org.l3vpnd.engine.config.SnmpUser;

/** {@link SnmpUser} rows in table {@code snmp_user}; the keys are secrets and go nowhere but the table. */
final class SnmpUserMapper extends RecordTableMapper<SnmpUser> {

    SnmpUserMapper() {
        super(SnmpUser.class, "snmp_user", List.of("name"),
                List.of("auth_protocol", "auth_key", "priv_protocol", "priv_key", "read_write", "storage"));
    }

    @Override
    protected void writeKey(RowWriter w, SnmpUser u) throws SQLException {
        w.text(u.name());
    }

    @Override
    protected void writeValues(RowWriter w, SnmpUser u) throws SQLException {
        w.text(u.authProtocol()).bytes(u.authKey())
                .text(u.privProtocol()).bytes(u.privKey())
                .bool(u.readWrite()).storage(u.storage());
    }

    @Override
    protected SnmpUser read(RowReader r) throws SQLException {
        return new SnmpUser(r.text("name"), r.text("auth_protocol"), r.bytes("auth_key"),
                r.text("priv_protocol"), r.bytes("priv_key"), r.bool("read_write"), r.storage());
    }
}
