package org.l3vpnd.engine.vrf;

import java.time.Duration;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

import org.l3vpnd.engine.loop.EngineLoop;
import org.l3vpnd.engine.loop.ScheduledTask;

/**
 * The route-count notifications of one VRF (RFC 4382 notifications .0.3, .0.4, .0.6). Engine loop only.
 *
 * <p>Mid: "exceeded" when the count goes above the threshold, once, re-armed when the count falls
 * below it. High: the count is <em>over</em> when above the threshold, or at it when the threshold
 * equals the route limit (reaching the limit is enough); it stops being over when the count falls
 * below the threshold. The listener hears the over state, exceeded or cleared, each time it changes,
 * and "exceeded" again for further attempts to add routes while over; but no two high events come
 * closer together than the L3VPN_MAX_THRESH_TIME interval: what happens inside the interval is
 * reported once when it ends, as the state is then. With interval 0 nothing is held back and an
 * attempt while over is not reported again (once until the count falls below).
 */
final class RouteThresholds {

    private static final long NEVER = Long.MIN_VALUE;

    private final String vrf;
    private final EngineLoop loop;
    private final VrfEventListener events;
    private final LongSupplier intervalMillis;
    private final IntSupplier count;
    private long mid;
    private long high;
    private long max;
    private boolean midExceeded;
    private boolean highOver;
    private boolean highReported;
    private boolean attemptPending;
    private long lastHighEventMillis = NEVER;
    private ScheduledTask timer;

    RouteThresholds(String vrf, EngineLoop loop, VrfEventListener events, LongSupplier intervalMillis,
                    IntSupplier count) {
        this.vrf = vrf;
        this.loop = loop;
        this.events = events;
        this.intervalMillis = intervalMillis;
        this.count = count;
    }

    void configure(long mid, long high, long max) {
        this.mid = mid;
        this.high = high;
        this.max = max;
        evaluate(false);
    }

    /** After routes were installed ({@code grew}) or removed. */
    void countChanged(boolean grew) {
        evaluate(grew);
    }

    /** A route was refused at the limit: it tried to take the count one higher. */
    void dropped() {
        boolean triedToExceed = high != 0 && count.getAsInt() + 1L > high;
        evaluate(triedToExceed);
    }

    void close() {
        cancelTimer();
    }

    private void evaluate(boolean attempt) {
        int n = count.getAsInt();
        if (mid == 0 || n < mid) {
            midExceeded = false;
        } else if (!midExceeded && n > mid) {
            midExceeded = true;
            events.midThresholdExceeded(vrf, n, mid);
        }
        if (high == 0) {
            // No threshold, nothing to report, nothing owed.
            highOver = highReported = attemptPending = false;
            cancelTimer();
            return;
        }
        boolean over = n > high || (high == max && n >= high);
        if (over && !highOver) {
            highOver = true;
            attempt = true;
        } else if (highOver && n < high) {
            highOver = false;
            attemptPending = false;
        }
        if (attempt && highOver) {
            attemptPending = true;
        }
        publish();
    }

    private void publish() {
        boolean stateNews = highReported != highOver;
        if (!stateNews && !(highOver && attemptPending)) {
            return;
        }
        long interval = intervalMillis.getAsLong();
        if (interval <= 0) {
            if (stateNews) {
                send();
            }
            attemptPending = false;
            return;
        }
        long now = loop.clock().nowMillis();
        if (lastHighEventMillis == NEVER || now - lastHighEventMillis >= interval) {
            send();
            lastHighEventMillis = now;
        } else if (timer == null) {
            timer = loop.schedule(this::intervalEnded, Duration.ofMillis(lastHighEventMillis + interval - now));
        }
    }

    private void intervalEnded() {
        timer = null;
        publish();
    }

    private void send() {
        int n = count.getAsInt();
        if (highOver) {
            events.highThresholdExceeded(vrf, n, high);
        } else {
            events.highThresholdCleared(vrf, n, high);
        }
        highReported = highOver;
        attemptPending = false;
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}
