package org.l3vpnd.engine.bgp.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.l3vpnd.engine.bgp.wire.UpdateOutcome;
import org.l3vpnd.engine.net.AfiSafi;

/**
 * A {@link SessionListener} that records what it is told, checks it is told on the engine loop
 * and in session order, and can act on {@code established}. Thread-safe for the test's reads.
 */
final class RecordingRib implements SessionListener {
    sealed interface Event permits Up, Update, Refresh, Down {
        PeerSession session();
    }

    record Up(PeerSession session) implements Event {
    }

    record Update(PeerSession session, UpdateOutcome outcome) implements Event {
    }

    record Refresh(PeerSession session, AfiSafi family, int subtype) implements Event {
    }

    record Down(PeerSession session, boolean retainRoutes) implements Event {
    }

    final List<Event> events = new CopyOnWriteArrayList<>();
    final List<String> violations = new CopyOnWriteArrayList<>();
    private final Thread engineThreadProbe;
    volatile Consumer<PeerSession> onEstablished = s -> { };

    RecordingRib(Thread engineThread) {
        this.engineThreadProbe = engineThread;
    }

    @Override
    public void established(PeerSession session) {
        check(session, false);
        events.add(new Up(session));
        onEstablished.accept(session);
    }

    @Override
    public void update(PeerSession session, UpdateOutcome outcome) {
        check(session, true);
        events.add(new Update(session, outcome));
    }

    @Override
    public void routeRefreshRequested(PeerSession session, AfiSafi family, int subtype) {
        check(session, true);
        events.add(new Refresh(session, family, subtype));
    }

    @Override
    public void down(PeerSession session, boolean retainRoutes) {
        check(session, true);
        events.add(new Down(session, retainRoutes));
    }

    private void check(PeerSession session, boolean mustBeUp) {
        if (Thread.currentThread() != engineThreadProbe) {
            violations.add("called on " + Thread.currentThread().getName());
        }
        boolean up = events.stream().anyMatch(e -> e instanceof Up u && u.session() == session);
        boolean down = events.stream().anyMatch(e -> e instanceof Down d && d.session() == session);
        if (mustBeUp != up || down) {
            violations.add("out of order for " + session.remoteAddress() + ": " + this);
        }
    }

    <T extends Event> List<T> all(Class<T> kind) {
        return events.stream().filter(kind::isInstance).map(kind::cast).collect(Collectors.toList());
    }

    long count(Class<? extends Event> kind) {
        return events.stream().filter(kind::isInstance).count();
    }

    @Override
    public String toString() {
        return events.stream().map(e -> e.getClass().getSimpleName()).collect(Collectors.joining(",", "[", "]"));
    }
}
