package org.l3vpnd.engine.bgp.session;

import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.net.IpAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured peers and the reconciliation of configuration snapshots with them: a commit is
 * applied as one diff, so it causes at most one action per peer. Also matches accepted
 * connections to peers by remote address. Engine loop only.
 */
final class PeerTable {
    private static final Logger LOG = LoggerFactory.getLogger(PeerTable.class);

    private final SessionContext ctx;
    private final Map<PeerId, PeerFsm> peers = new HashMap<>();
    private boolean closed;

    PeerTable(SessionContext ctx) {
        this.ctx = ctx;
    }

    /** Brings the peers in line with {@code config}; idempotent, so snapshots may be re-applied. */
    void apply(RunningConfig config) {
        if (closed) {
            return;
        }
        SpeakerSettings before = ctx.settings;
        ctx.settings = SpeakerSettings.from(config);
        Map<PeerId, BgpPeer> wanted = new HashMap<>();
        for (BgpPeer p : config.all(BgpPeer.class)) {
            if (p.inService()) {
                wanted.put(PeerId.of(p), p);
            }
        }
        for (PeerId id : new ArrayList<>(peers.keySet())) {
            if (!wanted.containsKey(id)) {
                peers.remove(id).remove();
            }
        }
        boolean settingsChanged = !ctx.settings.equals(before);
        for (Map.Entry<PeerId, BgpPeer> e : wanted.entrySet()) {
            PeerFsm fsm = peers.get(e.getKey());
            if (fsm == null) {
                fsm = new PeerFsm(ctx, e.getValue());
                peers.put(e.getKey(), fsm);
                if (fsm.shouldRun()) {
                    fsm.start();
                }
            } else if (settingsChanged || !fsm.config().equals(e.getValue())) {
                boolean reset = sessionChanged(fsm.config(), e.getValue()) || ctx.settings.resetsSessions(before);
                fsm.update(e.getValue(), reset);
            }
        }
    }

    /** Whether a configuration change alters what the session negotiates or where it connects. */
    static boolean sessionChanged(BgpPeer a, BgpPeer b) {
        return a.remoteAs() != b.remoteAs() || !Objects.equals(a.localAddress(), b.localAddress())
                || a.remotePort() != b.remotePort() || a.localPort() != b.localPort()
                || !a.families().equals(b.families()) || a.holdTime() != b.holdTime()
                || a.keepalive() != b.keepalive() || a.passive() != b.passive();
    }

    /**
     * An accepted connection: the peer with its remote address, preferring (when VRFs share a CE
     * address) the one whose configured source address the connection arrived on, then the
     * provider table's. Connections from unknown addresses are closed without a word.
     */
    void accept(Channel ch) {
        if (closed || !(ch.remoteAddress() instanceof InetSocketAddress remote)) {
            ch.close();
            return;
        }
        IpAddress from = Transport.ip(remote);
        IpAddress to = Transport.ip((InetSocketAddress) ch.localAddress());
        List<PeerFsm> candidates = new ArrayList<>();
        for (PeerFsm p : peers.values()) {
            if (p.config().address().equals(from)) {
                candidates.add(p);
            }
        }
        PeerFsm chosen = candidates.stream().filter(p -> to.equals(p.config().localAddress())).findFirst()
                .or(() -> candidates.stream().filter(p -> p.config().providerPeer()).findFirst())
                .or(() -> candidates.stream().findFirst())
                .orElse(null);
        if (chosen == null) {
            LOG.info("bgp.connection.unknown remote={}", remote);
            ch.close();
            return;
        }
        chosen.accept(ch);
    }

    /** Stops every peer with Cease 6/2 and refuses everything afterwards. */
    void close() {
        closed = true;
        for (PeerFsm p : peers.values()) {
            p.stop(Ending.CEASE_ADMIN_SHUTDOWN, "BGP speaker shutting down");
        }
    }
}
