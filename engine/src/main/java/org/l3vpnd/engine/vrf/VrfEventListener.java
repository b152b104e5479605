package org.l3vpnd.engine.vrf;

/**
 * Events behind the MPLS-L3VPN-STD-MIB notifications. Called on the engine loop thread, in the
 * order the events happened; implementations must hand the work off at once (queue a notification
 * for the SNMP layer) and never block or call back into the engine synchronously. Whether a
 * notification is actually sent (mplsL3VpnNotificationEnable, targets) is the listener's business.
 */
public interface VrfEventListener {

    /**
     * mplsL3VpnVrfUp: the VRF's operational status went to up.
     *
     * @param causeIfIndex the bound interface whose change caused it (it coming up or being
     *                     bound); for a VRF put back in service or admin up, its lowest active
     *                     interface
     */
    default void vrfUp(String vrf, int causeIfIndex) {
    }

    /**
     * mplsL3VpnVrfDown: the VRF's operational status went to down.
     *
     * @param causeIfIndex the interface that went down or was unbound; for a VRF taken out of
     *                     service, set admin down or deleted, its lowest active interface
     */
    default void vrfDown(String vrf, int causeIfIndex) {
    }

    /** mplsL3VpnVrfRouteMidThreshExceeded: sent once until the count falls below the threshold again. */
    default void midThresholdExceeded(String vrf, long currentRoutes, long threshold) {
    }

    /**
     * mplsL3VpnVrfNumVrfRouteMaxThreshExceeded: the count exceeds, or tried to exceed, the high
     * threshold (reaching it is enough when it equals the route limit). Re-issued for further
     * attempts no sooner than the L3VPN_MAX_THRESH_TIME setting allows; with 0, once until the
     * count falls below again.
     */
    default void highThresholdExceeded(String vrf, long currentRoutes, long threshold) {
    }

    /** mplsL3VpnNumVrfRouteMaxThreshCleared: the count fell below the high threshold after an exceeded event. */
    default void highThresholdCleared(String vrf, long currentRoutes, long threshold) {
    }

    /**
     * mplsL3VpnNumVrfSecIllglLblThrshExcd: the VRF's illegal-label count just went above the
     * L3VPN_ILLEGAL_LABEL_THRESHOLD setting.
     */
    default void illegalLabelThresholdExceeded(String vrf, long violations) {
    }
}
