package org.l3vpnd.engine.bgp.rib;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 * lists keys whose best path changed since; {@code dump} is a snapshot of table keys still to walk
 * for the initial table transfer or a route refresh. Reconciling a key compares the exportable best
 * path with what was advertised and emits an announcement, a withdrawal or nothing, which makes
 * every source of work idempotent: a key may be dirty twice, or dirty and in the dump at once.
 * So {@code dirty} is a plain array of references (a hash set would cost a node per entry and
 * per change), and when it outgrows the table it is replaced by one walk of the whole table.
 *
 * <p>Invariants: the queues are bounded by the table, never by the rate of change; a round handles
 * at most {@link #ROUND} keys, packs them through
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
    private ArrayList<RouteKey> dirty = new ArrayList<>();
    private int dirtyPos;
    private final Map<ExportKey, PathAttributes> exportCache = new HashMap<>();
    /** The last export computed: routes of one UPDATE share their attributes and source. */
    private PathAttributes lastSource;
    private int lastSourcePeer = -1;
    private PathAttributes lastExport;
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
        if (dirty.size() - dirtyPos > Math.max(table.destinations(), advertised.size()) + ROUND) {
            resync();
        } else {
            dirty.add(key);
        }
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

    /** The session is gone: drops all state and whatever was not handed over. */
    void close() {
        closed = true;
        cancelTimer();
        outbox.close();
        advertised.clear();
        clearDirty();
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
        if (dump == null && !hasDirty() && !endOfRibDue && !endOfRefreshDue) {
            return;
        }
        lastRoundAt = loop.clock().nowMillis();
        batch = new UpdateBatch(table.family);
        exportCache.clear();
        lastSource = null;
        int budget = ROUND;
        while (dump != null && dumpPos < dump.length && budget-- > 0) {
            reconcile((RouteKey) dump[dumpPos++], dumpForced);
        }
        if (dump != null && dumpPos == dump.length) {
            dump = null;
        }
        while (budget-- > 0 && hasDirty()) {
            RouteKey key = dirty.set(dirtyPos++, null);
            reconcile(key, false);
        }
        if (!hasDirty()) {
            clearDirty();
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
        } else if (dump != null || hasDirty()) {
            // More than one round of work: yield the loop to other tasks, then go on.
            roundQueued = true;
            loop.execute(this::round);
        }
    }

    private void reconcile(RouteKey key, boolean force) {
        Path best = table.best(key);
        PathAttributes attrs = best == null ? null : exportOf(best);
        if (attrs == null) {
            if (advertised.remove(key) != null) {
                batch.withdraw(key.toNlri(table.family, MplsLabel.WITHDRAW_COMPAT));
            }
            return;
        }
        // One probe: putting the same path again changes nothing.
        Path before = advertised.put(key, best);
        if (before == best && !force) {
            return;
        }
        batch.announce(attrs, key.toNlri(table.family, best.label()));
    }

    /**
     * Export attributes depend only on the source attributes and the source peer, so a round
     * computes them once per pair; runs of routes with the same pair skip even the lookup.
     */
    private PathAttributes exportOf(Path best) {
        PathAttributes source = best.attrs();
        int sourcePeer = best.peerId();
        if (source != lastSource || sourcePeer != lastSourcePeer) {
            ExportKey k = new ExportKey(source, sourcePeer);
            PathAttributes a = exportCache.get(k);
            if (a == null) {
                a = exporter.export(table.family, best, peer, session);
                exportCache.put(k, a == null ? NOT_EXPORTED : a);
            }
            lastSource = source;
            lastSourcePeer = sourcePeer;
            lastExport = a;
        }
        return lastExport == NOT_EXPORTED ? null : lastExport;
    }

    private boolean hasDirty() {
        return dirtyPos < dirty.size();
    }

    /** Empties the queue, and gives back the memory of a large one. */
    private void clearDirty() {
        if (dirty.size() > ROUND * 16) {
            dirty = new ArrayList<>();
        } else {
            dirty.clear();
        }
        dirtyPos = 0;
    }

    /**
     * More changes queued than there are keys: one walk covers them all. It visits every key of the
     * table and every key advertised (a key that left the table may need its withdrawal); a walk
     * already in progress restarts on the new snapshot, keeping whether it forces announcements.
     */
    private void resync() {
        clearDirty();
        Object[] inTable = table.keys();
        Object[] sent = advertised.keys();
        Object[] all = Arrays.copyOf(inTable, inTable.length + sent.length);
        System.arraycopy(sent, 0, all, inTable.length, sent.length);
        if (dump == null) {
            dumpForced = false;
        }
        dump = all;
        dumpPos = 0;
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
