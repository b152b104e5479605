package org.l3vpnd.engine.bgp.rib;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;

import org.l3vpnd.engine.bgp.session.PeerSession;
import org.l3vpnd.engine.bgp.wire.BgpRouteRefresh;
import org.l3vpnd.engine.bgp.wire.PathAttributes;
import org.l3vpnd.engine.bgp.wire.UpdatePacker;
import org.l3vpnd.engine.loop.EngineLoop;
import org.l3vpnd.engine.loop.ScheduledTask;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.MplsLabel;

/**
 * The Adj-RIB-Out of one peer for one family, and the update generation that keeps the peer in
 * step with it.
 *
 * <p>State: {@code advertised} maps each key to the Loc-RIB path last announced for it (by
 * identity: a path never changes, so the same path means the same announcement); {@code dirty}
 * holds keys whose best path changed since; {@code dump} is a snapshot of table keys still to walk
 * for the initial table transfer or a route refresh. Reconciling a key compares the exportable best
 * path with what was advertised and emits an announcement, a withdrawal or nothing, which makes
 * every source of work idempotent and lets a key be dirty and in the dump at once.
 *
 * <p>Invariants: the queues are bounded by the table (a key is dirty at most once), never by the
 * rate of change; a round handles at most {@link #ROUND} keys, packs them through
 * {@link UpdateBatch}, and starts only when the previous round was fully handed to the session; when
 * the session says it is not writable nothing more is generated until its callback. End-of-RIB is
 * sent once, after the initial dump; a round after a change waits for the MRAI since the last
 * round (per peer and family, for advertisements and withdrawals alike, RFC 4271 9.2.1.1); the
 * initial dump and refreshes do not wait. Engine loop only.
 */
final class AdjRibOut {
    /** Keys reconciled per engine task; larger rounds pack better but hold the loop longer. */
    static final int ROUND = 4096;

    /** Computes the attributes of a best path for this peer, or null if it is not to be sent. */
    interface Exporter {
        PathAttributes export(AfiSafi family, Path best, RibPeer target, PeerSession session);
    }

    private static final PathAttributes NOT_EXPORTED = PathAttributes.EMPTY;

    private final EngineLoop loop;
    private final RibTable table;
    private final RibPeer peer;
    private final PeerSession session;
    private final Exporter exporter;
    private final UpdatePacker packer;
    private final long mraiMillis;
    private final Outbox outbox;

    private final OpenMap<RouteKey, Path> advertised = new OpenMap<>();
    private final LinkedHashSet<RouteKey> dirty = new LinkedHashSet<>();
    private final Map<ExportKey, PathAttributes> exportCache = new HashMap<>();
    private Object[] dump;
    private int dumpPos;
    private boolean dumpForced;
    private boolean endOfRibDue;
    private boolean endOfRefreshDue;
    private long lastRoundAt = Long.MIN_VALUE / 2;
    private boolean roundQueued;
    private ScheduledTask mraiTimer;
    private boolean waitingWritable;
    private boolean closed;
    private UpdateBatch batch;

    AdjRibOut(EngineLoop loop, RibTable table, RibPeer peer, PeerSession session, Exporter exporter,
              ByteBufAllocator alloc, long mraiMillis) {
        this.loop = loop;
        this.table = table;
        this.peer = peer;
        this.session = session;
        this.exporter = exporter;
        this.packer = new UpdatePacker(session.capabilities(), alloc);
        this.mraiMillis = mraiMillis;
        this.outbox = new Outbox(session);
    }

    AfiSafi family() {
        return table.family;
    }

    /** Starts the initial table transfer, ending with End-of-RIB. */
    void start() {
        dump = table.keys();
        dumpPos = 0;
        dumpForced = false;
        endOfRibDue = true;
        roundNow();
    }

    /** The best path of {@code key} changed. */
    void mark(RouteKey key) {
        if (closed) {
            return;
        }
        dirty.add(key);
        scheduleRound();
    }

    /**
     * The peer asked for our routes again (RFC 2918): announce every exportable best path anew,
     * between BoRR and EoRR when enhanced route refresh was negotiated (RFC 7313).
     */
    void refresh(boolean enhanced) {
        if (enhanced) {
            outbox.addAction(marker(BgpRouteRefresh.BEGIN_OF_ROUTE_REFRESH));
            endOfRefreshDue = true;
        }
        dump = table.keys();
        dumpPos = 0;
        dumpForced = true;
        roundNow();
    }

