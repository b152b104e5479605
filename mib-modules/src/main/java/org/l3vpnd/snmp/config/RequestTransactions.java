package org.l3vpnd.snmp.config;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.l3vpnd.engine.config.ConfigChange;
import org.l3vpnd.engine.config.ConfigDelta;
import org.l3vpnd.engine.config.ConfigError;
import org.l3vpnd.engine.config.ConfigException;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.ConfigTransaction;
import org.snmp4j.PDU;
import org.snmp4j.agent.request.Request;
import org.snmp4j.agent.request.SubRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One configuration transaction per SNMP SET request. Every {@link TransactionalMO} adds its edits
 * in prepare; the last of them validates the whole candidate (so the order of varbinds does not
 * matter); the first commit makes it durable and running; undo commits the inverse.
 * Thread-safe: requests may run on several agent worker threads.
 */
public final class RequestTransactions {

    private static final Logger LOG = LoggerFactory.getLogger(RequestTransactions.class);

    private final ConfigService config;
    private final Map<Request<?, ?, ?>, State> states = new WeakHashMap<>();

    private static final class State {
        final ConfigTransaction tx;
        ConfigDelta committed;
        /** The first error of the validation in prepare, or null. */
        ConfigError refused;
        boolean failed;
        boolean undone;

        State(ConfigTransaction tx) {
            this.tx = tx;
        }
    }

    public RequestTransactions(ConfigService config) {
        this.config = config;
    }

    public ConfigService config() {
        return config;
    }

    /** The transaction of the request {@code sub} belongs to. */
    public ConfigTransaction transaction(SubRequest<?> sub) {
        return state(sub).tx;
    }

    private synchronized State state(SubRequest<?> sub) {
        return states.computeIfAbsent(sub.getRequest(), r -> new State(config.begin()));
    }

    /** True when no later varbind of the same request goes to a transactional object. */
    public boolean isLastTransactional(SubRequest<?> sub) {
        Iterator<? extends SubRequest<?>> it = sub.getRequest().iterator();
        boolean seen = false;
        while (it.hasNext()) {
            SubRequest<?> other = it.next();
            if (other == sub) {
                seen = true;
            } else if (seen && other.getTargetMO() instanceof TransactionalMO) {
                return false;
            }
        }
        return true;
    }

    /**
     * Called in prepare by each transactional object after it added its edits: on the last one,
     * validates the whole candidate. Returns an SNMP error status.
     */
    public int prepared(SubRequest<?> sub) {
        if (!isLastTransactional(sub)) {
            return PDU.noError;
        }
        List<ConfigError> errors = config.validate(transaction(sub));
        if (errors.isEmpty()) {
            return PDU.noError;
        }
        state(sub).refused = errors.get(0);
        LOG.info("set refused: {}", errors.get(0));
        return errorStatus(errors.get(0));
    }

    /** Why {@link #prepared} refused the request's transaction, or null when it did not. */
    public ConfigError refusal(SubRequest<?> sub) {
        return state(sub).refused;
    }

    /** Commits the request's transaction on the first call; later calls report the same outcome. */
    public int commit(SubRequest<?> sub) {
        State s = state(sub);
        synchronized (s) {
            if (s.committed != null) {
                return PDU.noError;
            }
            if (s.failed) {
                return PDU.commitFailed;
            }
            try {
                s.committed = config.commit(s.tx);
                return PDU.noError;
            } catch (ConfigException e) {
                s.failed = true;
                LOG.warn("set commit failed: {}", e.getMessage());
                return PDU.commitFailed;
            }
        }
    }

    /** Reverts a committed transaction once; returns an SNMP error status. */
    public int undo(SubRequest<?> sub) {
        State s = state(sub);
        synchronized (s) {
            if (s.committed == null || s.undone) {
                return PDU.noError;
            }
            ConfigTransaction inverse = config.begin();
            List<ConfigChange> changes = new ArrayList<>(s.committed.changes());
            for (ConfigChange c : changes) {
                if (c.before() == null) {
                    inverse.remove(c.key());
                } else {
                    inverse.put(c.before());
                }
            }
            try {
                config.commit(inverse);
                s.undone = true;
                return PDU.noError;
            } catch (ConfigException e) {
                LOG.error("undo of a set failed: {}", e.getMessage());
                return PDU.undoFailed;
            }
        }
    }

    public synchronized void cleanup(SubRequest<?> sub) {
        states.remove(sub.getRequest());
    }

    /** The SNMP error-status that reports a configuration error. */
    public static int errorStatus(ConfigError e) {
        return switch (e.kind()) {
            case BAD_VALUE -> PDU.wrongValue;
            case CONFLICT -> PDU.inconsistentValue;
            case NO_RESOURCES -> PDU.resourceUnavailable;
            case READ_ONLY -> PDU.notWritable;
        };
    }
}
