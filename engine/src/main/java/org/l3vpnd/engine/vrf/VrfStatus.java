package org.l3vpnd.engine.vrf;

import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.rib.VrfRib;

/**
 * The live state of one VRF as management reads it. Thread-safe: written by the engine loop only,
 * read by any thread without locks. Each getter returns the latest value; two getters may see two
 * different moments, as two SNMP varbinds may. Times are {@link org.l3vpnd.engine.loop.EngineClock}
 * milliseconds; the SNMP layer turns them into TimeStamp values.
 */
public final class VrfStatus {

    /** The discontinuity times when the counters have run unbroken since the manager started (TimeStamp 0). */
    public static final long NEVER = Long.MIN_VALUE;

    private final String name;
    private final VrfRib rib;
    private final long createdAtMillis;
    private final long discontinuityAtMillis;
    private final long secDiscontinuityAtMillis;
    private volatile Vrf config;
    private volatile boolean operUp;
    private volatile int activeInterfaces;
    private volatile int associatedInterfaces;
    private volatile long lastChangedMillis;
    private volatile long routesDropped;
    private volatile long illegalLabelViolations;

    VrfStatus(Vrf config, VrfRib rib, long createdAtMillis, long discontinuityAtMillis) {
        this.name = config.name();
        this.config = config;
        this.rib = rib;
        this.createdAtMillis = createdAtMillis;
        this.lastChangedMillis = createdAtMillis;
        this.discontinuityAtMillis = discontinuityAtMillis;
        this.secDiscontinuityAtMillis = discontinuityAtMillis;
    }

    public String name() {
        return name;
    }

    /** The VRF's configuration as the engine last applied it. */
    public Vrf config() {
        return config;
    }

    /** mplsL3VpnVrfOperStatus: in service, admin up, and at least one bound interface up. */
    public boolean operUp() {
        return operUp;
    }

    /** mplsL3VpnVrfActiveInterfaces: bound interfaces whose ifOperStatus is up. */
    public int activeInterfaces() {
        return activeInterfaces;
    }

    /** mplsL3VpnVrfAssociatedInterfaces: bound interfaces. */
    public int associatedInterfaces() {
        return associatedInterfaces;
    }

    /** mplsL3VpnVrfCreationTime. */
    public long createdAtMillis() {
        return createdAtMillis;
    }

    /** mplsL3VpnVrfConfLastChanged: the last change of the VRF's row, or a binding or unbinding. */
    public long lastChangedMillis() {
        return lastChangedMillis;
    }

    /** mplsL3VpnVrfPerfRoutesAdded. */
    public long routesAdded() {
        return rib.routesAdded();
    }

    /** mplsL3VpnVrfPerfRoutesDeleted. */
    public long routesDeleted() {
        return rib.routesDeleted();
    }

    /** mplsL3VpnVrfPerfCurrNumRoutes. */
    public int currentRoutes() {
        return rib.size();
    }

    /** mplsL3VpnVrfPerfRoutesDropped: routes refused because the VRF was at its limit. */
    public long routesDropped() {
        return routesDropped;
    }

    /** mplsL3VpnVrfPerfDiscTime: {@link #NEVER}, or the creation time of a VRF made after start. */
    public long discontinuityAtMillis() {
        return discontinuityAtMillis;
    }

    /** mplsL3VpnVrfSecIllegalLblVltns. */
    public long illegalLabelViolations() {
        return illegalLabelViolations;
    }

    /** mplsL3VpnVrfSecDiscontinuityTime: as {@link #discontinuityAtMillis()}. */
    public long secDiscontinuityAtMillis() {
        return secDiscontinuityAtMillis;
    }

    /** The VRF's installed routes (mplsL3VpnVrfRteTable rows of this VRF). */
    public VrfRib rib() {
        return rib;
    }

    // --- engine loop only -----------------------------------------------------------------

    void config(Vrf config) {
        this.config = config;
    }

    void operUp(boolean up) {
        this.operUp = up;
    }

    void interfaces(int active, int associated) {
        this.activeInterfaces = active;
        this.associatedInterfaces = associated;
    }

    void changed(long nowMillis) {
        this.lastChangedMillis = nowMillis;
    }

    void dropped() {
        routesDropped = routesDropped + 1;
    }

    long illegalLabel() {
        long n = illegalLabelViolations + 1;
        illegalLabelViolations = n;
        return n;
    }

    @Override
    public String toString() {
        return "VrfStatus[" + name + (operUp ? " up" : " down") + " routes=" + rib.size() + "]";
    }
}
