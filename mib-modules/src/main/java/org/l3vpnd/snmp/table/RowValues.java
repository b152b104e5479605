package org.l3vpnd.snmp.table;

import java.util.Map;
import java.util.TreeMap;

import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;

/** The column values of one row being written, by column id. Not thread-safe. */
public final class RowValues {

    private final Map<Integer, Variable> values;

    public RowValues() {
        this.values = new TreeMap<>();
    }

    public RowValues(RowValues other) {
        this.values = new TreeMap<>(other.values);
    }

    public Variable get(int columnId) {
        return values.get(columnId);
    }

    public boolean has(int columnId) {
        return values.containsKey(columnId);
    }

    public void put(int columnId, Variable value) {
        values.put(columnId, value);
    }

    public long number(int columnId) {
        return values.get(columnId).toLong();
    }

    public int integer(int columnId) {
        return (int) values.get(columnId).toLong();
    }

    public byte[] octets(int columnId) {
        return ((OctetString) values.get(columnId)).getValue();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
