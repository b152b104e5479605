package org.l3vpnd.engine.bgp.session;

/**
 * Told of the transitions that BGP4-MIB notifies (RFC 4273): entering Established and every move
 * to a lower-numbered state. Called on the engine loop; an implementation hands the work off
 * (e.g. to the SNMP notification sender) and returns at once.
 */
public interface PeerStateListener {
    /** bgpEstablishedNotification. */
    default void established(PeerStatus status) {
    }

    /**
     * bgpBackwardTransNotification; {@code status.state()} is the new, lower state. Every such
     * move is reported, Active → Connect at each ConnectRetry included; the SNMP layer filters
     * if it wants only departures from Established.
     */
    default void backwardTransition(PeerStatus status, FsmState previous) {
    }
}
