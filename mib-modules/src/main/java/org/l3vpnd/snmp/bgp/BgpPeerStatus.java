package org.l3vpnd.snmp.bgp;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;

/**
 * A snapshot of one peer's session state, as the MIBs report it. Times are on the engine's clock
 * ({@link org.l3vpnd.engine.loop.EngineClock}), {@link #NEVER} when the event has not happened;
 * counters are 64-bit and wrap to Counter32 in the MIB. Immutable.
 *
 * @param fsmState                 RFC 4271 FSM state in BGP4-MIB numbering, {@link #IDLE} to
 *                                 {@link #ESTABLISHED}
 * @param establishedChangeMillis  when the session last entered or left established, or NEVER
 * @param establishedTransitions   how often it entered established since the counters started
 * @param negotiatedHoldTime       seconds agreed in the OPEN exchange, 0 before it or when disabled
 *                                 (each MIB then shows it in the states its text names)
 * @param negotiatedKeepalive      seconds in use, 0 before the OPEN exchange or when disabled
 * @param remoteIdentifier         the peer's BGP Identifier from its OPEN (IPv4 as an int), 0 = none
 * @param negotiatedFamilies       families both sides advertised; empty when not established
 * @param negotiatedCapabilities   other capabilities both sides advertised
 * @param lastErrorCode            code of the last NOTIFICATION sent or received, 0 = none
 * @param lastErrorSubcode         its subcode
 * @param lastErrorText            a readable account of the last error, "" = none
 * @param inMessages               messages of any type received
 * @param outMessages              messages of any type sent
 * @param inUpdates                UPDATE messages received
 * @param outUpdates               UPDATE messages sent
 * @param lastUpdateReceivedMillis when the last UPDATE arrived, or NEVER
 * @param countersStartMillis      when the counters last started from zero, or NEVER (before start)
 * @param localAddress             local address of the current TCP connection, {@code null} without one
 * @param localPort                its local port, 0 without one
 * @param remotePort               its remote port, 0 without one
 * @param families                 per-family counters and graceful-restart state; a family of the
 *                                 peer's configuration that is missing here reads as zeros
 */
public record BgpPeerStatus(int fsmState, long establishedChangeMillis, long establishedTransitions,
                            int negotiatedHoldTime, int negotiatedKeepalive, int remoteIdentifier,
                            Set<AfiSafi> negotiatedFamilies, Set<Capability> negotiatedCapabilities,
                            int lastErrorCode, int lastErrorSubcode, String lastErrorText,
                            long inMessages, long outMessages, long inUpdates, long outUpdates,
                            long lastUpdateReceivedMillis, long countersStartMillis,
                            IpAddress localAddress, int localPort, int remotePort,
                            Map<AfiSafi, FamilyStatus> families) {

    public static final long NEVER = Long.MIN_VALUE;

    /** FSM states, numbered as bgpPeerState and l3vpndBgpPeerFsmState. */
    public static final int IDLE = 1;
    public static final int CONNECT = 2;
    public static final int ACTIVE = 3;
    public static final int OPEN_SENT = 4;
    public static final int OPEN_CONFIRM = 5;
    public static final int ESTABLISHED = 6;

    /** A peer without a session: what the MIB shows when the speaker has no state for it. */
    public static final BgpPeerStatus NO_SESSION = new BgpPeerStatus(IDLE, NEVER, 0, 0, 0, 0, Set.of(), Set.of(),
            0, 0, "", 0, 0, 0, 0, NEVER, NEVER, null, 0, 0, Map.of());

    public BgpPeerStatus {
        if (fsmState < IDLE || fsmState > ESTABLISHED) {
            throw new IllegalArgumentException("FSM state " + fsmState + " is not 1 to 6");
        }
        negotiatedFamilies = Set.copyOf(negotiatedFamilies);
        negotiatedCapabilities = Set.copyOf(negotiatedCapabilities);
        Objects.requireNonNull(lastErrorText, "lastErrorText");
        families = Map.copyOf(families);
    }

    public boolean established() {
        return fsmState == ESTABLISHED;
    }

    /** Capabilities other than the families, in their l3vpndBgpPeerNegCaps bit positions. */
    public enum Capability {
        ROUTE_REFRESH(6), FOUR_OCTET_AS(7), GRACEFUL_RESTART(8), EXTENDED_NEXT_HOP(9);

        private final int bit;

        Capability(int bit) {
            this.bit = bit;
        }

        int bit() {
            return bit;
        }
    }

    /** Graceful Restart state of a family, as l3vpndBgpPeerFamGrState. */
    public enum GrState {
        NOT_NEGOTIATED(1), NEGOTIATED(2), PEER_RESTARTING(3), LOCAL_RESTARTING(4);

        private final int code;

        GrState(int code) {
            this.code = code;
        }

        int code() {
            return code;
        }
    }

    /**
     * One family of a peer.
     *
     * @param prefixesReceived   prefixes held from the peer before import policy
     * @param prefixesAccepted   prefixes that passed import processing
     * @param prefixesAdvertised prefixes currently advertised to the peer
     */
    public record FamilyStatus(long prefixesReceived, long prefixesAccepted, long prefixesAdvertised,
                               GrState grState) {
        public static final FamilyStatus NONE = new FamilyStatus(0, 0, 0, GrState.NOT_NEGOTIATED);

        public FamilyStatus {
            Objects.requireNonNull(grState, "grState");
        }
    }
}
