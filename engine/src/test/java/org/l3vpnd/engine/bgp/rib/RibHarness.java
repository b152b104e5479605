package org.l3vpnd.engine.bgp.rib;

import io.netty.buffer.UnpooledByteBufAllocator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.l3vpnd.engine.bgp.wire.AsPath;
import org.l3vpnd.engine.bgp.wire.AttributeInterner;
import org.l3vpnd.engine.bgp.wire.BgpUpdate;
import org.l3vpnd.engine.bgp.wire.MpNextHop;
import org.l3vpnd.engine.bgp.wire.Nlri;
import org.l3vpnd.engine.bgp.wire.Origin;
import org.l3vpnd.engine.bgp.wire.PathAttributes;
import org.l3vpnd.engine.bgp.wire.PathAttributesBuilder;
import org.l3vpnd.engine.bgp.wire.UpdateOutcome;
import org.l3vpnd.engine.loop.EngineLoop;
import org.l3vpnd.engine.loop.ManualClock;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;

/** A BGP RIB on a manual clock, with helpers to bring fake sessions up and feed them UPDATEs. */
public final class RibHarness implements AutoCloseable {
    public static final long LOCAL_AS = 65000;
    public static final String ROUTER_ID = "10.0.0.1";
    private static final int SETTLE_BARRIERS = 16;

    public final ManualClock clock = new ManualClock(1_000_000);
    public final EngineLoop loop = new EngineLoop("rib-test-loop", clock);
    public final AttributeInterner interner = new AttributeInterner();
    public final BgpRib rib;
    private final List<FakePeerSession> sessions = new ArrayList<>();

    public RibHarness() {
        this(NextHopResolver.ALWAYS_REACHABLE);
    }

    public RibHarness(NextHopResolver resolver) {
        BgpRibSettings settings = BgpRibSettings.of(LOCAL_AS, IpAddress.parse(ROUTER_ID));
        rib = new BgpRib(loop, settings, resolver, interner, UnpooledByteBufAllocator.DEFAULT);
    }

    /** Runs on the loop and waits, then lets everything the task queued run too. */
    public <T> T call(Callable<T> task) {
        T result = loop.call(task);
        settle();
        return result;
    }

    public void run(Runnable task) {
        call(() -> {
            task.run();
            return null;
        });
    }

    /**
     * Waits until the loop has run everything queued, including the continuation rounds that
     * update generation queues behind itself (one per 4096 keys, so a few barriers cover any test).
     */
    public void settle() {
        for (int i = 0; i < SETTLE_BARRIERS; i++) {
            loop.call(() -> null);
        }
    }

    public void advance(Duration d) {
        clock.advance(d);
        settle();
    }

    public void up(FakePeerSession s) {
        sessions.add(s);
        run(() -> rib.established(s));
    }

    public void down(FakePeerSession s, boolean retain) {
        run(() -> rib.down(s, retain));
    }

    public void receive(FakePeerSession s, BgpUpdate u) {
        run(() -> rib.update(s, new UpdateOutcome.Ok(u)));
    }

    /** Announces IPv4 unicast prefixes. */
    public void announce(FakePeerSession s, PathAttributes attrs, String... prefixes) {
        List<IpPrefix> list = new ArrayList<>();
        for (String p : prefixes) {
            list.add(IpPrefix.parse(p));
        }
        receive(s, new BgpUpdate(List.of(), attrs, list, null, null));
    }

    public void announceMp(FakePeerSession s, AfiSafi family, PathAttributes attrs, List<Nlri> nlri) {
        receive(s, new BgpUpdate(List.of(), attrs, List.of(), new BgpUpdate.MpReach(family, nlri), null));
    }

    public void withdraw(FakePeerSession s, String... prefixes) {
        List<IpPrefix> list = new ArrayList<>();
        for (String p : prefixes) {
            list.add(IpPrefix.parse(p));
        }
        receive(s, new BgpUpdate(list, PathAttributes.EMPTY, List.of(), null, null));
    }

    public Path best(String prefix) {
        return call(() -> rib.best("", AfiSafi.IPV4_UNICAST, RouteKey.of(IpPrefix.parse(prefix))));
    }

    /** IGP origin, the given AS path, IPv4 next hop. */
    public static PathAttributesBuilder attrs(String nextHop, long... asPath) {
        return new PathAttributesBuilder().origin(Origin.IGP).asPath(AsPath.sequence(asPath))
                .nextHop(IpAddress.parse(nextHop));
    }

    /** Attributes for an MP family: no classic NEXT_HOP, an MP next hop. */
    public static PathAttributesBuilder mpAttrs(String nextHop, long... asPath) {
        return new PathAttributesBuilder().origin(Origin.IGP).asPath(AsPath.sequence(asPath))
                .mpNextHop(MpNextHop.of(IpAddress.parse(nextHop)));
    }

    /** Stops the loop and fails if any session was sent something that does not decode cleanly. */
    @Override
    public void close() {
        loop.close();
        for (FakePeerSession s : sessions) {
            if (!s.malformed().isEmpty()) {
                throw new AssertionError(s + " received malformed messages: " + s.malformed());
            }
        }
    }
}
