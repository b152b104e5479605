package org.l3vpnd.engine.bgp.session;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Message counters of one peer, kept for as long as the peer is configured (across its sessions).
 * Thread-safe: Netty threads count, any thread reads.
 */
final class PeerCounters {
    final AtomicLong inMessages = new AtomicLong();
    final AtomicLong outMessages = new AtomicLong();
    final AtomicLong inUpdates = new AtomicLong();
    final AtomicLong outUpdates = new AtomicLong();
    /** Engine time of the last UPDATE received, -1 if none; written on the engine loop. */
    volatile long lastUpdateInMillis = -1;

    void received(boolean update) {
        inMessages.incrementAndGet();
        if (update) {
            inUpdates.incrementAndGet();
        }
    }

    void sent(boolean update) {
        outMessages.incrementAndGet();
        if (update) {
            outUpdates.incrementAndGet();
        }
    }
}
