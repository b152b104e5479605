package org.l3vpnd.snmp.agent;

import java.util.Iterator;
import java.util.NoSuchElementException;

import org.snmp4j.PDU;
import org.snmp4j.SNMP4JSettings;
import org.snmp4j.agent.CommandProcessor;
import org.snmp4j.agent.DefaultMOContextScope;
import org.snmp4j.agent.ManagedObject;
import org.snmp4j.agent.MOQuery;
import org.snmp4j.agent.MOQueryWithSource;
import org.snmp4j.agent.MOServer;
import org.snmp4j.agent.MOServerLookupEvent;
import org.snmp4j.agent.RequestHandler;
import org.snmp4j.agent.mo.DefaultMOMutableTableModel;
import org.snmp4j.agent.mo.GenericManagedObject;
import org.snmp4j.agent.mo.lock.LockRequest;
import org.snmp4j.agent.mo.snmp.VacmMIB;
import org.snmp4j.agent.request.Request;
import org.snmp4j.agent.request.SnmpRequest;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.agent.security.VACM;
import org.snmp4j.mp.MPv1;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.SMIConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GETBULK, answered exactly as SNMP4J-Agent's own handler answers it (same repetition, size,
 * VACM, lock and error rules, so the same varbinds), at a fraction of its cost:
 * <ul>
 *   <li>SNMP4J-Agent asks the response for its whole encoded length before appending each varbind,
 *       and again while releasing and sending it, which measured every varbind each time: O(n^2)
 *       per response. The request's PDU is replaced, before SNMP4J-Agent clones the response from
 *       it, by a copy that remembers varbind lengths ({@link LengthCachingPdus}), and the varbinds
 *       of completed sub-requests are settled so that they are not even looked at again.</li>
 *   <li>The object that answered a column's previous repetition is asked directly for the next
 *       one when it allows it ({@link BulkReusableObject}), instead of a lookup in the MOServer
 *       per varbind.</li>
 *   <li>VACM views are asked once per OID prefix that decides them ({@link ViewFilter}), not
 *       once per varbind.</li>
 * </ul>
 * Only GETBULK is replaced; GET, GETNEXT and SET stay with SNMP4J-Agent's handlers.
 *
 * <p>Install with {@link #install(CommandProcessor)} before the agent serves requests.
 * Thread-safe: holds no request state.
 */
public final class BulkRequestHandler implements RequestHandler<SnmpRequest> {

    private static final Logger LOG = LoggerFactory.getLogger(BulkRequestHandler.class);

    private final CommandProcessor processor;
    /** The VACM-MIB's vacmViewTreeFamilyTable rows, found in the server at the first request. */
    private volatile DefaultMOMutableTableModel<?> viewFamilies;

    private BulkRequestHandler(CommandProcessor processor) {
        this.processor = processor;
    }

    /**
     * Replaces the processor's GETBULK handler with this one. The processor keeps its handlers in
     * a list without an accessor; {@link CommandProcessor#removePduHandler} removes the first
     * handler that its argument equals (the {@link java.util.List#remove(Object)} contract), so a
     * probe that equals any handler of GETBULK removes SNMP4J-Agent's.
     */
    public static BulkRequestHandler install(CommandProcessor processor) {
        processor.removePduHandler(new HandlerProbe(PDU.GETBULK));
        BulkRequestHandler handler = new BulkRequestHandler(processor);
        processor.addPduHandler(handler);
        return handler;
    }

    @Override
    public boolean isSupported(int pduType) {
        return pduType == PDU.GETBULK;
    }

    @Override
    public void processPdu(SnmpRequest request, MOServer server) {
        PDU pdu = request.getSource().getPDU();
        if (!LengthCachingPdus.isLengthCaching(pdu)) {
            // Before anything creates the response: SNMP4J-Agent clones it from this PDU.
            request.getSource().setPDU(LengthCachingPdus.copyOf(pdu));
        }
        if (request.getPhase() == Request.PHASE_INIT) {
            request.nextPhase();
        }
        OctetString context = request.getContext();
        int nonRepeaters = request.getNonRepeaters();
        VACM vacm = processor.getVacm();
        ViewFilter inView = ViewFilter.of(vacm, request.getViewName(),
                vacm instanceof VacmMIB ? viewFamilies(server) : null);
        // In the first pass, no later repetition exists yet when a sub-request is processed (the
        // iterator appends them one by one), so SNMP4J-Agent's updateNextRepetition would only
        // clear the sub-request's query; only a reprocessed request needs it.
        boolean firstPass = request.getReprocessCounter() == 0;
        // The response, whose completed varbinds are settled (see VarbindLengths) in the first
        // pass. Getting it then changes nothing: its error fields are 0 until an error occurs.
        PDU response = firstPass && request.getErrorStatus() == PDU.noError ? request.getResponse() : null;
        int settled = 0;
        try {
            Iterator<SnmpRequest.SnmpSubRequest> it = request.iterator();
            int i = 0;
            for (; i < nonRepeaters && it.hasNext(); i++) {
                SnmpRequest.SnmpSubRequest sreq = it.next();
                if (!sreq.isComplete()) {
                    processNext(request, server, context, sreq, inView, null);
                }
                settled = settle(response, sreq, settled);
            }
            if (request.getMaxRepetitions() > 0) {
                // Per repeated column: the object that answered its previous repetition.
                ManagedObject<?>[] answered = new ManagedObject<?>[Math.max(request.getRepeaterCount(), 1)];
                for (int column = 0; it.hasNext(); column = (column + 1) % answered.length) {
                    SnmpRequest.SnmpSubRequest sreq = it.next();
                    if (!sreq.isComplete()) {
                        answered[column] = processNext(request, server, context, sreq, inView, answered[column]);
                        if (firstPass) {
                            sreq.setQuery(null);
                        } else {
                            sreq.updateNextRepetition();
                        }
                    }
                    settled = settle(response, sreq, settled);
                }
            } else {
                while (it.hasNext()) {
                    it.next().completed();
                }
            }
        } catch (NoSuchElementException e) {
            LOG.debug("GETBULK response size limit reached");
        }
    }

    /** The VACM-MIB's view families, looked up once they are registered. */
    private DefaultMOMutableTableModel<?> viewFamilies(MOServer server) {
        DefaultMOMutableTableModel<?> families = viewFamilies;
        if (families == null) {
            families = ViewFilter.families(server);
            viewFamilies = families;
        }
        return families;
    }

    /**
     * Settles the response's varbinds up to and including {@code sreq}'s if all before it are
     * settled and it is complete: nothing changes a completed sub-request's varbind in the first
     * pass, and a later pass only reprocesses incomplete ones and their later repetitions.
     *
     * @return how many leading varbinds are settled now
     */
    private static int settle(PDU response, SubRequest<?> sreq, int settled) {
        if (response != null && sreq.getIndex() == settled && sreq.isComplete()) {
            LengthCachingPdus.settle(response, settled + 1);
            return settled + 1;
        }
        return settled;
    }

    /**
     * One GETNEXT step of a sub-request: SNMP4J-Agent's {@code processNextSubRequest}, except that
     * {@code previous}, the object that answered the previous repetition of the same column, is
     * asked first when it is a {@link BulkReusableObject}: if it has a next cell in view, a lookup
     * would find it again (every object before it in the registry had no next cell in view after
     * an even lower bound), so the lookup is skipped.
     *
     * @return the object that answered, if another repetition may ask it directly, else {@code null}
     */
    private ManagedObject<?> processNext(SnmpRequest request, MOServer server, OctetString context,
                                         SubRequest<?> sreq, ViewFilter inView, ManagedObject<?> previous) {
        DefaultMOContextScope scope = (DefaultMOContextScope) sreq.getScope();
        MOQuery query = sreq.getQuery();
        if (query == null) {
            query = new ViewQuery(context, scope.getLowerBound(), scope.isLowerIncluded(), scope.getUpperBound(),
                    scope.isUpperIncluded(), inView, request);
            sreq.setQuery(query);
        }
        // Made on the first lookup only: a walk mostly asks the previous object directly.
        LockRequest lockRequest = null;
        MOServerLookupEvent lookupEvent = null;
        ManagedObject<?> answered = null;
        while (!sreq.getStatus().isProcessed()) {
            ManagedObject<SubRequest<?>> mo;
            boolean direct = previous instanceof BulkReusableObject && previous instanceof GenericManagedObject
                    && query.matchesQuery(previous);
            if (direct) {
                @SuppressWarnings("unchecked")
                ManagedObject<SubRequest<?>> reused = (ManagedObject<SubRequest<?>>) previous;
                mo = reused;
            } else {
                if (lockRequest == null) {
                    lockRequest = new LockRequest(request, processor.getRequestList().getTimeout());
                    lookupEvent = new MOServerLookupEvent(processor, null, query,
                            MOServerLookupEvent.IntendedUse.getNext, true);
                }
                @SuppressWarnings("unchecked")
                ManagedObject<SubRequest<?>> found = server.lookup(query, lockRequest, lookupEvent,
                        GenericManagedObject.class);
                mo = found;
            }
            previous = null;
            if (mo == null) {
                sreq.getVariableBinding().setVariable(Null.endOfMibView);
                sreq.getStatus().setPhaseComplete(true);
                continue;
            }
            try {
                boolean counter64Skip = false;
                answered = mo;
                if (!mo.next(sreq, inView)
                        || (counter64Skip = request.getMessageProcessingModel() == MPv1.ID
                        && sreq.getVariableBinding().getSyntax() == SMIConstants.SYNTAX_COUNTER64)) {
                    sreq.getVariableBinding().setVariable(Null.instance);
                    if (counter64Skip) {
                        scope.setLowerBound(sreq.getVariableBinding().getOid());
                        scope.setLowerIncluded(false);
                        sreq.getStatus().setProcessed(false);
                    } else {
                        scope.subtractScope(mo.getScope());
                        query.subtractScope(mo.getScope());
                    }
                    answered = null;
                }
            } catch (Exception e) {
                answered = null;
                LOG.error("GETBULK sub-request {} failed: {}", sreq.getIndex(), e.toString(), e);
                if (sreq.getStatus().getErrorStatus() == PDU.noError) {
                    sreq.getStatus().setErrorStatus(PDU.genErr);
                }
                if (SNMP4JSettings.isForwardRuntimeExceptions()) {
                    throw new RuntimeException(e);
                }
            } finally {
                if (!direct) {
                    switch (lockRequest.getLockRequestStatus()) {
                        case locked, lockedAfterTimeout -> server.unlock(lockRequest.getLockOwner(), mo);
                        default -> {
                        }
                    }
                }
            }
        }
        return answered instanceof BulkReusableObject ? answered : null;
    }

    /** SNMP4J-Agent's read query with VACM filtering (its own class is not public). */
    private static final class ViewQuery extends MOQueryWithSource {
        private final ViewFilter inView;

        ViewQuery(OctetString context, OID lower, boolean lowerIncluded, OID upper, boolean upperIncluded,
                  ViewFilter inView, SnmpRequest source) {
            super(new DefaultMOContextScope(context, lower, lowerIncluded, upper, upperIncluded), false, source);
            this.inView = inView;
        }

        private boolean isSearchQuery() {
            OID upper = getScope().getUpperBound();
            return !getScope().isLowerIncluded() && (upper == null || !upper.equals(getScope().getLowerBound()));
        }

        @Override
        public boolean matchesQuery(ManagedObject<?> managedObject) {
            if (isSearchQuery()) {
                return managedObject.find(this, inView) != null;
            }
            return inView.apply(getScope().getLowerBound());
        }
    }

    /** Equals the handlers of a PDU type; see {@link #install}. Handles nothing itself. */
    private static final class HandlerProbe implements RequestHandler<SnmpRequest> {
        private final int pduType;

        HandlerProbe(int pduType) {
            this.pduType = pduType;
        }

        @Override
        public boolean isSupported(int type) {
            return false;
        }

        @Override
        public void processPdu(SnmpRequest request, MOServer server) {
            throw new UnsupportedOperationException("a probe, never installed");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RequestHandler<?> h && h.isSupported(pduType);
        }

        @Override
        public int hashCode() {
            return pduType;
        }
    }
}
