package org.l3vpnd.engine.iface;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's interfaces, polled from sysfs.
 *
 * <p>Threads: one daemon poller thread, started by {@link #start()}, owns scanning and is the only
 * writer of the snapshot; it also runs the listeners. {@link #snapshot()}, {@link #get},
 * {@link #counters}, {@link #monotonicMillis()} and the listener registration are thread-safe and
 * never block on the poller. {@link #start()} and {@link #close()} are for the owner.
 *
 * <p>Why polling: the JDK cannot listen to rtnetlink, and reading a handful of sysfs attributes per
 * interface twice a second is cheap next to the 2 s within which a state change must show. Counters
 * are left out of the poll, since only management reads need them.
 */
public final class InterfaceInventory implements AutoCloseable {

    /** Where the kernel publishes the interfaces of the current network namespace. */
    public static final Path SYSFS_NET = Path.of("/sys/class/net");
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(500);

    private static final Logger LOG = LoggerFactory.getLogger(InterfaceInventory.class);

    private final Path root;
    private final Duration pollInterval;
    private final LongSupplier monotonicMillis;
    private final SysfsInterfaceReader reader = new SysfsInterfaceReader();
    private final List<InterfaceListener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService poller;
    private volatile NavigableMap<Integer, NetInterface> snapshot = Collections.emptyNavigableMap();
    private boolean started;

    /** An inventory of the interfaces under {@code root} (normally {@link #SYSFS_NET}). */
    public InterfaceInventory(Path root) {
        this(root, DEFAULT_POLL_INTERVAL, () -> System.nanoTime() / 1_000_000L);
    }

    /**
     * @param monotonicMillis the clock that stamps status changes; must never go backwards
     */
    public InterfaceInventory(Path root, Duration pollInterval, LongSupplier monotonicMillis) {
        this.root = Objects.requireNonNull(root, "root");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
        this.monotonicMillis = Objects.requireNonNull(monotonicMillis, "monotonicMillis");
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "iface-poller");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Takes the first snapshot, waiting for it, then polls in the background. The first snapshot is
     * the baseline: listeners hear only about what changes after it.
     */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        try {
            poller.submit(() -> poll(false)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while taking the first snapshot", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("first snapshot failed", e.getCause());
        }
        long period = pollInterval.toMillis();
        poller.scheduleWithFixedDelay(() -> poll(true), period, period, TimeUnit.MILLISECONDS);
    }

    /** Stops polling; the last snapshot stays readable. */
    @Override
    public void close() {
        poller.shutdownNow();
    }

    /** The interfaces of the last poll, ordered by ifindex; immutable. */
    public NavigableMap<Integer, NetInterface> snapshot() {
        return snapshot;
    }

    public Optional<NetInterface> get(int ifIndex) {
        return Optional.ofNullable(snapshot.get(ifIndex));
    }

    /**
     * Reads the interface's counters from sysfs now, on the calling thread. Empty when the interface
     * is not in the snapshot or vanished or was renamed since the last poll.
     */
    public Optional<InterfaceCounters> counters(int ifIndex) {
        NetInterface iface = snapshot.get(ifIndex);
        if (iface == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(reader.counters(root.resolve(iface.name()), ifIndex));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The clock of {@link NetInterface#lastChangeMillis()} and {@link NetInterface#discoveredMillis()}. */
    public long monotonicMillis() {
        return monotonicMillis.getAsLong();
    }

    public void addListener(InterfaceListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(InterfaceListener listener) {
        listeners.remove(listener);
    }

    private void poll(boolean announce) {
        try {
            NavigableMap<Integer, NetInterface> previous = snapshot;
            NavigableMap<Integer, NetInterface> next = scan(previous);
            if (next == null || next.equals(previous)) {
                return;
            }
            snapshot = Collections.unmodifiableNavigableMap(next);
            if (announce) {
                announce(previous, next);
            }
        } catch (RuntimeException e) {
            // A poll that dies must not end polling: the next one may well succeed.
            LOG.warn("iface.poll.failed root={}", root, e);
        }
    }

    /** Returns {@code null} when the root itself cannot be listed, so the last snapshot stays. */
    private NavigableMap<Integer, NetInterface> scan(NavigableMap<Integer, NetInterface> previous) {
        long now = monotonicMillis.getAsLong();
        NavigableMap<Integer, NetInterface> next = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path dir : entries) {
                if (!Files.isDirectory(dir)) {
                    continue; // bonding_masters and the like
                }
                NetInterface seen;
                try {
                    seen = reader.read(dir, now);
                } catch (IOException | NumberFormatException e) {
                    continue; // being created or torn down; the next poll sees it settled
                }
                NetInterface before = previous.get(seen.ifIndex());
                next.put(seen.ifIndex(), before == null ? seen : seen.continuing(before));
            }
        } catch (IOException e) {
            LOG.warn("iface.scan.failed root={} error={}", root, e.toString());
            return null;
        }
        return next;
    }

    private void announce(Map<Integer, NetInterface> previous, Map<Integer, NetInterface> next) {
        TreeSet<Integer> indexes = new TreeSet<>(previous.keySet());
        indexes.addAll(next.keySet());
        for (Integer ifIndex : indexes) {
            NetInterface before = previous.get(ifIndex);
            NetInterface after = next.get(ifIndex);
            if (before == null || after == null || before.operStatus() != after.operStatus()) {
                for (InterfaceListener l : listeners) {
                    try {
                        l.onChange(before, after);
                    } catch (RuntimeException e) {
                        LOG.warn("iface.listener.failed ifIndex={} listener={}", ifIndex, l, e);
                    }
                }
            }
        }
    }
}
