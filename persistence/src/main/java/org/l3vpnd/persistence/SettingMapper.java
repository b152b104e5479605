package org.l3vpnd.persistence;

import java.sql.SQLException;
import java.util.List;
import org.l3vpnd.engine.config.Setting;

/** {@link Setting} rows in table {@code setting}. */
final class SettingMapper extends RecordTableMapper<Setting> {

    SettingMapper() {
        super(Setting.class, "setting", List.of("name"), List.of("value", "storage"));
    }

    @Override
    protected void writeKey(RowWriter w, Setting s) throws SQLException {
        w.text(s.name());
    }

    @Override
    protected void writeValues(RowWriter w, Setting s) throws SQLException {
        w.text(s.value()).storage(s.storage());
    }

    @Override
    protected Setting read(RowReader r) throws SQLException {
        return new Setting(r.text("name"), r.text("value"), r.storage());
    }
}
