package org.l3vpnd.engine.loop;

/** A task scheduled on an {@link EngineLoop}. Thread-safe. */
public interface ScheduledTask {

    /**
     * Stops the task from running if it has not started. Cancelling on the loop thread is exact:
     * a task cancelled there never runs afterwards.
     */
    void cancel();

    /** True until the task has run or was cancelled. */
    boolean pending();

    /** The {@link EngineClock} time at which the task is due. */
    long dueAtMillis();
}
