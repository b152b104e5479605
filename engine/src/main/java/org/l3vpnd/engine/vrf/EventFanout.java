package org.l3vpnd.engine.vrf;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes each event to every registered listener, on the engine loop. A listener that throws is
 * logged and skipped: it must not leave engine state half-updated or starve the other listeners.
 */
final class EventFanout implements VrfEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(EventFanout.class);

    private final List<VrfEventListener> listeners = new CopyOnWriteArrayList<>();

    void add(VrfEventListener l) {
        listeners.add(java.util.Objects.requireNonNull(l, "listener"));
    }

    private void each(String event, String vrf, Consumer<VrfEventListener> call) {
        LOG.debug("vrf.event event={} vrf={}", event, vrf);
        for (VrfEventListener l : listeners) {
            try {
                call.accept(l);
            } catch (RuntimeException e) {
                LOG.warn("vrf.listener.failed event={} vrf={} listener={}", event, vrf, l, e);
            }
        }
    }

    @Override
    public void vrfUp(String vrf, int causeIfIndex) {
        each("vrfUp", vrf, l -> l.vrfUp(vrf, causeIfIndex));
    }

    @Override
    public void vrfDown(String vrf, int causeIfIndex) {
        each("vrfDown", vrf, l -> l.vrfDown(vrf, causeIfIndex));
    }

    @Override
    public void midThresholdExceeded(String vrf, long currentRoutes, long threshold) {
        each("midThresholdExceeded", vrf, l -> l.midThresholdExceeded(vrf, currentRoutes, threshold));
    }

    @Override
    public void highThresholdExceeded(String vrf, long currentRoutes, long threshold) {
        each("highThresholdExceeded", vrf, l -> l.highThresholdExceeded(vrf, currentRoutes, threshold));
    }

    @Override
    public void highThresholdCleared(String vrf, long currentRoutes, long threshold) {
        each("highThresholdCleared", vrf, l -> l.highThresholdCleared(vrf, currentRoutes, threshold));
    }

    @Override
    public void illegalLabelThresholdExceeded(String vrf, long violations) {
        each("illegalLabelThresholdExceeded", vrf, l -> l.illegalLabelThresholdExceeded(vrf, violations));
    }
}
