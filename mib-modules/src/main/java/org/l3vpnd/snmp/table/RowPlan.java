package org.l3vpnd.snmp.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.l3vpnd.engine.config.ItemKey;
import org.snmp4j.PDU;
import org.snmp4j.smi.Variable;

/**
 * What one SET request does to one row, decided once from all of the request's varbinds for that
 * row (RFC 2579: a row's varbinds act together): the error status of each varbind, and the change
 * to the pending (notReady) rows that takes effect only if the request commits. Configuration
 * edits go straight into the request's transaction. Confined to the request's thread.
 *
 * @param <K> index key
 */
final class RowPlan<K> {

    /** One varbind of the request that writes a column of this row. */
    record Assignment(ColumnDef column, Variable value, int subRequestIndex) {
    }

    final K key;
    final List<Assignment> assignments = new ArrayList<>();
    /** The last RowStatus assignment, if any. */
    Assignment rowStatus;
    /** A varbind of the row fails its own checks: it reports that, and the row is not decided. */
    boolean hasInvalidVarbind;
    /** Keys of the configuration items this row puts, to point whole-configuration errors at it. */
    final List<ItemKey> items = new ArrayList<>();
    private final Map<Integer, Integer> statusBySubRequest = new HashMap<>();

    /** Pending-row change to make at commit: new values, or removal when {@link #pendingRemove}. */
    RowValues pendingPut;
    boolean pendingRemove;
    /** What the pending row was before commit, for undo; set when applied. */
    RowValues pendingBefore;
    boolean pendingApplied;

    RowPlan(K key) {
        this.key = key;
    }

    int status(int subRequestIndex) {
        return statusBySubRequest.getOrDefault(subRequestIndex, PDU.noError);
    }

    boolean failed() {
        return !statusBySubRequest.isEmpty();
    }

    void fail(Assignment at, int status) {
        statusBySubRequest.putIfAbsent(at.subRequestIndex(), status);
    }

    /** Fails at the assignment of {@code columnId}, else the RowStatus assignment, else every varbind. */
    void fail(int columnId, int status) {
        for (Assignment a : assignments) {
            if (a.column().id() == columnId) {
                fail(a, status);
                return;
            }
        }
        if (rowStatus != null) {
            fail(rowStatus, status);
        } else {
            failAll(status);
        }
    }

    /** An error of the row itself (its name), reported at whichever of its varbinds comes first. */
    void failAll(int status) {
        for (Assignment a : assignments) {
            fail(a, status);
        }
    }

    boolean hasPendingChange() {
        return pendingPut != null || pendingRemove;
    }
}
