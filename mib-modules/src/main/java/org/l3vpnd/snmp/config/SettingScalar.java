package org.l3vpnd.snmp.config;

import java.util.function.Function;

import org.l3vpnd.engine.config.Setting;
import org.l3vpnd.engine.config.StorageType;
import org.snmp4j.PDU;
import org.snmp4j.agent.mo.MOAccessImpl;
import org.snmp4j.agent.mo.MOScalar;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

/**
 * A read-write scalar whose value is a configuration {@link Setting}: reads come from the running
 * configuration, SETs go through the request's configuration transaction (so they are durable
 * before the response).
 *
 * @param <V> the SNMP syntax
 */
public class SettingScalar<V extends Variable> extends MOScalar<V> implements TransactionalMO {

    /** Converts between the setting's text and the SNMP value, and checks values. */
    public interface Codec<V extends Variable> {
        V decode(String text);

        String encode(V value);

        /** An SNMP error status for a value of the right syntax, e.g. wrongValue or wrongLength. */
        int check(V value);
    }

    private final RequestTransactions transactions;
    private final String settingName;
    private final String defaultText;
    private final Codec<V> codec;

    public SettingScalar(OID instanceOid, RequestTransactions transactions, String settingName, String defaultText,
                         Codec<V> codec) {
        super(instanceOid, MOAccessImpl.ACCESS_READ_WRITE, codec.decode(defaultText));
        this.transactions = transactions;
        this.settingName = settingName;
        this.defaultText = defaultText;
        this.codec = codec;
        setVolatile(true);
    }

    @Override
    public V getValue() {
        return codec.decode(transactions.config().running().setting(settingName, defaultText));
    }

    @Override
    public int isValueOK(SubRequest<?> request) {
        @SuppressWarnings("unchecked")
        V value = (V) request.getVariableBinding().getVariable();
        return codec.check(value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void prepare(SubRequest<?> request) {
        super.prepare(request);
        if (request.getStatus().getErrorStatus() != PDU.noError) {
            return;
        }
        V value = (V) request.getVariableBinding().getVariable();
        transactions.transaction(request).put(new Setting(settingName, codec.encode(value), StorageType.NON_VOLATILE));
        // setErrorStatus clears phaseComplete, so it is set again after.
        request.getStatus().setErrorStatus(transactions.prepared(request));
        request.getStatus().setPhaseComplete(true);
    }

    @Override
    public void commit(SubRequest<?> request) {
        request.getStatus().setErrorStatus(transactions.commit(request));
        request.getStatus().setPhaseComplete(true);
    }

    @Override
    public void undo(SubRequest<?> request) {
        request.getStatus().setErrorStatus(transactions.undo(request));
        request.getStatus().setPhaseComplete(true);
    }

    @Override
    public void cleanup(SubRequest<?> request) {
        transactions.cleanup(request);
        request.getStatus().setPhaseComplete(true);
    }

    @Override
    public int setValue(V value) {
        // The value lives in the configuration; nothing to keep here.
        return PDU.noError;
    }

    public static <V extends Variable> Codec<V> codec(Function<String, V> decode, Function<V, String> encode,
                                                      Function<V, Integer> check) {
        return new Codec<>() {
            @Override
            public V decode(String text) {
                return decode.apply(text);
            }

            @Override
            public String encode(V value) {
                return encode.apply(value);
            }

            @Override
            public int check(V value) {
                return check.apply(value);
            }
        };
    }
}
