package org.l3vpnd.engine.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EngineLoopTest {

    private final ManualClock clock = new ManualClock(1_000);
    private final EngineLoop loop = new EngineLoop("test-loop", clock);

    @AfterEach
    void close() {
        loop.close();
    }

    @Test
    void runsTasksInSubmissionOrderOnItsOwnThread() {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 100; i++) {
            int n = i;
            loop.execute(() -> {
                assertTrue(loop.inLoop());
                seen.add(n);
            });
        }
        loop.call(() -> null);
        assertEquals(100, seen.size());
        for (int i = 0; i < 100; i++) {
            assertEquals(i, seen.get(i));
        }
        assertFalse(loop.inLoop());
    }

    @Test
    void callReturnsTheResultAndRethrows() {
        assertEquals(42, loop.call(() -> 42));
        IllegalArgumentException iae = new IllegalArgumentException("boom");
        assertSame(iae, assertThrows(IllegalArgumentException.class, () -> loop.call(() -> {
            throw iae;
        })));
        CompletionException ce = assertThrows(CompletionException.class, () -> loop.call(() -> {
            throw new IOException("checked");
        }));
        assertEquals("checked", ce.getCause().getMessage());
    }

    @Test
    void callOnTheLoopRunsAtOnce() {
        int v = loop.call(() -> loop.call(() -> 7) + 1);
        assertEquals(8, v);
    }

    @Test
    void aFailingTaskDoesNotStopTheLoop() {
        loop.execute(() -> {
            throw new IllegalStateException("expected in this test");
        });
        assertEquals("still here", loop.call(() -> "still here"));
    }

    @Test
    void timersRunWhenTheManualClockReachesThem() {
        List<String> fired = new CopyOnWriteArrayList<>();
        loop.schedule(() -> fired.add("b"), Duration.ofSeconds(10));
        loop.schedule(() -> fired.add("a"), Duration.ofSeconds(5));
        ScheduledTask cancelled = loop.schedule(() -> fired.add("never"), Duration.ofSeconds(7));
        loop.schedule(() -> fired.add("c"), Duration.ofSeconds(10));
        cancelled.cancel();
        assertFalse(cancelled.pending());
        clock.advance(Duration.ofSeconds(4));
        assertEquals(List.of(), fired);
        clock.advance(Duration.ofSeconds(1));
        assertEquals(List.of("a"), fired);
        clock.advance(Duration.ofSeconds(60));
        assertEquals(List.of("a", "b", "c"), fired, "equal due times run in scheduling order");
    }

    @Test
    void advanceReturnsAfterWorkTheTimersQueued() {
        List<String> seen = new CopyOnWriteArrayList<>();
        loop.schedule(() -> {
            seen.add("timer");
            loop.execute(() -> seen.add("follow-up"));
            loop.schedule(() -> seen.add("chained"), Duration.ZERO);
        }, Duration.ofMillis(1));
        clock.advanceMillis(1);
        // Due timers first (the chained one is due at once), then the queue.
        assertEquals(List.of("timer", "chained", "follow-up"), seen);
    }

    @Test
    void timerScheduledOnTheLoopSeesTheLoopClock() {
        ScheduledTask t = loop.call(() -> loop.schedule(() -> { }, Duration.ofSeconds(3)));
        assertEquals(4_000, t.dueAtMillis());
        assertTrue(t.pending());
        clock.advance(Duration.ofSeconds(3));
        assertFalse(t.pending());
    }

    @Test
    void systemClockTimersFireOnTheirOwn() throws InterruptedException {
        try (EngineLoop real = new EngineLoop("real-loop", new SystemEngineClock())) {
            CountDownLatch fired = new CountDownLatch(1);
            real.schedule(fired::countDown, Duration.ofMillis(20));
            assertTrue(fired.await(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void closeRefusesNewWorkButRunsWhatWasQueued() {
        List<String> seen = new CopyOnWriteArrayList<>();
        loop.execute(() -> seen.add("queued"));
        loop.close();
        assertTrue(loop.closed());
        assertEquals(List.of("queued"), seen);
        assertThrows(RejectedExecutionException.class, () -> loop.execute(() -> { }));
        clock.advance(Duration.ofSeconds(1)); // no loop to wake: must not hang
    }

    @Test
    void checkInLoopFailsElsewhere() {
        assertThrows(IllegalStateException.class, loop::checkInLoop);
        loop.call(() -> {
            loop.checkInLoop();
            return null;
        });
    }

    @Test
    void manualClockNeverGoesBack() {
        assertThrows(IllegalArgumentException.class, () -> clock.advanceMillis(-1));
        assertEquals(1_000, clock.nowMillis());
    }
}
