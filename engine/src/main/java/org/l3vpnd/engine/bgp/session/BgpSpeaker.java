package org.l3vpnd.engine.bgp.session;

import java.net.InetSocketAddress;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.loop.EngineLoop;
import org.l3vpnd.engine.net.IpAddress;

/**
 * The BGP speaker: the passive listener, one FSM per configured peer, and the read view of all
 * peers. Thread-safe: every public method may be called from any thread.
 */
public final class BgpSpeaker implements AutoCloseable {
    private final EngineLoop loop;
    private final ConfigService config;
    private final SessionListener rib;
    private final List<PeerStateListener> stateListeners = new CopyOnWriteArrayList<>();

    public BgpSpeaker(EngineLoop loop, ConfigService config, SessionListener rib) {
        this.loop = Objects.requireNonNull(loop, "loop");
        this.config = Objects.requireNonNull(config, "config");
        this.rib = Objects.requireNonNull(rib, "rib");
    }

    /** Binds the passive listener (port 0 = any free port) and starts the configured peers. */
    public void start(InetSocketAddress listen) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The port the listener is bound to. */
    public int listenPort() {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Marks this speaker as restarting (RFC 4724): OPENs advertise the R bit and, when
     * {@code forwardingPreserved}, the F bit of every family, until the restart time has passed.
     */
    public void restarted(boolean forwardingPreserved) {
        throw new UnsupportedOperationException("not yet");
    }

    public Collection<PeerStatus> peers() {
        return List.of();
    }

    public Optional<PeerStatus> peer(String vrf, IpAddress address) {
        return Optional.empty();
    }

    public void addStateListener(PeerStateListener listener) {
        stateListeners.add(listener);
    }

    /** Stops every peer with Cease and closes the listener; waits for the sockets to close. */
    @Override
    public void close() {
    }
}
