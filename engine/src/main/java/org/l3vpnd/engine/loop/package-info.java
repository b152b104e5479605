/**
 * The engine loop: the one thread that owns all mutable engine state, its timers and its clock.
 *
 * <p>Invariants: engine state (VRF live state, RIB writers, protocol state) is only ever touched on
 * the loop thread; other threads reach it by handing a task to
 * {@link org.l3vpnd.engine.loop.EngineLoop#execute} or {@link org.l3vpnd.engine.loop.EngineLoop#call}
 * and read it only through the lock-free views the owning packages publish. Tasks run one at a
 * time in submission order; a failing task is logged and never stops the loop. Timers run on the
 * loop thread when the {@link org.l3vpnd.engine.loop.EngineClock} says they are due, so a
 * {@link org.l3vpnd.engine.loop.ManualClock} makes every timed behaviour deterministic in tests.
 * Nothing here blocks on I/O.
 */
package org.l3vpnd.engine.loop;
