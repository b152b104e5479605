package org.l3vpnd.snmp.agent;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

import org.l3vpnd.engine.config.ConfigException;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.ConfigTransaction;
import org.l3vpnd.engine.config.ManagementRow;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.StorageType;
import org.snmp4j.agent.mo.DefaultMOTable;
import org.snmp4j.agent.mo.MOColumn;
import org.snmp4j.agent.mo.MOMutableTableModel;
import org.snmp4j.agent.mo.MOTableRow;
import org.snmp4j.agent.mo.MOTableRowEvent;
import org.snmp4j.agent.mo.MOTableRowListener;
import org.snmp4j.agent.mo.snmp.RowStatus;
import org.snmp4j.asn1.BERInputStream;
import org.snmp4j.asn1.BEROutputStream;
import org.snmp4j.smi.AbstractVariable;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the rows that managers create over SNMP in SNMP4J's own tables (SNMP-TARGET-MIB,
 * SNMP-NOTIFICATION-MIB) in the configuration store when their StorageType is nonVolatile, and
 * puts them back at start. The rows are stored as their BER-encoded column values.
 * Row events arrive on agent worker threads during a SET's commit; the store write happens there,
 * before the response.
 */
final class SnmpTablePersistence implements MOTableRowListener<MOTableRow> {

    private static final Logger LOG = LoggerFactory.getLogger(SnmpTablePersistence.class);

    private final ConfigService config;
    private final List<DefaultMOTable<?, ?, ?>> tables;

    SnmpTablePersistence(ConfigService config, List<DefaultMOTable<?, ?, ?>> tables) {
        this.config = config;
        this.tables = tables;
    }

    /** Puts stored rows back, then listens for changes. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void restoreAndWatch(RunningConfig running) {
        for (DefaultMOTable table : tables) {
            String name = table.getOID().toDottedString();
            MOMutableTableModel<MOTableRow> model = (MOMutableTableModel<MOTableRow>) table.getModel();
            for (ManagementRow stored : running.withIdPrefix(ManagementRow.class, ManagementRow.tablePrefix(name))) {
                OID index = new OID(stored.index());
                if (model.getRow(index) != null) {
                    continue;
                }
                try {
                    Variable[] values = decode(stored.values(), table.getColumnCount());
                    model.addRow((MOTableRow) table.createRow(index, values));
                } catch (IOException | RuntimeException e) {
                    LOG.warn("stored row {} of {} not restored: {}", stored.index(), name, e.toString());
                }
            }
            table.addMOTableRowListener(this);
        }
    }

    @Override
    public void rowChanged(MOTableRowEvent<MOTableRow> event) {
        if (event.getType() == MOTableRowEvent.CREATE || event.getType() == MOTableRowEvent.EXISTS) {
            return;
        }
        DefaultMOTable<?, ?, ?> table = (DefaultMOTable<?, ?, ?>) event.getTable();
        MOTableRow row = event.getRow();
        String name = table.getOID().toDottedString();
        String index = row.getIndex().toDottedString();
        ConfigTransaction tx = config.begin();
        if (event.getType() != MOTableRowEvent.DELETE && keep(table, row)) {
            tx.put(new ManagementRow(name, index, encode(row), StorageType.NON_VOLATILE));
        } else if (config.running().get(ManagementRow.keyOf(name, index)).isPresent()) {
            tx.remove(ManagementRow.keyOf(name, index));
        } else {
            return;
        }
        try {
            config.commit(tx);
        } catch (ConfigException e) {
            LOG.warn("row {} of {} not stored: {}", index, name, e.getMessage());
        }
    }

    /** nonVolatile rows that exist (active or notInService) are kept; our own readOnly rows are not. */
    private static boolean keep(DefaultMOTable<?, ?, ?> table, MOTableRow row) {
        MOColumn<?>[] columns = table.getColumns();
        boolean nonVolatile = false;
        boolean exists = false;
        for (int i = 0; i < columns.length; i++) {
            Variable v = row.getValue(i);
            if (columns[i] instanceof org.snmp4j.agent.mo.snmp.StorageType && v instanceof Integer32 s) {
                nonVolatile = s.getValue() == org.snmp4j.agent.mo.snmp.StorageType.nonVolatile;
            } else if (columns[i] instanceof RowStatus && v instanceof Integer32 s) {
                exists = s.getValue() == RowStatus.active || s.getValue() == RowStatus.notInService;
            }
        }
        return nonVolatile && exists;
    }

    private static byte[] encode(MOTableRow row) {
        try {
            int length = 0;
            for (int i = 0; i < row.size(); i++) {
                length += row.getValue(i).getBERLength();
            }
            ByteBuffer buffer = ByteBuffer.allocate(length);
            BEROutputStream out = new BEROutputStream(buffer);
            for (int i = 0; i < row.size(); i++) {
                row.getValue(i).encodeBER(out);
            }
            return buffer.array();
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a row", e);
        }
    }

    private static Variable[] decode(byte[] bytes, int count) throws IOException {
        BERInputStream in = new BERInputStream(ByteBuffer.wrap(bytes));
        Variable[] values = new Variable[count];
        for (int i = 0; i < count; i++) {
            values[i] = AbstractVariable.createFromBER(in);
        }
        return values;
    }
}
