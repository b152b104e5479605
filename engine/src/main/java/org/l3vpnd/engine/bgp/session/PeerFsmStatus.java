package org.l3vpnd.engine.bgp.session;

import java.net.InetSocketAddress;
import java.util.List;
import org.l3vpnd.engine.bgp.wire.BgpCapability;
import org.l3vpnd.engine.bgp.wire.BgpNotification;
import org.l3vpnd.engine.bgp.wire.BgpOpen;
import org.l3vpnd.engine.bgp.wire.NegotiatedCapabilities;
import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.net.IpAddress;

/**
 * The management-visible history of one peer (transitions, last error, last OPEN) and the
 * building of its {@link PeerStatus} snapshots. Engine loop only.
 */
final class PeerFsmStatus {
    long establishedTransitions;
    long establishedAtMillis;
    long establishedChangeMillis = -1;
    BgpNotification lastError;
    String lastErrorText = "";
    /** The peer's last accepted OPEN. */
    BgpOpen lastOpen;

    /** {@code current}: the Established connection, else one in the OPEN exchange, else null. */
    PeerStatus snapshot(BgpPeer config, SpeakerSettings settings, FsmState state, Connection current) {
        InetSocketAddress local = current == null ? null : current.localSocket();
        InetSocketAddress remote = current == null ? null : current.remoteSocket();
        IpAddress localAddress = local != null ? Transport.ip(local) : config.localAddress();
        int localPort = local != null ? local.getPort() : config.localPort();
        int remotePort = remote != null ? remote.getPort()
                : config.remotePort() > 0 ? config.remotePort() : Transport.BGP_PORT;
        boolean confirmed = current != null && (current.phase() == Connection.Phase.OPEN_CONFIRM
                || current.phase() == Connection.Phase.ESTABLISHED);
        NegotiatedCapabilities caps = state == FsmState.ESTABLISHED ? current.capabilities() : null;
        List<BgpCapability> sent = current != null && current.sentOpen() != null
                ? current.sentOpen().capabilities() : List.of();
        List<BgpCapability> received = lastOpen == null ? List.of() : lastOpen.capabilities();
        int configuredHold = settings.holdTimeFor(config);
        return new PeerStatus(config.vrf(), config.address(), remotePort, localAddress, localPort, config.remoteAs(),
                config.adminUp(), state, establishedTransitions, establishedChangeMillis,
                confirmed ? current.holdTime() : 0, confirmed ? current.keepalive() : 0, configuredHold,
                settings.keepaliveFor(config, configuredHold), settings.connectRetryFor(config),
                lastOpen == null ? 0 : lastOpen.effectiveAs(), lastOpen == null ? 0 : lastOpen.bgpId(),
                lastOpen == null ? 0 : BgpOpen.VERSION, caps, sent, received,
                lastError == null ? 0 : lastError.code(), lastError == null ? 0 : lastError.subcode(), lastErrorText,
                0, 0, 0, 0, -1);
    }
}
