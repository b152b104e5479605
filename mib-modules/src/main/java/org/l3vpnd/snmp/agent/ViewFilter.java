package org.l3vpnd.snmp.agent;

import java.util.Arrays;
import java.util.function.Function;

import org.snmp4j.agent.DefaultMOContextScope;
import org.snmp4j.agent.DefaultMOQuery;
import org.snmp4j.agent.MOServer;
import org.snmp4j.agent.ManagedObject;
import org.snmp4j.agent.mo.DefaultMOMutableTableModel;
import org.snmp4j.agent.mo.MOTable;
import org.snmp4j.agent.mo.MOTableRow;
import org.snmp4j.agent.mo.snmp.VacmMIB;
import org.snmp4j.agent.security.VACM;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;

/**
 * "Is this OID in the request's view?", asked of the VACM once per distinct OID prefix that can
 * decide it rather than once per varbind.
 *
 * <p>Why it gives the VACM's own answers: by RFC 3415 (and {@link VacmMIB#isAccessAllowed}), an
 * OID is in a view according to the view's family with the longest (then greatest) subtree that
 * it matches, and a family of subtree length {@code n} matches an OID of at least {@code n}
 * sub-identifiers by its first {@code n} sub-identifiers alone (the mask only selects which of
 * those count). So if no family of the view is longer than {@code depth}, two OIDs of at least
 * {@code depth} sub-identifiers that agree on the first {@code depth} get the same answer. The
 * view's families are read from vacmViewTreeFamilyTable when the filter is made, once per request
 * (a few rows); the VACM is then asked again only when that prefix changes, which in a walk is
 * about once per request (the appliance's view "all" is the one family 1.3). A view changed by a
 * concurrent SET applies from the next request on, as if the request had read the view first.
 *
 * <p>Not thread-safe: one per request, used by the thread that processes it.
 */
final class ViewFilter implements Function<OID, Boolean> {

    private final VACM vacm;
    private final OctetString view;
    /** No family of the view is longer than this; -1 when unknown (then every OID is asked). */
    private final int depth;
    private int[] lastPrefix;
    private boolean lastAllowed;

    private ViewFilter(VACM vacm, OctetString view, int depth) {
        this.vacm = vacm;
        this.view = view;
        this.depth = depth;
    }

    /**
     * The filter of {@code view}; memoizing when {@code vacm} is the VACM-MIB whose
     * vacmViewTreeFamilyTable rows are {@code families} (see {@link #families}), else asking for
     * every OID.
     */
    static ViewFilter of(VACM vacm, OctetString view, DefaultMOMutableTableModel<?> families) {
        return new ViewFilter(vacm, view,
                vacm instanceof VacmMIB && families != null ? longestSubtree(families, view) : -1);
    }

    @Override
    public Boolean apply(OID oid) {
        if (depth < 0 || oid.size() < depth) {
            return vacm.isAccessAllowed(view, oid) == VACM.VACM_OK;
        }
        int[] s = oid.getValue();
        if (lastPrefix != null && Arrays.equals(s, 0, depth, lastPrefix, 0, depth)) {
            return lastAllowed;
        }
        boolean allowed = vacm.isAccessAllowed(view, oid) == VACM.VACM_OK;
        lastPrefix = Arrays.copyOf(s, depth);
        lastAllowed = allowed;
        return allowed;
    }

    /** The rows of the vacmViewTreeFamilyTable registered in {@code server}, or {@code null}. */
    static DefaultMOMutableTableModel<?> families(MOServer server) {
        OID entry = VacmMIB.vacmViewTreeFamilyEntryOID;
        ManagedObject<?> mo = server.lookup(new DefaultMOQuery(
                new DefaultMOContextScope(null, entry, false, entry.nextPeer(), false)));
        if (mo instanceof MOTable<?, ?, ?> table && entry.equals(table.getOID())
                && table.getModel() instanceof DefaultMOMutableTableModel<?> rows) {
            return rows;
        }
        return null;
    }

    /**
     * The length of the longest subtree among the view's families (index: view name, then
     * subtree, both length-prefixed), whatever their status.
     */
    private static int longestSubtree(DefaultMOMutableTableModel<?> families, OctetString view) {
        OID prefix = view.toSubIndex(false);
        int longest = 0;
        for (MOTableRow row : families.getRows(prefix, prefix.nextPeer())) {
            OID index = row.getIndex();
            if (index.size() > prefix.size()) {
                longest = Math.max(longest, index.get(prefix.size()));
            }
        }
        return longest;
    }
}
