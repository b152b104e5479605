package org.l3vpnd.persistence;

import java.sql.SQLException;
import java.util.List;

import org.l3vpnd.engine.config.ManagementRow;

/** {@link ManagementRow} rows in table {@code management_row}. */
final class ManagementRowMapper extends RecordTableMapper<ManagementRow> {

    ManagementRowMapper() {
        super(ManagementRow.class, "management_row", List.of("table_name", "row_index"),
                List.of("row_values", "storage"));
    }

    @Override
    protected void writeKey(RowWriter w, ManagementRow r) throws SQLException {
        w.text(r.table()).text(r.index());
    }

    @Override
    protected void writeValues(RowWriter w, ManagementRow r) throws SQLException {
        w.bytes(r.values()).storage(r.storage());
    }

    @Override
    protected ManagementRow read(RowReader r) throws SQLException {
        return new ManagementRow(r.text("table_name"), r.text("row_index"), r.bytes("row_values"), r.storage());
    }
}
