package org.l3vpnd.engine.bgp.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.l3vpnd.engine.net.IpAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock-free read view of all peers: the engine loop publishes a {@link PeerStatus} at every
 * change, readers combine it with the live counters. Also fans transitions out to the
 * {@link PeerStateListener}s. Thread-safe.
 */
final class StatusBoard {
    private static final Logger LOG = LoggerFactory.getLogger(StatusBoard.class);
    private static final Comparator<PeerStatus> ORDER =
            Comparator.comparing(PeerStatus::vrf).thenComparing(PeerStatus::remoteAddress);

    private record Entry(PeerStatus status, PeerCounters counters) {
    }

    private final ConcurrentHashMap<PeerId, Entry> entries = new ConcurrentHashMap<>();
    private final List<PeerStateListener> listeners = new CopyOnWriteArrayList<>();

    void addListener(PeerStateListener listener) {
        listeners.add(listener);
    }

    /** Engine loop: the peer's state as of now. */
    void publish(PeerId id, PeerStatus status, PeerCounters counters) {
        entries.put(id, new Entry(status, counters));
    }

    /** Engine loop: the peer is no longer configured. */
    void remove(PeerId id) {
        entries.remove(id);
    }

    /** Engine loop: tells the listeners about a transition BGP4-MIB notifies. */
    void transition(PeerStatus status, FsmState previous) {
        for (PeerStateListener l : listeners) {
            try {
                if (status.state() == FsmState.ESTABLISHED) {
                    l.established(status);
                } else if (status.state().isBackwardFrom(previous)) {
                    l.backwardTransition(status, previous);
                }
            } catch (RuntimeException e) {
                LOG.error("bgp.listener.failed listener={}", l, e);
            }
        }
    }

    Collection<PeerStatus> all() {
        List<PeerStatus> out = new ArrayList<>(entries.size());
        entries.values().forEach(e -> out.add(withCounters(e)));
        out.sort(ORDER);
        return out;
    }

    Optional<PeerStatus> get(String vrf, IpAddress address) {
        Entry e = entries.get(new PeerId(vrf, address));
        return e == null ? Optional.empty() : Optional.of(withCounters(e));
    }

    private static PeerStatus withCounters(Entry e) {
        PeerStatus s = e.status();
        PeerCounters c = e.counters();
        return new PeerStatus(s.vrf(), s.remoteAddress(), s.remotePort(), s.localAddress(), s.localPort(),
                s.configuredAs(), s.adminUp(), s.state(), s.establishedTransitions(), s.establishedChangeMillis(),
                s.holdTime(), s.keepalive(), s.configuredHoldTime(), s.configuredKeepalive(), s.connectRetry(),
                s.remoteAs(), s.remoteRouterId(), s.negotiatedVersion(), s.capabilities(), s.sentCapabilities(),
                s.receivedCapabilities(), s.lastErrorCode(), s.lastErrorSubcode(), s.lastErrorText(),
                c.inMessages.get(), c.outMessages.get(), c.inUpdates.get(), c.outUpdates.get(),
                c.lastUpdateInMillis);
    }
}
