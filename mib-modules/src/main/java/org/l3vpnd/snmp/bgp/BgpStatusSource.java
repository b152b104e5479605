package org.l3vpnd.snmp.bgp;

import java.util.Optional;

import org.l3vpnd.engine.net.IpAddress;

/**
 * What the BGP MIBs need of the running BGP speaker: the live state of a configured peer, and word
 * of session transitions for the notifications. The wiring adapts the engine's speaker to it; tests
 * use a fake. Keeping it this small keeps the MIB independent of how the session layer is built.
 *
 * <p>Implementations are thread-safe and never block: {@link #peer} is called from SNMP worker
 * threads once per cell read.
 */
public interface BgpStatusSource {

    /**
     * The state of the peer configured as ({@code vrf}, {@code address}), where {@code vrf} is ""
     * for the provider table; empty when the speaker has no state for it (the peer is not in
     * service, or the speaker has not taken up the configuration yet). The MIB shows such a peer
     * as {@link BgpPeerStatus#NO_SESSION}.
     */
    Optional<BgpPeerStatus> peer(String vrf, IpAddress address);

    /** Registers a listener for FSM transitions of every peer. */
    void addTransitionListener(TransitionListener listener);

    /**
     * Called by the speaker, on its own thread, right after a peer's FSM changed state. Listeners
     * only build and hand off notifications; they do not block.
     */
    interface TransitionListener {

        /** The session entered established; {@code status} is the peer's state after the transition. */
        void established(String vrf, IpAddress address, BgpPeerStatus status);

        /**
         * The FSM moved from a higher to a lower numbered state (RFC 4271 section 8, BGP4-MIB
         * numbering); {@code status.fsmState()} is the new state and {@code status.lastError*()}
         * tell why.
         */
        void backwardTransition(String vrf, IpAddress address, BgpPeerStatus status);
    }
}
