package org.l3vpnd.snmp.ifmib;

import org.snmp4j.agent.ManagedObject;
import org.snmp4j.agent.MOQuery;
import org.snmp4j.agent.MOScope;
import org.snmp4j.agent.request.Request;
import org.snmp4j.agent.request.RequestStatus;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.agent.request.SubRequestIterator;
import org.snmp4j.smi.VariableBinding;

/**
 * One SET varbind outside any request, for driving a column's 2PC methods by hand: SNMP4J-Agent's
 * own SET handler cannot be made to reach undo (see {@link IfMibWriteTest}).
 */
final class LoneSubRequest implements SubRequest<LoneSubRequest> {

    private final VariableBinding vb;
    private final RequestStatus status = new RequestStatus();
    private Object undoValue;
    private Object userObject;

    LoneSubRequest(VariableBinding vb) {
        this.vb = vb;
    }

    @Override
    public boolean hasError() {
        return status.getErrorStatus() != 0;
    }

    @Override
    public void setErrorStatus(int errorStatus) {
        status.setErrorStatus(errorStatus);
    }

    @Override
    public int getErrorStatus() {
        return status.getErrorStatus();
    }

    @Override
    public RequestStatus getStatus() {
        return status;
    }

    @Override
    public MOScope getScope() {
        return null;
    }

    @Override
    public VariableBinding getVariableBinding() {
        return vb;
    }

    @Override
    public Request<?, ?, ?> getRequest() {
        return null;
    }

    @Override
    public Object getUndoValue() {
        return undoValue;
    }

    @Override
    public void setUndoValue(Object undoInformation) {
        this.undoValue = undoInformation;
    }

    @Override
    public void completed() {
        status.setPhaseComplete(true);
    }

    @Override
    public boolean isComplete() {
        return status.isPhaseComplete();
    }

    @Override
    public void setTargetMO(ManagedObject<? super LoneSubRequest> managedObject) {
    }

    @Override
    public ManagedObject<? super LoneSubRequest> getTargetMO() {
        return null;
    }

    @Override
    public int getIndex() {
        return 0;
    }

    @Override
    public void setQuery(MOQuery query) {
    }

    @Override
    public MOQuery getQuery() {
        return null;
    }

    @Override
    public SubRequestIterator<LoneSubRequest> repetitions() {
        throw new UnsupportedOperationException("not a GETBULK");
    }

    @Override
    public void updateNextRepetition() {
    }

    @Override
    public Object getUserObject() {
        return userObject;
    }

    @Override
    public void setUserObject(Object userObject) {
        this.userObject = userObject;
    }
}
