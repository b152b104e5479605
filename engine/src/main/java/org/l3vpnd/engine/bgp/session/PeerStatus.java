package org.l3vpnd.engine.bgp.session;

import java.util.List;
import java.util.Set;
import org.l3vpnd.engine.bgp.wire.BgpCapability;
import org.l3vpnd.engine.bgp.wire.NegotiatedCapabilities;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;

/**
 * A snapshot of one peer for management (BGP4-MIB bgpPeerTable and the extension MIB). Immutable
 * and thread-safe; times are on the engine clock ({@link org.l3vpnd.engine.loop.EngineClock}).
 *
 * @param localAddress           address of the current connection, else the configured source
 *                               address, else null
 * @param localPort              port of the current connection, else the configured one (0 = any)
 * @param remotePort             port of the current connection, else the configured one
 * @param configuredAs           the remote AS from configuration
 * @param establishedTransitions times the peer entered Established (bgpPeerFsmEstablishedTransitions)
 * @param establishedChangeMillis engine time the peer last entered or left Established, -1 if never
 *                               (bgpPeerFsmEstablishedTime counts from it)
 * @param holdTime               negotiated hold time in seconds, 0 unless OpenConfirm or Established
 * @param keepalive              keepalive interval in use, 0 likewise
 * @param remoteAs               the AS of the peer's last accepted OPEN, 0 if none
 * @param remoteRouterId         the peer's BGP identifier from its last accepted OPEN, 0 if none
 * @param negotiatedVersion      4 once an OPEN was accepted, else 0
 * @param capabilities           what was negotiated, null unless Established
 * @param lastErrorCode          code of the last NOTIFICATION sent or received, 0 if none
 * @param lastErrorText          why the session last went down, for people; "" if never
 * @param lastUpdateInMillis     engine time of the last UPDATE received, -1 if none
 */
public record PeerStatus(String vrf, IpAddress remoteAddress, int remotePort, IpAddress localAddress, int localPort,
                         long configuredAs, boolean adminUp, FsmState state, long establishedTransitions,
                         long establishedChangeMillis, int holdTime, int keepalive, int configuredHoldTime,
                         int configuredKeepalive, int connectRetry, long remoteAs, int remoteRouterId,
                         int negotiatedVersion, NegotiatedCapabilities capabilities,
                         List<BgpCapability> sentCapabilities, List<BgpCapability> receivedCapabilities,
                         int lastErrorCode, int lastErrorSubcode, String lastErrorText, long inMessages,
                         long outMessages, long inUpdates, long outUpdates, long lastUpdateInMillis) {
    public PeerStatus {
        sentCapabilities = List.copyOf(sentCapabilities);
        receivedCapabilities = List.copyOf(receivedCapabilities);
    }

    /** The negotiated families; empty unless Established. */
    public Set<AfiSafi> families() {
        return capabilities == null ? Set.of() : capabilities.families();
    }

    public boolean established() {
        return state == FsmState.ESTABLISHED;
    }

    /** Whether the peer advertised {@code code} (a {@link BgpCapability} constant) in its last OPEN. */
    public boolean peerAdvertised(int code) {
        return receivedCapabilities.stream().anyMatch(c -> c.code() == code);
    }
}
