package org.l3vpnd.snmp.bgp;

import java.util.function.Supplier;

import org.snmp4j.agent.mo.MOAccessImpl;
import org.snmp4j.agent.mo.MOScalar;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

/** A read-only scalar computed on every read; nothing is stored or persisted. Thread-safe. */
final class LiveScalar extends MOScalar<Variable> {

    private final Supplier<Variable> value;

    LiveScalar(OID instance, Supplier<Variable> value) {
        super(instance, MOAccessImpl.ACCESS_READ_ONLY, value.get());
        this.value = value;
        setVolatile(true);
    }

    @Override
    public Variable getValue() {
        return value.get();
    }
}
