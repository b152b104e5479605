package org.l3vpnd.snmp.agent;

import java.util.function.Supplier;

import org.snmp4j.agent.mo.MOAccessImpl;
import org.snmp4j.agent.mo.MOScalar;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

/**
 * A read-only scalar computed on every read; nothing is stored or persisted. The supplier is not
 * called before the first read. Thread-safe if its supplier is.
 */
public final class LiveScalar extends MOScalar<Variable> {

    private final Supplier<Variable> value;

    public LiveScalar(OID instance, Supplier<Variable> value) {
        super(instance, MOAccessImpl.ACCESS_READ_ONLY, null);
        this.value = value;
        setVolatile(true);
    }

    @Override
    public Variable getValue() {
        return value.get();
    }
}
