package org.l3vpnd.engine.loop;

/**
 * The engine's notion of time: monotonic milliseconds from an arbitrary origin that never goes
 * back. Every engine timestamp (VRF creation, last change, route age) is on this clock, so a test
 * can drive all of them with a {@link ManualClock}. The SNMP layer converts these values to
 * TimeStamp/TimeTicks by subtracting the value it read when the agent started.
 *
 * <p>Implementations are thread-safe.
 */
@FunctionalInterface
public interface EngineClock {

    /** Monotonic milliseconds; only differences between two readings mean anything. */
    long nowMillis();
}
