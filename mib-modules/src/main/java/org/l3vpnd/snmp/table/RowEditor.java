package org.l3vpnd.snmp.table;

import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.ConfigTransaction;
import org.l3vpnd.engine.config.StorageType;
import org.snmp4j.PDU;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.Variable;

import static org.l3vpnd.snmp.table.RowStatusValue.ACTIVE;
import static org.l3vpnd.snmp.table.RowStatusValue.CREATE_AND_GO;
import static org.l3vpnd.snmp.table.RowStatusValue.CREATE_AND_WAIT;
import static org.l3vpnd.snmp.table.RowStatusValue.DESTROY;
import static org.l3vpnd.snmp.table.RowStatusValue.NOT_IN_SERVICE;

/**
 * The RFC 2579 RowStatus state machine and the StorageType rules, applied to all of a request's
 * varbinds for one row at once. Rows exist as configuration items (active or notInService) or as
 * pending rows (notReady); the outcome is edits of the request's transaction plus a pending-row
 * change for commit. Stateless apart from its collaborators; called on request threads.
 *
 * @param <K> index key
 * @param <R> row
 */
final class RowEditor<K, R> {

    private enum State { ABSENT, NOT_READY, NOT_IN_SERVICE, ACTIVE }

    private final TableDefinition<K, R> def;
    private final PendingRows<K> pending;
    private final ColumnDef storageColumn;

    RowEditor(TableDefinition<K, R> def, PendingRows<K> pending) {
        this.def = def;
        this.pending = pending;
        this.storageColumn = def.column(ColumnDef.Role.STORAGE_TYPE);
    }

    /** Decides the plan's outcome; on success its configuration edits are in {@code tx}. */
    void decide(RowPlan<K> plan, ConfigTransaction tx) {
        RowSource<K, R> rows = def.rows();
        R row = rows.get(plan.key);
        RowValues pendingValues = row == null ? pending.get(plan.key) : null;
        State state = row != null ? (rows.inService(row) ? State.ACTIVE : State.NOT_IN_SERVICE)
                : pendingValues != null ? State.NOT_READY : State.ABSENT;
        int action = plan.rowStatus == null ? 0 : plan.rowStatus.value().toInt();

        if (action == DESTROY) {
            destroy(plan, row, state, tx);
        } else if (action == CREATE_AND_GO || action == CREATE_AND_WAIT) {
            create(plan, state, action, tx);
        } else if (state == State.ABSENT) {
            if (action != 0) {
                plan.fail(plan.rowStatus, PDU.inconsistentValue);
            } else {
                int nameStatus = def.index().checkCreatable(plan.key);
                plan.failAll(nameStatus != PDU.noError ? nameStatus : PDU.noCreation);
            }
        } else {
            modify(plan, row, pendingValues, state, action, tx);
        }
    }

    private void destroy(RowPlan<K> plan, R row, State state, ConfigTransaction tx) {
        if (state == State.ABSENT) {
            return;
        }
        if (state == State.NOT_READY) {
            plan.pendingRemove = true;
        } else if (!def.rows().storage(row).changeable()) {
            plan.fail(plan.rowStatus, PDU.wrongValue);
        } else {
            def.writer().remove(row, tx);
        }
    }

    private void create(RowPlan<K> plan, State state, int action, ConfigTransaction tx) {
        if (state != State.ABSENT) {
            plan.fail(plan.rowStatus, PDU.inconsistentValue);
            return;
        }
        int nameStatus = def.index().checkCreatable(plan.key);
        if (nameStatus != PDU.noError) {
            plan.failAll(nameStatus);
            return;
        }
        RowValues values = new RowValues();
        for (ColumnDef c : def.columns()) {
            if (c.writable() && c.defaultValue() != null) {
                values.put(c.id(), c.defaultValue());
            }
        }
        assign(plan, values);
        boolean complete = complete(values);
        if (action == CREATE_AND_GO && !complete) {
            plan.fail(plan.rowStatus, PDU.inconsistentValue);
        } else if (complete) {
            put(plan, values, action == CREATE_AND_GO, storageOf(values, null), tx);
        } else if (!pending.hasRoom()) {
            plan.fail(plan.rowStatus, PDU.resourceUnavailable);
        } else {
            plan.pendingPut = values;
        }
    }

