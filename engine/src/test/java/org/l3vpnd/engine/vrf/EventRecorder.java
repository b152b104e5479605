package org.l3vpnd.engine.vrf;

import java.util.ArrayList;
import java.util.List;

/** Records events as short strings such as "up red 5" or "high red 3/2"; thread-safe. */
final class EventRecorder implements VrfEventListener {

    private final List<String> events = new ArrayList<>();

    synchronized List<String> take() {
        List<String> out = List.copyOf(events);
        events.clear();
        return out;
    }

    private synchronized void add(String e) {
        events.add(e);
    }

    @Override
    public void vrfUp(String vrf, int causeIfIndex) {
        add("up " + vrf + " " + causeIfIndex);
    }

    @Override
    public void vrfDown(String vrf, int causeIfIndex) {
        add("down " + vrf + " " + causeIfIndex);
    }

    @Override
    public void midThresholdExceeded(String vrf, long currentRoutes, long threshold) {
        add("mid " + vrf + " " + currentRoutes + "/" + threshold);
    }

    @Override
    public void highThresholdExceeded(String vrf, long currentRoutes, long threshold) {
        add("high " + vrf + " " + currentRoutes + "/" + threshold);
    }

    @Override
    public void highThresholdCleared(String vrf, long currentRoutes, long threshold) {
        add("cleared " + vrf + " " + currentRoutes + "/" + threshold);
    }

    @Override
    public void illegalLabelThresholdExceeded(String vrf, long violations) {
        add("illegal " + vrf + " " + violations);
    }
}
