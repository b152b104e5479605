package org.l3vpnd.engine.loop;

/**
 * The production clock: {@link System#nanoTime()} in milliseconds since this clock was created, so
 * values start near zero and wall-clock steps (NTP, an operator setting the date) never move it.
 * Thread-safe.
 */
public final class SystemEngineClock implements EngineClock {

    private final long originNanos = System.nanoTime();

    @Override
    public long nowMillis() {
        return (System.nanoTime() - originNanos) / 1_000_000L;
    }
}
