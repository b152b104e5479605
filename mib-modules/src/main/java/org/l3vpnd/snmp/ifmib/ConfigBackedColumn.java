package org.l3vpnd.snmp.ifmib;

import java.util.List;
import org.l3vpnd.engine.config.ConfigError;
import org.l3vpnd.engine.config.ConfigException;
import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.ConfigTransaction;
import org.l3vpnd.engine.config.ItemKey;
import org.snmp4j.PDU;
import org.snmp4j.agent.mo.MOAccessImpl;
import org.snmp4j.agent.mo.MOMutableColumn;
import org.snmp4j.agent.mo.MOTableRow;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.smi.Variable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read-write interface column whose value is one configuration item per ifIndex. The value is
 * read from the running configuration by the table's {@link RowValues}; a SET commits a transaction,
 * so the new value is durable before the response leaves, and undo commits the old item back.
 *
 * <p>Undo is there for a SET handler that runs it: SNMP4J-Agent 3.8.3's does not once any commit
 * of the PDU failed (its undo loop stops on the request's error status first), so a varbind
 * committed before a failing one stays committed until the agent's handler is mended.
 *
 * <p>Threads: SNMP worker threads. Per-request state (what to restore on undo) lives in the
 * {@link SubRequest}, so the column itself holds none.
 */
abstract class ConfigBackedColumn extends MOMutableColumn<Variable> {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigBackedColumn.class);

    /** What a successful commit replaced: {@code null} when there was no item. */
    private record Replaced(ConfigItem item) {
    }

    private final ConfigService config;

    ConfigBackedColumn(int columnId, int syntax, ConfigService config) {
        super(columnId, syntax, MOAccessImpl.ACCESS_READ_WRITE);
        this.config = config;
    }

    /** Checks the value on its own: wrongType, wrongLength or wrongValue, or noError. */
    abstract int check(Variable value);

    abstract ItemKey keyOf(int ifIndex);

    /** The item the checked value becomes. */
    abstract ConfigItem itemOf(int ifIndex, Variable value);

    @Override
    public void prepare(SubRequest<?> subRequest, MOTableRow row, MOTableRow changeSet, int column) {
        Variable value = subRequest.getVariableBinding().getVariable();
        int status = check(value);
        if (status == PDU.noError) {
            status = checkAgainstConfig(ifIndexOf(subRequest), value);
        }
        if (status != PDU.noError) {
            subRequest.getStatus().setErrorStatus(status);
            return;
        }
        subRequest.completed();
    }

    @Override
    public void commit(SubRequest<?> subRequest, MOTableRow row, MOTableRow changeSet, int column) {
        int ifIndex = ifIndexOf(subRequest);
        ConfigItem old = config.running().get(keyOf(ifIndex)).orElse(null);
        ConfigTransaction tx = config.begin();
        tx.put(itemOf(ifIndex, subRequest.getVariableBinding().getVariable()));
        try {
            config.commit(tx);
        } catch (ConfigException e) {
            LOG.warn("ifmib.set.failed oid={} error={}", subRequest.getVariableBinding().getOid(), e.getMessage());
            subRequest.getStatus().setErrorStatus(PDU.commitFailed);
            return;
        }
        subRequest.setUndoValue(new Replaced(old));
        subRequest.completed();
    }

    @Override
    public void undo(SubRequest<?> subRequest, MOTableRow row, int column) {
        if (!(subRequest.getUndoValue() instanceof Replaced replaced)) {
            subRequest.completed(); // our commit never happened: nothing to take back
            return;
        }
        int ifIndex = ifIndexOf(subRequest);
        ConfigTransaction tx = config.begin();
        if (replaced.item() == null) {
            tx.remove(keyOf(ifIndex));
        } else {
            tx.put(replaced.item());
        }
        try {
            config.commit(tx);
            subRequest.completed();
        } catch (ConfigException e) {
            LOG.error("ifmib.undo.failed oid={} error={}", subRequest.getVariableBinding().getOid(), e.getMessage());
            subRequest.getStatus().setErrorStatus(PDU.undoFailed);
        }
    }

    @Override
    public void cleanup(SubRequest<?> subRequest, MOTableRow row, int column) {
        subRequest.completed();
    }

    /** Refuses what the configuration would refuse at commit, while refusing is still cheap. */
    private int checkAgainstConfig(int ifIndex, Variable value) {
        ConfigItem existing = config.running().get(keyOf(ifIndex)).orElse(null);
        if (existing != null && !existing.storage().changeable()) {
            return PDU.notWritable;
        }
        ConfigTransaction tx = config.begin();
        tx.put(itemOf(ifIndex, value));
        List<ConfigError> errors = config.validate(tx);
        return errors.isEmpty() ? PDU.noError : statusOf(errors.get(0).kind());
    }

    private static int statusOf(ConfigError.Kind kind) {
        return switch (kind) {
            case BAD_VALUE -> PDU.wrongValue;
            case CONFLICT -> PDU.inconsistentValue;
            case NO_RESOURCES -> PDU.resourceUnavailable;
            case READ_ONLY -> PDU.notWritable;
        };
    }

    /** The instance OID ends in the ifIndex; the row may already be gone by commit or undo. */
    private static int ifIndexOf(SubRequest<?> subRequest) {
        return subRequest.getVariableBinding().getOid().last();
    }
}
