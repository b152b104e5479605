package org.l3vpnd.snmp.ifmib;

import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.ItemKey;
import org.l3vpnd.snmp.config.RequestTransactions;
import org.snmp4j.PDU;
import org.snmp4j.agent.mo.MOAccessImpl;
import org.snmp4j.agent.mo.MOMutableColumn;
import org.snmp4j.agent.mo.MOTableRow;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.smi.Variable;

/**
 * A read-write interface column whose value is one configuration item per ifIndex. The value is
 * read from the running configuration by the table's {@link RowValues}; a SET adds its item to the
 * request's configuration transaction ({@link RequestTransactions}), like every other writable
 * object, so one PDU that sets ifAlias and a VRF commits both or neither, durable before the
 * response leaves.
 *
 * <p>Threads: SNMP worker threads; the column holds no per-request state.
 */
abstract class ConfigBackedColumn extends MOMutableColumn<Variable> {

    private final RequestTransactions transactions;

    ConfigBackedColumn(int columnId, int syntax, RequestTransactions transactions) {
        super(columnId, syntax, MOAccessImpl.ACCESS_READ_WRITE);
        this.transactions = transactions;
    }

    /** Checks the value on its own: wrongType, wrongLength or wrongValue, or noError. */
    abstract int check(Variable value);

    abstract ItemKey keyOf(int ifIndex);

    /** The item the checked value becomes. */
    abstract ConfigItem itemOf(int ifIndex, Variable value);

    @Override
    public void prepare(SubRequest<?> subRequest, MOTableRow row, MOTableRow changeSet, int column) {
        Variable value = subRequest.getVariableBinding().getVariable();
        int ifIndex = ifIndexOf(subRequest);
        int status = check(value);
        if (status == PDU.noError) {
            ConfigItem existing = transactions.config().running().get(keyOf(ifIndex)).orElse(null);
            if (existing != null && !existing.storage().changeable()) {
                status = PDU.notWritable;
            }
        }
        if (status == PDU.noError) {
            transactions.transaction(subRequest).put(itemOf(ifIndex, value));
            status = transactions.prepared(subRequest);
        }
        finish(subRequest, status);
    }

    @Override
    public void commit(SubRequest<?> subRequest, MOTableRow row, MOTableRow changeSet, int column) {
        finish(subRequest, transactions.commit(subRequest));
    }

    @Override
    public void undo(SubRequest<?> subRequest, MOTableRow row, int column) {
        finish(subRequest, transactions.undo(subRequest));
    }

    @Override
    public void cleanup(SubRequest<?> subRequest, MOTableRow row, int column) {
        transactions.cleanup(subRequest);
        subRequest.completed();
    }

    private static void finish(SubRequest<?> subRequest, int status) {
        if (status == PDU.noError) {
            subRequest.completed();
        } else {
            subRequest.getStatus().setErrorStatus(status);
        }
    }

    /** The instance OID ends in the ifIndex. */
    private static int ifIndexOf(SubRequest<?> subRequest) {
        return subRequest.getVariableBinding().getOid().last();
    }
}