    int advertisedCount() {
        return advertised.size();
    }

    /** The path last announced for {@code key}, or null. */
    Path advertised(RouteKey key) {
        return advertised.get(key);
    }

    /** The session is gone: drops all state and whatever was not handed over. */
    void close() {
        closed = true;
        cancelTimer();
        outbox.close();
        advertised.clear();
        dirty.clear();
        dump = null;
    }

    private void roundNow() {
        cancelTimer();
        if (!roundQueued && !waitingWritable && !closed) {
            roundQueued = true;
            loop.execute(this::round);
        }
    }

    private void scheduleRound() {
        if (roundQueued || waitingWritable || mraiTimer != null) {
            return;
        }
        long wait = lastRoundAt + mraiMillis - loop.clock().nowMillis();
        if (wait <= 0) {
            roundQueued = true;
            loop.execute(this::round);
        } else {
            mraiTimer = loop.schedule(this::round, Duration.ofMillis(wait));
        }
    }

    private void round() {
        roundQueued = false;
        mraiTimer = null;
        if (closed || waitingWritable) {
            return;
        }
        if (!outbox.drain()) {
            awaitWritable();
            return;
        }
        if (dump == null && dirty.isEmpty() && !endOfRibDue && !endOfRefreshDue) {
            return;
        }
        lastRoundAt = loop.clock().nowMillis();
        batch = new UpdateBatch(table.family);
        exportCache.clear();
        int budget = ROUND;
        while (dump != null && dumpPos < dump.length && budget-- > 0) {
            reconcile((RouteKey) dump[dumpPos++], dumpForced);
        }
        if (dump != null && dumpPos == dump.length) {
            dump = null;
        }
        for (Iterator<RouteKey> it = dirty.iterator(); budget-- > 0 && it.hasNext(); ) {
            RouteKey key = it.next();
            it.remove();
            reconcile(key, false);
        }
        for (ByteBuf m : batch.pack(packer, n -> advertised.remove(RouteKey.of(n)))) {
            outbox.add(m);
        }
        batch = null;
        if (dump == null) {
            if (endOfRibDue) {
                endOfRibDue = false;
                AfiSafi family = table.family;
                outbox.addAction(() -> session.sendEndOfRib(family));
            }
            if (endOfRefreshDue) {
                endOfRefreshDue = false;
                outbox.addAction(marker(BgpRouteRefresh.END_OF_ROUTE_REFRESH));
            }
        }
        if (!outbox.drain()) {
            awaitWritable();
        } else if (dump != null || !dirty.isEmpty()) {
            // More than one round of work: yield the loop to other tasks, then go on.
            roundQueued = true;
            loop.execute(this::round);
        }
    }

    private void reconcile(RouteKey key, boolean force) {
        Path best = table.best(key);
        PathAttributes attrs = best == null ? null : exportOf(best);
        Path before = advertised.get(key);
        if (attrs == null) {
            if (before != null) {
                advertised.remove(key);
                batch.withdraw(key.toNlri(table.family, MplsLabel.WITHDRAW_COMPAT));
            }
            return;
        }
        if (before == best && !force) {
            return;
        }
        advertised.put(key, best);
        batch.announce(attrs, key.toNlri(table.family, best.label()));
    }

    /** Export attributes depend only on the source attributes and the source peer, so a round computes them once. */
    private PathAttributes exportOf(Path best) {
        ExportKey k = new ExportKey(best.attrs(), best.peerId());
        PathAttributes a = exportCache.get(k);
        if (a == null) {
            a = exporter.export(table.family, best, peer, session);
            exportCache.put(k, a == null ? NOT_EXPORTED : a);
        }
        return a == NOT_EXPORTED ? null : a;
    }

    private void awaitWritable() {
        waitingWritable = true;
        session.onWritable(() -> {
            waitingWritable = false;
            if (!closed) {
                round();
            }
        });
    }

    private Runnable marker(int subtype) {
        AfiSafi family = table.family;
        return () -> session.sendRouteRefreshMarker(family, subtype);
    }

    private void cancelTimer() {
        if (mraiTimer != null) {
            mraiTimer.cancel();
            mraiTimer = null;
        }
    }

    /** Identity of the source attributes (they are interned) plus the source peer. */
    private record ExportKey(PathAttributes attrs, int peer) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ExportKey k && k.attrs == attrs && k.peer == peer;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(attrs) * 31 + peer;
        }
    }
}
