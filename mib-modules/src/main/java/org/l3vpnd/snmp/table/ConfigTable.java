package org.l3vpnd.snmp.table;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.l3vpnd.engine.config.ConfigError;
import org.l3vpnd.engine.config.ItemKey;
import org.l3vpnd.snmp.agent.BulkReusableObject;
import org.l3vpnd.snmp.config.RequestTransactions;
import org.l3vpnd.snmp.config.TransactionalMO;
import org.snmp4j.PDU;
import org.snmp4j.agent.DefaultMOScope;
import org.snmp4j.agent.MOQuery;
import org.snmp4j.agent.MOScope;
import org.snmp4j.agent.mo.GenericManagedObject;
import org.snmp4j.agent.request.Request;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * A conceptual table served straight from a {@link RowSource}: no rows are stored here (except
 * notReady ones, see {@link PendingRows}); every GET builds the one requested cell and every
 * GETNEXT is a ceiling lookup on the source. SETs become edits of the request's configuration
 * transaction ({@link RequestTransactions}), so a request is all-or-nothing and validated as a
 * whole. Registered over the entry's whole OID range. It needs no lock, update or lookup event
 * for a read, so a GETBULK may ask it again for a column's next repetition without a lookup
 * ({@link BulkReusableObject}). Thread-safe.
 *
 * @param <K> index key
 * @param <R> row
 */
public final class ConfigTable<K, R> implements GenericManagedObject, TransactionalMO, BulkReusableObject {

    /** Pending notReady rows per table: a manager needs few at once; more is likely a leak. */
    public static final int DEFAULT_PENDING_CAPACITY = 64;

    /** Request user-object key of the items written per varbind, shared by all tables. */
    private static final Object EDITED_ITEMS = new Object();

    private final TableDefinition<K, R> def;
    private final RequestTransactions transactions;
    private final PendingRows<K> pending;
    private final RowEditor<K, R> editor;
    private final int[] entry;
    private final MOScope scope;
    private final TableWalker<K, R> walker;

    public ConfigTable(TableDefinition<K, R> def, RequestTransactions transactions) {
        this(def, transactions, DEFAULT_PENDING_CAPACITY, System::nanoTime);
    }

    /** With a bound on notReady rows and a clock for their ageing (tests). */
    public ConfigTable(TableDefinition<K, R> def, RequestTransactions transactions, int pendingCapacity,
                       LongSupplier nanoTime) {
        this.def = def;
        this.transactions = transactions;
        this.pending = new PendingRows<>(def.index().order(), pendingCapacity, nanoTime);
        this.editor = new RowEditor<>(def, pending);
        this.entry = def.entryOid().toIntArray();
        this.scope = new DefaultMOScope(def.entryOid(), false, def.entryOid().nextPeer(), false);
        this.walker = new TableWalker<>(def, pending);
    }

    public TableDefinition<K, R> definition() {
        return def;
    }

    @Override
    public MOScope getScope() {
        return scope;
    }

    // ---- reads -------------------------------------------------------------------------------

    @Override
    public OID find(MOScope range) {
        TableWalker.Cell c = walker.next(range, null);
        return c == null ? null : c.oid();
    }

    @Override
    public OID find(MOQuery query, Function<OID, Boolean> filter) {
        TableWalker.Cell c = walker.next(query.getScope(), filter);
        walker.remember(query, c);
        return c == null ? null : c.oid();
    }

    @Override
    public void get(SubRequest<?> request) {
        VariableBinding vb = request.getVariableBinding();
        int[] s = vb.getOid().getValue();
        ColumnDef col = s.length > entry.length ? def.column(s[entry.length]) : null;
        if (col == null) {
            vb.setVariable(Null.noSuchObject);
        } else {
            K key = walker.exactKey(s, entry.length + 1);
            Variable v = key == null ? null : walker.cell(key, col);
            vb.setVariable(v == null ? Null.noSuchInstance : v);
        }
        request.completed();
    }

    /** Required by the interface; SNMP4J calls the filtering variant. */
    @Override
    @SuppressWarnings("deprecation")
    public boolean next(SubRequest<?> request) {
        return next(request, null);
    }

    @Override
    public boolean next(SubRequest<?> request, Function<OID, Boolean> filter) {
        TableWalker.Cell c = walker.recalled(request.getQuery(), request.getScope());
        if (c == null) {
            c = walker.next(request.getScope(), filter);
        }
        if (c == null) {
            return false;
        }
        request.getVariableBinding().setOid(c.oid());
        request.getVariableBinding().setVariable(c.value());
        request.completed();
        return true;
    }

    // ---- writes ------------------------------------------------------------------------------

    @Override
    public void prepare(SubRequest<?> request) {
        int status = prepareStatus(request);
        if (status == PDU.noError) {
            status = transactions.prepared(request);
            if (status != PDU.noError && blameEarlierVarbind(request)) {
                status = PDU.noError;
            }
        }
        // A status event also sets the request's status: never report noError over an error.
        if (status != PDU.noError) {
            request.getStatus().setErrorStatus(status);
        }
        request.completed();
    }

    /**
     * The whole configuration was refused at the request's last varbind. When the item at fault
     * was written by an earlier varbind (of any table), the error goes there, so that the
     * error-index names the row that caused it rather than whichever varbind came last.
     */
    private boolean blameEarlierVarbind(SubRequest<?> request) {
        ConfigError error = transactions.refusal(request);
        if (error == null) {
            return false;
        }
        SubRequest<?> culprit = editedItems(request.getRequest()).get(error.key());
        if (culprit == null || culprit == request) {
            return false;
        }
        culprit.getStatus().setErrorStatus(RequestTransactions.errorStatus(error));
        return true;
    }

