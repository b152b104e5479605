package org.l3vpnd.engine.bgp.rib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.bgp.wire.BgpCapability;
import org.l3vpnd.engine.bgp.wire.BgpUpdate;
import org.l3vpnd.engine.bgp.wire.Nlri;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpPrefix;

/** The helper side of RFC 4724: stale routes kept across a restart, then swept. */
class GracefulRestartTest {
    private static final BgpCapability.GracefulRestart GR_IPV4 = new BgpCapability.GracefulRestart(
            BgpCapability.GracefulRestart.FLAG_RESTARTING, 60,
            List.of(new BgpCapability.GracefulRestart.Family(1, 1, 0x80)));

    private final RibHarness h = new RibHarness();
    private final FakePeerSession observer = FakePeerSession.of("10.1.0.1", 65000, "1.0.0.1", false);

    GracefulRestartTest() {
        h.up(observer);
    }

    @AfterEach
    void close() {
        h.close();
    }

    private FakePeerSession restarting() {
        return FakePeerSession.of("172.16.0.1", 65100, "3.0.0.1", false).gracefulRestart(GR_IPV4);
    }

    private FakePeerSession withRoutes() {
        FakePeerSession s = restarting();
        h.up(s);
        h.announce(s, RibHarness.attrs("172.16.0.1", 65100).build(), "50.0.0.0/24", "50.0.1.0/24");
        return s;
    }

    private boolean observerHas(String prefix) {
        return observer.table(AfiSafi.IPV4_UNICAST).containsKey(new Nlri.Unicast(IpPrefix.parse(prefix)));
    }

    @Test
    void staleRoutesStayInUseUntilEndOfRibThenWhatWasNotResentGoes() {
        FakePeerSession first = withRoutes();
        h.down(first, true);
        Path kept = h.best("50.0.0.0/24");
        assertNotNull(kept);
        assertTrue(kept.isStale());
        assertTrue(observerHas("50.0.0.0/24"), "no withdrawal while the peer restarts");

        FakePeerSession second = restarting();
        h.up(second);
        h.announce(second, RibHarness.attrs("172.16.0.1", 65100).build(), "50.0.1.0/24");
        assertFalse(h.best("50.0.1.0/24").isStale(), "re-announced, so fresh");
        assertTrue(h.best("50.0.0.0/24").isStale());
        int updatesBefore = observer.updateCount();
        h.receive(second, BgpUpdate.endOfRib(AfiSafi.IPV4_UNICAST));
        assertNull(h.best("50.0.0.0/24"), "End-of-RIB sweeps what was not re-sent");
        assertNotNull(h.best("50.0.1.0/24"));
        assertFalse(observerHas("50.0.0.0/24"));
        assertEquals(updatesBefore + 1, observer.updateCount(), "one withdrawal, no churn for the re-sent route");
    }

    @Test
    void theRestartTimerSweepsWhenThePeerDoesNotComeBack() {
        FakePeerSession first = withRoutes();
        h.down(first, true);
        h.advance(Duration.ofSeconds(59));
        assertNotNull(h.best("50.0.0.0/24"));
        h.advance(Duration.ofSeconds(1));
        assertNull(h.best("50.0.0.0/24"), "the peer's 60 s restart time ran out");
        assertNull(h.best("50.0.1.0/24"));
        assertFalse(observerHas("50.0.1.0/24"));
    }

    @Test
    void familiesThePeerNoLongerPreservesAreFlushedWhenItReturns() {
        FakePeerSession first = withRoutes();
        h.down(first, true);
        FakePeerSession second = FakePeerSession.of("172.16.0.1", 65100, "3.0.0.1", false);
        h.up(second);
        assertNull(h.best("50.0.0.0/24"), "no graceful restart capability this time: stale routes go at once");
    }

    @Test
    void theStalePathTimerCoversAPeerThatNeverSendsEndOfRib() {
        FakePeerSession first = withRoutes();
        h.down(first, true);
        h.up(restarting());
        h.advance(Duration.ofSeconds(BgpRibSettings.DEFAULT_STALE_PATH_TIME - 1));
        assertNotNull(h.best("50.0.0.0/24"));
        h.advance(Duration.ofSeconds(1));
        assertNull(h.best("50.0.0.0/24"));
    }

    @Test
    void aNonGracefulDownRemovesTheRoutesAtOnce() {
        FakePeerSession first = withRoutes();
        h.down(first, false);
        assertNull(h.best("50.0.0.0/24"));
        assertFalse(observerHas("50.0.1.0/24"));
    }
}
