package org.l3vpnd.snmp.bgp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.l3vpnd.engine.net.IpAddress;

/** A BGP speaker's view for tests: states are set by hand, transitions fired by hand. Thread-safe. */
final class FakeBgpStatus implements BgpStatusSource {

    private record Id(String vrf, IpAddress address) {
    }

    private final Map<Id, BgpPeerStatus> peers = new ConcurrentHashMap<>();
    private final List<TransitionListener> listeners = new CopyOnWriteArrayList<>();

    void set(String vrf, String address, BgpPeerStatus status) {
        peers.put(new Id(vrf, IpAddress.parse(address)), status);
    }

    @Override
    public Optional<BgpPeerStatus> peer(String vrf, IpAddress address) {
        return Optional.ofNullable(peers.get(new Id(vrf, address)));
    }

    @Override
    public void addTransitionListener(TransitionListener listener) {
        listeners.add(listener);
    }

    /** Sets the state and tells the listeners, as the speaker does after a transition. */
    void transition(String vrf, String address, int fromState, BgpPeerStatus now) {
        set(vrf, address, now);
        IpAddress a = IpAddress.parse(address);
        for (TransitionListener l : listeners) {
            if (now.fsmState() == BgpPeerStatus.ESTABLISHED) {
                l.established(vrf, a, now);
            } else if (now.fsmState() < fromState) {
                l.backwardTransition(vrf, a, now);
            }
        }
    }

    int listenerCount() {
        return listeners.size();
    }
}
