package org.l3vpnd.engine.loop;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A clock that moves only when a test says so. An {@link EngineLoop} built on it runs its due
 * timers from inside {@link #advance}, so when {@code advance} returns every task due by then has
 * run, together with the tasks those timers handed to the loop: tests need no sleeps and no
 * polling. Thread-safe.
 */
public final class ManualClock implements EngineClock {

    private final List<Runnable> advanceListeners = new CopyOnWriteArrayList<>();
    private volatile long now;

    public ManualClock() {
        this(0);
    }

    public ManualClock(long startMillis) {
        this.now = startMillis;
    }

    @Override
    public long nowMillis() {
        return now;
    }

    /** Moves time forward and waits until the loops on this clock have run what became due. */
    public void advance(Duration step) {
        advanceMillis(step.toMillis());
    }

    public void advanceMillis(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("a monotonic clock cannot go back: " + millis);
        }
        synchronized (this) {
            now += millis;
        }
        for (Runnable l : advanceListeners) {
            l.run();
        }
    }

    /** Called by {@link EngineLoop}; the listener runs on the advancing thread. */
    void onAdvance(Runnable listener) {
        advanceListeners.add(listener);
    }

    void removeAdvanceListener(Runnable listener) {
        advanceListeners.remove(listener);
    }
}
