package org.l3vpnd.engine.iface;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterfaceInventoryTest {

    /** The brief's bound for a state change to show; the poll interval is a quarter of it. */
    private static final long DEADLINE_SECONDS = 2;

    private record Change(NetInterface before, NetInterface after) {
    }

    @TempDir
    Path tempDir;
    private FakeSysClassNet sys;
    private InterfaceInventory inventory;
    private final AtomicLong clock = new AtomicLong(1_000);
    private final BlockingQueue<Change> changes = new LinkedBlockingQueue<>();

    @BeforeEach
    void setUp() {
        sys = new FakeSysClassNet(tempDir)
                .add("lo", 1, 772, 65536, "00:00:00:00:00:00", "0x9", "unknown", "1", null, false)
                .ethernet("eth0", 4, "02:fc:00:00:00:01")
                .add("eth1", 7, 1, 9000, "02:fc:00:00:00:02", "0x1002", "down", null, null, true)
                .add("tun0", 12, 768, 1480, "0.0.0.0", "0x191", "unknown", "1", null, false)
                .file("bonding_masters", "");
        inventory = new InterfaceInventory(sys.root(), InterfaceInventory.DEFAULT_POLL_INTERVAL, clock::get);
        inventory.addListener((before, after) -> changes.add(new Change(before, after)));
        inventory.start();
    }

    @AfterEach
    void tearDown() {
        inventory.close();
    }

    @Test
    void snapshotHoldsEveryInterfaceInIfIndexOrder() {
        assertEquals(List.of(1, 4, 7, 12), List.copyOf(inventory.snapshot().keySet()));

        NetInterface eth0 = inventory.get(4).orElseThrow();
        assertEquals("eth0", eth0.name());
        assertEquals(1, eth0.arpHardwareType());
        assertEquals(1500, eth0.mtu());
        assertArrayEquals(new byte[] {2, (byte) 0xfc, 0, 0, 0, 1}, eth0.hardwareAddress());
        assertTrue(eth0.adminUp());
        assertTrue(eth0.physical());
        assertEquals(OperStatus.UP, eth0.operStatus());
        assertEquals(1_000_000_000L, eth0.speedBps());
        assertEquals(1_000, eth0.lastChangeMillis());
        assertEquals(1_000, eth0.discoveredMillis());

        NetInterface eth1 = inventory.get(7).orElseThrow();
        assertFalse(eth1.adminUp());
        assertEquals(OperStatus.DOWN, eth1.operStatus());
        assertEquals(0, eth1.speedBps());

        NetInterface lo = inventory.get(1).orElseThrow();
        assertEquals(772, lo.arpHardwareType());
        assertEquals(OperStatus.UP, lo.operStatus());
        assertFalse(lo.physical());

        NetInterface tun = inventory.get(12).orElseThrow();
        assertEquals(0, tun.hardwareAddress().length);
        assertTrue(tun.promiscuous());
        assertEquals(OperStatus.UP, tun.operStatus());
    }

    @Test
    void snapshotIsImmutable() {
        assertThrows(UnsupportedOperationException.class, () -> inventory.snapshot().remove(1));
    }

    @Test
    void firstSnapshotIsTheBaselineNotAChange() throws InterruptedException {
        assertNull(changes.poll(3 * InterfaceInventory.DEFAULT_POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Test
    void operstateChangeReachesListenersWithinTheDeadline() throws InterruptedException {
        clock.set(5_000);
        sys.set("eth0", "operstate", "down").set("eth0", "carrier", "0");

        Change change = changes.poll(DEADLINE_SECONDS, TimeUnit.SECONDS);
        assertNotNull(change, "no change reported within " + DEADLINE_SECONDS + " s");
        assertEquals(OperStatus.UP, change.before().operStatus());
        assertEquals(OperStatus.DOWN, change.after().operStatus());
        assertEquals(5_000, change.after().lastChangeMillis());
        assertEquals(1_000, change.after().discoveredMillis(), "counters did not restart");
        assertEquals(OperStatus.DOWN, inventory.get(4).orElseThrow().operStatus());
    }

    @Test
    void otherAttributeChangesUpdateTheSnapshotSilently() throws InterruptedException {
        sys.set("eth0", "mtu", "9000");
        awaitSnapshot(() -> inventory.get(4).orElseThrow().mtu() == 9000);

        assertNull(changes.poll(0, TimeUnit.MILLISECONDS));
        assertEquals(1_000, inventory.get(4).orElseThrow().lastChangeMillis(), "status did not change");
    }

    @Test
    void additionsAndRemovalsReachListeners() throws InterruptedException {
        clock.set(9_000);
        sys.ethernet("eth2", 9, "02:fc:00:00:00:09");
        Change added = changes.poll(DEADLINE_SECONDS, TimeUnit.SECONDS);
        assertNotNull(added);
        assertNull(added.before());
        assertEquals("eth2", added.after().name());
        assertEquals(9_000, added.after().discoveredMillis());

        sys.remove("eth1");
        Change removed = changes.poll(DEADLINE_SECONDS, TimeUnit.SECONDS);
        assertNotNull(removed);
        assertEquals(7, removed.before().ifIndex());
        assertNull(removed.after());
        assertEquals(List.of(1, 4, 9, 12), List.copyOf(inventory.snapshot().keySet()));
    }

    @Test
    void aFailingListenerDoesNotStopPollingOrOtherListeners() throws InterruptedException {
        inventory.addListener((before, after) -> {
            throw new IllegalStateException("listener bug");
        });
        // One listener after the failing one: it must still hear the change.
        BlockingQueue<Change> later = new LinkedBlockingQueue<>();
        inventory.addListener((before, after) -> later.add(new Change(before, after)));
        sys.set("eth0", "operstate", "down");
        assertNotNull(changes.poll(DEADLINE_SECONDS, TimeUnit.SECONDS));
        assertNotNull(later.poll(DEADLINE_SECONDS, TimeUnit.SECONDS), "a listener after the failing one");
        sys.set("eth0", "operstate", "up");
        assertNotNull(changes.poll(DEADLINE_SECONDS, TimeUnit.SECONDS), "polling stopped");
    }

    @Test
    void countersAreReadWhenAskedWithoutWaitingForAPoll() {
        sys.counter("eth0", "rx_bytes", "123456789012").counter("eth0", "tx_packets", "42")
                .counter("eth0", "multicast", "7");
        InterfaceCounters c = inventory.counters(4).orElseThrow();
        assertEquals(123456789012L, c.rxBytes());
        assertEquals(42, c.txPackets());
        assertEquals(7, c.rxMulticast());
    }

    @Test
    void countersKeepAllSixtyFourBits() {
        sys.counter("eth0", "tx_bytes", "18446744073709551615");
        assertEquals(-1L, inventory.counters(4).orElseThrow().txBytes());
    }

    @Test
    void countersOfAnUnknownOrRenamedInterfaceAreEmpty() {
        assertTrue(inventory.counters(99).isEmpty());
        sys.set("eth0", "ifindex", "44");
        assertTrue(inventory.counters(4).isEmpty(), "eth0 now names another interface");
    }

    @Test
    void startsOnlyOnce() {
        assertThrows(IllegalStateException.class, inventory::start);
    }

    private static void awaitSnapshot(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(DEADLINE_SECONDS).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not met within " + DEADLINE_SECONDS + " s");
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }
}
