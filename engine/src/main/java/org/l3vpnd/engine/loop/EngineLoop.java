package org.l3vpnd.engine.loop;

import java.time.Duration;
import java.util.PriorityQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single daemon thread that owns all mutable engine state (the GoBGP server-loop model): other
 * threads submit closures and, with {@link #call}, wait for their result. Tasks run one at a time
 * in submission order; timers run on the same thread, so a task never races a timer.
 *
 * <p>Thread-safe: every public method may be called from any thread. With a {@link ManualClock},
 * timers fire only when the clock is advanced, and {@link ManualClock#advance} returns after they
 * (and the tasks they submitted) have run.
 */
public final class EngineLoop implements Executor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EngineLoop.class);
    private static final Runnable STOP = () -> { };
    private static final long CLOSE_WAIT_MILLIS = 10_000;

    private final EngineClock clock;
    private final Thread thread;
    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final Object submitLock = new Object();
    private final AtomicLong timerSequence = new AtomicLong();
    private final Runnable advanceListener = this::afterManualAdvance;
    /** Loop thread only. */
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    /** Loop thread only: the STOP marker was taken from the queue. */
    private boolean stopping;
    private volatile boolean closed;

    public EngineLoop(String name, EngineClock clock) {
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
        if (clock instanceof ManualClock manual) {
            manual.onAdvance(advanceListener);
        }
    }

    public EngineClock clock() {
        return clock;
    }

    /** Whether the calling thread is this loop's thread. */
    public boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    /** For methods documented "engine loop only": fails fast when called from elsewhere. */
    public void checkInLoop() {
        if (!inLoop()) {
            throw new IllegalStateException("engine loop only; called on " + Thread.currentThread().getName());
        }
    }

    /**
     * Queues a task; it runs after every task queued before it. Called on the loop itself, the task
     * runs after the current one returns.
     *
     * @throws RejectedExecutionException after {@link #close()}
     */
    @Override
    public void execute(Runnable task) {
        java.util.Objects.requireNonNull(task, "task");
        synchronized (submitLock) {
            if (closed) {
                throw new RejectedExecutionException("engine loop " + thread.getName() + " is closed");
            }
            queue.add(task);
        }
    }

    /**
     * Runs {@code task} on the loop and waits for its result. On the loop thread it runs at once
     * (waiting for the queue would deadlock). Runtime exceptions and errors are rethrown as they
     * are; a checked exception arrives wrapped in a {@link CompletionException}.
     *
     * @throws IllegalStateException when the caller is interrupted while waiting (the task may
     *                               still run later)
     */
    public <T> T call(Callable<T> task) {
        if (inLoop()) {
            try {
                return task.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }
        FutureTask<T> future = new FutureTask<>(task);
        execute(future);
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the engine loop", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new CompletionException(cause);
        }
    }

    /**
     * Runs {@code task} on the loop once {@code delay} has passed on this loop's clock.
     *
     * @throws RejectedExecutionException after {@link #close()}
     */
    public ScheduledTask schedule(Runnable task, Duration delay) {
        java.util.Objects.requireNonNull(task, "task");
        long delayMillis = Math.max(0, delay.toMillis());
        Timer timer = new Timer(task, clock.nowMillis() + delayMillis, timerSequence.getAndIncrement());
        if (inLoop()) {
            timers.add(timer);
        } else {
            execute(() -> timers.add(timer));
        }
        return timer;
    }

    /**
     * Stops the loop: tasks already queued still run, timers are dropped, later submissions are
     * refused. Waits for the thread to finish unless called on the loop itself.
     */
    @Override
    public void close() {
        synchronized (submitLock) {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(STOP);
        }
        if (clock instanceof ManualClock manual) {
            manual.removeAdvanceListener(advanceListener);
        }
        if (inLoop()) {
            return;
        }
        try {
            thread.join(CLOSE_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("loop.close.timeout loop={} waitedMillis={}", thread.getName(), CLOSE_WAIT_MILLIS);
        }
    }

    public boolean closed() {
        return closed;
    }

    private void run() {
        try {
            while (!stopping || !queue.isEmpty()) {
                runDueTimers();
                Runnable task = stopping ? queue.poll() : take();
                if (task == null) {
                    continue;
                }
                if (task == STOP) {
                    stopping = true;
                    timers.clear();
                    continue;
                }
                runSafely(task);
            }
        } catch (InterruptedException e) {
            LOG.warn("loop.interrupted loop={}", thread.getName());
        }
    }

    /** Waits for a task, but only until the next timer is due on a clock that moves by itself. */
    private Runnable take() throws InterruptedException {
        Timer next = timers.peek();
        if (next == null || clock instanceof ManualClock) {
            return queue.take();
        }
        long wait = next.dueAtMillis - clock.nowMillis();
        return wait <= 0 ? queue.poll() : queue.poll(wait, TimeUnit.MILLISECONDS);
    }

    private void runDueTimers() {
        Timer t;
        while ((t = timers.peek()) != null && t.dueAtMillis <= clock.nowMillis()) {
            timers.poll();
            if (!t.cancelled) {
                t.cancelled = true; // a fired timer is no longer pending
                runSafely(t.task);
            }
        }
    }

    /**
     * Called on the thread that advanced a manual clock: runs the due timers on the loop, then
     * whatever they queued, so the caller sees a settled engine when advance returns.
     */
    private void afterManualAdvance() {
        if (closed || inLoop()) {
            return; // on the loop, the main cycle runs due timers right after the current task
        }
        try {
            call(() -> {
                runUntilIdle();
                return null;
            });
        } catch (RejectedExecutionException e) {
            // closed meanwhile: nothing left to run
        }
    }

    private void runUntilIdle() {
        while (true) {
            runDueTimers();
            Runnable task = queue.peek();
            if (task == null || task == STOP) {
                return;
            }
            queue.poll();
            runSafely(task);
        }
    }

    private void runSafely(Runnable task) {
        try {
            task.run();
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            // One bad task must not stop the thread that owns all engine state.
            LOG.error("loop.task.failed loop={} task={}", thread.getName(), task, e);
        }
    }

    private static final class Timer implements ScheduledTask, Comparable<Timer> {
        private final Runnable task;
        private final long dueAtMillis;
        private final long sequence;
        private volatile boolean cancelled;

        Timer(Runnable task, long dueAtMillis, long sequence) {
            this.task = task;
            this.dueAtMillis = dueAtMillis;
            this.sequence = sequence;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean pending() {
            return !cancelled;
        }

        @Override
        public long dueAtMillis() {
            return dueAtMillis;
        }

        /** Due time, then scheduling order, so equal due times run first-scheduled first. */
        @Override
        public int compareTo(Timer o) {
            int c = Long.compare(dueAtMillis, o.dueAtMillis);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }
}
