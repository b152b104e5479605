package org.l3vpnd.engine.vrf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.l3vpnd.engine.vrf.VrfFixture.blackhole;
import static org.l3vpnd.engine.vrf.VrfFixture.vrf;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.config.Setting;
import org.l3vpnd.engine.config.SettingNames;

/** Route-count notifications on a manual clock: what fires, when, and what is held back. */
class VrfThresholdTest {

    private final VrfFixture f = new VrfFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private void add(int n) {
        f.commit(blackhole("red", "10.0." + n + ".0/24"));
    }

    private void remove(int n) {
        f.remove(blackhole("red", "10.0." + n + ".0/24").key());
    }

    @Test
    void highIsReissuedForNewAttemptsOnlyAfterTheInterval() {
        f.commit(Setting.of(SettingNames.L3VPN_MAX_THRESH_TIME, "60"), vrf("red", null, 1, 2, 0));
        add(1);
        assertEquals(List.of(), f.events.take());
        add(2);
        assertEquals(List.of("mid red 2/1"), f.events.take(), "mid is exceeded above it, high only above it too");
        add(3);
        assertEquals(List.of("high red 3/2"), f.events.take());

        f.clock.advance(Duration.ofSeconds(10));
        add(4);
        assertEquals(List.of(), f.events.take(), "an attempt inside the interval is held back");
        f.clock.advance(Duration.ofSeconds(49));
        assertEquals(List.of(), f.events.take());
        f.clock.advance(Duration.ofSeconds(1));
        assertEquals(List.of("high red 4/2"), f.events.take(), "re-issued when the interval ends");
        f.clock.advance(Duration.ofSeconds(300));
        assertEquals(List.of(), f.events.take(), "no attempt since: nothing more");

        // Falling below: cleared, but no sooner than the interval after the last high event.
        f.clock.advance(Duration.ofSeconds(1));
        add(5);
        assertEquals(List.of("high red 5/2"), f.events.take());
        f.clock.advance(Duration.ofSeconds(5));
        f.remove(blackhole("red", "10.0.5.0/24").key(), blackhole("red", "10.0.4.0/24").key(),
                blackhole("red", "10.0.3.0/24").key(), blackhole("red", "10.0.2.0/24").key());
        assertEquals(List.of(), f.events.take());
        f.clock.advance(Duration.ofSeconds(54));
        assertEquals(List.of(), f.events.take());
        f.clock.advance(Duration.ofSeconds(1));
        assertEquals(List.of("cleared red 1/2"), f.events.take());

        remove(1);
        add(1);
        add(2);
        assertEquals(List.of("mid red 2/1"), f.events.take(), "mid re-armed after the count fell below it");
    }

    @Test
    void aBriefExcursionInsideTheIntervalIsReportedAsTheStateIsWhenItEnds() {
        f.commit(Setting.of(SettingNames.L3VPN_MAX_THRESH_TIME, "60"), vrf("red", null, 0, 1, 0));
        add(1);
        add(2);
        assertEquals(List.of("high red 2/1"), f.events.take());
        f.clock.advance(Duration.ofSeconds(1));
        remove(2);
        remove(1);
        f.clock.advance(Duration.ofSeconds(1));
        add(1);
        add(2);
        f.clock.advance(Duration.ofSeconds(58));
        assertEquals(List.of("high red 2/1"), f.events.take(),
                "over again when the interval ended, with new attempts: re-issued, no stale cleared");
    }

    @Test
    void withIntervalZeroHighFiresOnceUntilTheCountFallsBelow() {
        f.commit(vrf("red", null, 0, 2, 0));
        add(1);
        add(2);
        add(3);
        add(4);
        assertEquals(List.of("high red 3/2"), f.events.take());
        remove(4);
        remove(3);
        assertEquals(List.of(), f.events.take(), "at the threshold is not below it");
        remove(2);
        assertEquals(List.of("cleared red 1/2"), f.events.take());
        add(2);
        add(3);
        assertEquals(List.of("high red 3/2"), f.events.take());
    }

    @Test
    void droppedRoutesAreAttemptsToExceed() {
        f.commit(Setting.of(SettingNames.L3VPN_MAX_THRESH_TIME, "30"), vrf("red", null, 0, 2, 2));
        add(1);
        add(2);
        assertEquals(List.of("high red 2/2"), f.events.take());
        add(3);
        assertEquals(1, f.status("red").routesDropped());
        f.clock.advance(Duration.ofSeconds(30));
        assertEquals(List.of("high red 2/2"), f.events.take(), "the refused route tried to exceed");
        f.clock.advance(Duration.ofSeconds(30));
        assertEquals(List.of(), f.events.take());
    }

    @Test
    void changingThresholdsIsJudgedAgainstTheCurrentCount() {
        f.commit(vrf("red", null, 0, 0, 0));
        add(1);
        add(2);
        add(3);
        assertEquals(List.of(), f.events.take(), "no thresholds, no events");
        f.commit(vrf("red", null, 2, 2, 0));
        assertEquals(List.of("mid red 3/2", "high red 3/2"), f.events.take());
        f.commit(vrf("red", null, 2, 0, 0));
        assertEquals(List.of(), f.events.take(), "switching the threshold off owes nothing");
    }

    @Test
    void deletingTheVrfCancelsAHeldBackEvent() {
        f.commit(Setting.of(SettingNames.L3VPN_MAX_THRESH_TIME, "60"), vrf("red", null, 0, 1, 0));
        add(1);
        add(2);
        f.clock.advance(Duration.ofSeconds(1));
        add(3);
        f.events.take();
        f.remove(blackhole("red", "10.0.1.0/24").key(), blackhole("red", "10.0.2.0/24").key(),
                blackhole("red", "10.0.3.0/24").key(), org.l3vpnd.engine.config.Vrf.keyOf("red"));
        f.clock.advance(Duration.ofSeconds(120));
        assertEquals(List.of(), f.events.take());
    }
}
