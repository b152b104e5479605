package org.l3vpnd.persistence;

import java.sql.SQLException;
import java.util.List;
import org.l3vpnd.engine.config.InterfaceSetting;

/** {@link InterfaceSetting} rows in table {@code interface_setting}. */
final class InterfaceSettingMapper extends RecordTableMapper<InterfaceSetting> {

    InterfaceSettingMapper() {
        super(InterfaceSetting.class, "interface_setting", List.of("if_index"), List.of("alias", "storage"));
    }

    @Override
    protected void writeKey(RowWriter w, InterfaceSetting s) throws SQLException {
        w.integer(s.ifIndex());
    }

    @Override
    protected void writeValues(RowWriter w, InterfaceSetting s) throws SQLException {
        w.text(s.alias()).storage(s.storage());
    }

    @Override
    protected InterfaceSetting read(RowReader r) throws SQLException {
        return new InterfaceSetting(r.integer("if_index"), r.text("alias"), r.storage());
    }
}
