package org.l3vpnd.snmp.ifmib;

import org.snmp4j.agent.mo.MOAccessImpl;
import org.snmp4j.agent.mo.MOColumn;
import org.snmp4j.agent.mo.MOTableRow;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.smi.Variable;

/**
 * A read-only column of an interface table. Exists to hand the request to the row, so that counter
 * cells share one kernel read per interface per request (see {@link RequestCounters}). Stateless;
 * thread-safe.
 */
final class ComputedColumn extends MOColumn<Variable> {

    private final RequestCounters counters;

    ComputedColumn(int columnId, int syntax, RequestCounters counters) {
        super(columnId, syntax, MOAccessImpl.ACCESS_READ_ONLY);
        this.counters = counters;
    }

    @Override
    public Variable getValue(MOTableRow row, int column, SubRequest<?> subRequest) {
        InterfaceRow r = (InterfaceRow) row;
        return r.value(column, () -> counters.of(subRequest, r.iface().ifIndex()));
    }
}
