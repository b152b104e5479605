package org.l3vpnd.engine.bgp.session;

/** RFC 4271 section 8 session states, numbered as BGP4-MIB bgpPeerState (RFC 4273). */
public enum FsmState {
    IDLE(1), CONNECT(2), ACTIVE(3), OPENSENT(4), OPENCONFIRM(5), ESTABLISHED(6);

    private final int mibValue;

    FsmState(int mibValue) {
        this.mibValue = mibValue;
    }

    /** The bgpPeerState value. */
    public int mibValue() {
        return mibValue;
    }

    /** A move to a lower-numbered state: what bgpBackwardTransNotification reports. */
    public boolean isBackwardFrom(FsmState previous) {
        return mibValue < previous.mibValue;
    }
}