    /** Which varbind wrote which item in this request, shared by all tables. */
    @SuppressWarnings("unchecked")
    private static Map<ItemKey, SubRequest<?>> editedItems(Request<?, ?, ?> request) {
        Map<ItemKey, SubRequest<?>> m = (Map<ItemKey, SubRequest<?>>) request.getProcessingUserObject(EDITED_ITEMS);
        if (m == null) {
            m = new HashMap<>();
            request.setProcessingUserObject(EDITED_ITEMS, m);
        }
        return m;
    }

    private int prepareStatus(SubRequest<?> request) {
        VariableBinding vb = request.getVariableBinding();
        int[] s = vb.getOid().getValue();
        int status = varbindStatus(vb);
        if (status != PDU.noError) {
            return status;
        }
        status = IndexBounds.parse(def.index().layout().cursor(), s, entry.length + 1, s.length);
        if (status != PDU.noError) {
            return status;
        }
        Map<OID, RowPlan<K>> plans = plans(request.getRequest(), true);
        OID suffix = new OID(s, entry.length + 1, s.length - entry.length - 1);
        RowPlan<K> plan = plans.get(suffix);
        if (plan == null) {
            plan = new RowPlan<>(def.index().decode(s, entry.length + 1, s.length));
            gather(plan, request.getRequest(), s);
            if (!plan.hasInvalidVarbind) {
                editor.decide(plan, transactions.transaction(request));
                for (ItemKey item : plan.items) {
                    editedItems(request.getRequest()).putIfAbsent(item, request);
                }
            }
            plans.put(suffix, plan);
        }
        return plan.status(request.getIndex());
    }

    /** Checks of one varbind alone, in the order of RFC 3416 section 4.2.5. */
    private int varbindStatus(VariableBinding vb) {
        int[] s = vb.getOid().getValue();
        ColumnDef col = s.length > entry.length ? def.column(s[entry.length]) : null;
        if (col == null) {
            return PDU.noCreation;
        }
        if (!col.writable() || def.writer() == null) {
            return PDU.notWritable;
        }
        Variable v = vb.getVariable();
        if (v.getSyntax() != col.syntax()) {
            return PDU.wrongType;
        }
        return col.check().check(v);
    }

    /** Every varbind of the request that writes a column of the plan's row. */
    private void gather(RowPlan<K> plan, Request<?, ?, ?> request, int[] s) {
        for (Iterator<? extends SubRequest<?>> it = request.iterator(); it.hasNext(); ) {
            SubRequest<?> other = it.next();
            VariableBinding vb = other.getVariableBinding();
            int[] o = vb.getOid().getValue();
            if (o.length != s.length || !sameRow(o, s)) {
                continue;
            }
            if (varbindStatus(vb) != PDU.noError) {
                // That varbind reports its own error; deciding the row without it would be wrong.
                plan.hasInvalidVarbind = true;
                continue;
            }
            RowPlan.Assignment a = new RowPlan.Assignment(def.column(o[entry.length]), vb.getVariable(),
                    other.getIndex());
            plan.assignments.add(a);
            if (a.column().role() == ColumnDef.Role.ROW_STATUS) {
                plan.rowStatus = a;
            }
        }
    }

    private boolean sameRow(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (i != entry.length && a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void commit(SubRequest<?> request) {
        int status = transactions.commit(request);
        if (status == PDU.noError) {
            for (RowPlan<K> plan : plans(request.getRequest(), false).values()) {
                applyPending(plan);
            }
        }
        if (status != PDU.noError) {
            request.getStatus().setErrorStatus(status);
        }
        request.getStatus().setPhaseComplete(true);
    }

    @Override
    public void undo(SubRequest<?> request) {
        int status = transactions.undo(request);
        for (RowPlan<K> plan : plans(request.getRequest(), false).values()) {
            if (plan.pendingApplied) {
                plan.pendingApplied = false;
                if (plan.pendingBefore == null) {
                    pending.remove(plan.key);
                } else {
                    pending.put(plan.key, plan.pendingBefore);
                }
            }
        }
        if (status != PDU.noError) {
            request.getStatus().setErrorStatus(status);
        }
        request.getStatus().setPhaseComplete(true);
    }

    @Override
    public void cleanup(SubRequest<?> request) {
        transactions.cleanup(request);
        request.getRequest().setProcessingUserObject(this, null);
        request.getStatus().setPhaseComplete(true);
    }

    private void applyPending(RowPlan<K> plan) {
        if (plan.pendingApplied || !plan.hasPendingChange()) {
            return;
        }
        plan.pendingBefore = pending.get(plan.key);
        if (plan.pendingRemove) {
            pending.remove(plan.key);
        } else {
            pending.put(plan.key, plan.pendingPut);
        }
        plan.pendingApplied = true;
    }

    @SuppressWarnings("unchecked")
    private Map<OID, RowPlan<K>> plans(Request<?, ?, ?> request, boolean create) {
        Map<OID, RowPlan<K>> plans = (Map<OID, RowPlan<K>>) request.getProcessingUserObject(this);
        if (plans == null) {
            plans = new HashMap<>();
            if (create) {
                request.setProcessingUserObject(this, plans);
            }
        }
        return plans;
    }

    @Override
    public String toString() {
        return "ConfigTable[" + def.entryOid() + ']';
    }
}
