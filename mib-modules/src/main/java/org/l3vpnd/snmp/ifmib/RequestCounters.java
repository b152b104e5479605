package org.l3vpnd.snmp.ifmib;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.l3vpnd.engine.iface.InterfaceCounters;
import org.l3vpnd.engine.iface.InterfaceInventory;
import org.snmp4j.agent.request.Request;
import org.snmp4j.agent.request.SubRequest;

/**
 * Reads an interface's counters at most once per SNMP request, so ifInOctets and ifHCInOctets in one
 * PDU agree and a GETBULK over twenty counter columns costs one sysfs read per interface, not twenty.
 * The cache lives in the request itself and dies with it. Thread-safe: a request is processed by
 * one worker thread at a time.
 */
final class RequestCounters {

    private final InterfaceInventory inventory;

    RequestCounters(InterfaceInventory inventory) {
        this.inventory = inventory;
    }

    /** @param subRequest {@code null} outside a request, which reads the kernel afresh */
    InterfaceCounters of(SubRequest<?> subRequest, int ifIndex) {
        Request<?, ?, ?> request = subRequest == null ? null : subRequest.getRequest();
        if (request == null) {
            return inventory.counters(ifIndex).orElse(null);
        }
        @SuppressWarnings("unchecked")
        Map<Integer, Optional<InterfaceCounters>> cache =
                (Map<Integer, Optional<InterfaceCounters>>) request.getProcessingUserObject(this);
        if (cache == null) {
            cache = new HashMap<>();
            request.setProcessingUserObject(this, cache);
        }
        return cache.computeIfAbsent(ifIndex, inventory::counters).orElse(null);
    }
}