    private void modify(RowPlan<K> plan, R row, RowValues pendingValues, State state, int action,
                        ConfigTransaction tx) {
        RowValues values = state == State.NOT_READY ? pendingValues : currentValues(row);
        StorageType storage = state == State.NOT_READY ? storageOf(values, null) : def.rows().storage(row);
        if (storage != null && !storage.changeable()) {
            refuseChanges(plan, values, storage, action, state);
            if (plan.failed()) {
                return;
            }
        }
        if (state == State.ACTIVE && action != NOT_IN_SERVICE) {
            // The MIBs name the few columns that may change while a row is active.
            for (RowPlan.Assignment a : plan.assignments) {
                if (a.column().role() != ColumnDef.Role.ROW_STATUS && !a.column().changeableWhenActive()
                        && !sameValue(values.get(a.column().id()), a.value())) {
                    plan.fail(a, PDU.inconsistentValue);
                }
            }
            if (plan.failed()) {
                return;
            }
        }
        if (state != State.NOT_READY && !changesAnything(plan, values, state, action)) {
            // Nothing to write; also keeps rows of live state (readOnly) out of the configuration.
            return;
        }
        assign(plan, values);
        if (state == State.NOT_READY) {
            if (!complete(values)) {
                if (action != 0) {
                    plan.fail(plan.rowStatus, PDU.inconsistentValue);
                } else {
                    plan.pendingPut = values;
                }
                return;
            }
            // Complete now: the row becomes notInService, or active if that was asked for.
            plan.pendingRemove = true;
            put(plan, values, action == ACTIVE, storageOf(values, null), tx);
            return;
        }
        boolean inService = action == ACTIVE || (action != NOT_IN_SERVICE && state == State.ACTIVE);
        put(plan, values, inService, storageOf(values, storage), tx);
    }

    private static boolean changesAnything(RowPlan<?> plan, RowValues values, State state, int action) {
        if ((action == ACTIVE && state != State.ACTIVE)
                || (action == NOT_IN_SERVICE && state != State.NOT_IN_SERVICE)) {
            return true;
        }
        for (RowPlan.Assignment a : plan.assignments) {
            if (a.column().role() != ColumnDef.Role.ROW_STATUS && !sameValue(values.get(a.column().id()), a.value())) {
                return true;
            }
        }
        return false;
    }

    /** permanent and readOnly rows: only writes that change nothing, or permanent-writable columns. */
    private void refuseChanges(RowPlan<K> plan, RowValues values, StorageType storage, int action, State state) {
        for (RowPlan.Assignment a : plan.assignments) {
            ColumnDef c = a.column();
            if (c.role() == ColumnDef.Role.ROW_STATUS) {
                boolean same = (action == ACTIVE && state == State.ACTIVE)
                        || (action == NOT_IN_SERVICE && state == State.NOT_IN_SERVICE);
                if (!same) {
                    plan.fail(a, PDU.wrongValue);
                }
            } else if (!sameValue(values.get(c.id()), a.value())) {
                if (c.role() == ColumnDef.Role.STORAGE_TYPE) {
                    plan.fail(a, PDU.wrongValue);
                } else if (!(storage == StorageType.PERMANENT && c.writableWhenPermanent())) {
                    plan.fail(a, PDU.notWritable);
                }
            }
        }
    }

    private void put(RowPlan<K> plan, RowValues values, boolean inService, StorageType storage,
                     ConfigTransaction tx) {
        try {
            ConfigItem item = def.writer().build(plan.key, values, inService, storage, tx);
            tx.put(item);
            plan.items.add(item.key());
        } catch (RowWriter.RowRefusal e) {
            plan.fail(e.columnId(), e.status());
        }
    }

    private void assign(RowPlan<K> plan, RowValues values) {
        for (RowPlan.Assignment a : plan.assignments) {
            if (a.column().role() != ColumnDef.Role.ROW_STATUS) {
                values.put(a.column().id(), a.value());
            }
        }
    }

    private boolean complete(RowValues values) {
        for (ColumnDef c : def.columns()) {
            if (c.mandatory() && !values.has(c.id())) {
                return false;
            }
        }
        return true;
    }

    /** The writable columns' values of an existing row, to merge a request's writes into. */
    private RowValues currentValues(R row) {
        RowValues values = new RowValues();
        for (ColumnDef c : def.columns()) {
            if (!c.writable()) {
                continue;
            }
            if (c.role() == ColumnDef.Role.PLAIN) {
                Variable v = def.rows().value(row, c.id());
                if (v != null) {
                    values.put(c.id(), v);
                }
            } else if (c.role() == ColumnDef.Role.STORAGE_TYPE) {
                values.put(c.id(), new Integer32(def.rows().storage(row).code()));
            }
        }
        return values;
    }

    /** The StorageType column's value; tables without one keep the row's storage (new rows: null). */
    private StorageType storageOf(RowValues values, StorageType existing) {
        if (storageColumn != null && values.has(storageColumn.id())) {
            return StorageType.of(values.integer(storageColumn.id()));
        }
        return existing;
    }

    static boolean sameValue(Variable a, Variable b) {
        if (a == null || b == null) {
            return a == b;
        }
        return switch (a.getSyntax()) {
            case SMIConstants.SYNTAX_INTEGER, SMIConstants.SYNTAX_GAUGE32, SMIConstants.SYNTAX_COUNTER32,
                 SMIConstants.SYNTAX_TIMETICKS -> a.getSyntax() == b.getSyntax() && a.toLong() == b.toLong();
            default -> a.equals(b);
        };
    }
}
