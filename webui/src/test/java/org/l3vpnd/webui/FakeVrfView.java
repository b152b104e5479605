package org.l3vpnd.webui;

import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import org.l3vpnd.engine.vrf.VrfStatus;
import org.l3vpnd.engine.vrf.VrfView;

/** A VRF view holding whatever statuses a test puts in; the counts are derived from them. */
final class FakeVrfView implements VrfView {

    private final ConcurrentSkipListMap<String, VrfStatus> statuses = new ConcurrentSkipListMap<>();

    void put(VrfStatus status) {
        statuses.put(status.name(), status);
    }

    @Override
    public Optional<VrfStatus> vrf(String name) {
        return Optional.ofNullable(statuses.get(name));
    }

    @Override
    public Collection<VrfStatus> all() {
        return Collections.unmodifiableCollection(statuses.values());
    }

    @Override
    public int configuredVrfs() {
        return statuses.size();
    }

    @Override
    public int activeVrfs() {
        return (int) statuses.values().stream().filter(VrfStatus::operUp).count();
    }

    @Override
    public int connectedInterfaces() {
        return statuses.values().stream().mapToInt(VrfStatus::associatedInterfaces).sum();
    }
}
