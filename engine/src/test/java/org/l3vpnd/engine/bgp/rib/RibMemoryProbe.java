package org.l3vpnd.engine.bgp.rib;

import io.netty.buffer.ByteBuf;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.l3vpnd.engine.bgp.session.PeerSession;
import org.l3vpnd.engine.bgp.wire.AsPath;
import org.l3vpnd.engine.bgp.wire.BgpCapability;
import org.l3vpnd.engine.bgp.wire.BgpUpdate;
import org.l3vpnd.engine.bgp.wire.MpNextHop;
import org.l3vpnd.engine.bgp.wire.NegotiatedCapabilities;
import org.l3vpnd.engine.bgp.wire.Nlri;
import org.l3vpnd.engine.bgp.wire.Origin;
import org.l3vpnd.engine.bgp.wire.PathAttributes;
import org.l3vpnd.engine.bgp.wire.PathAttributesBuilder;
import org.l3vpnd.engine.bgp.wire.UpdateOutcome;
import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.net.RouteDistinguisher;
import org.l3vpnd.engine.net.RouteTarget;

/**
 * Heap cost of a VPN-IPv4 route: a million routes from one PE, with 1000 distinct attribute sets,
 * measured as the heap delta around loading them, then again with one peer's Adj-RIB-Out. A manual
 * probe, not a test: it prints figures and asserts nothing timing-related. Run with
 * {@code mvn -o -pl engine test -Dtest=RibMemoryProbe -Dl3vpnd.memoryProbe=true}.
 */
@EnabledIfSystemProperty(named = "l3vpnd.memoryProbe", matches = "true")
class RibMemoryProbe {
    private static final int ROUTES = 1_000_000;
    private static final int ATTRIBUTE_SETS = 1000;
    private static final int PER_UPDATE = 1000;

    /** A session that takes and drops everything, so only the RIB's own memory is measured. */
    private static final class Sink implements PeerSession {
        private final BgpPeer config;
        private final NegotiatedCapabilities caps;

        Sink(FakePeerSession template) {
            this.config = template.config();
            this.caps = template.capabilities();
        }

        @Override
        public BgpPeer config() {
            return config;
        }

        @Override
        public NegotiatedCapabilities capabilities() {
            return caps;
        }

        @Override
        public IpAddress localAddress() {
            return IpAddress.parse("192.0.2.1");
        }

        @Override
        public IpAddress remoteAddress() {
            return config.address();
        }

        @Override
        public long remoteAs() {
            return config.remoteAs();
        }

        @Override
        public int remoteRouterId() {
            return config.address().ipv4();
        }

        @Override
        public boolean internal() {
            return true;
        }

        @Override
        public boolean send(ByteBuf message) {
            message.release();
            return true;
        }

        @Override
        public void onWritable(Runnable task) {
            task.run();
        }

        @Override
        public void requestRouteRefresh(AfiSafi family) {
        }

        @Override
        public void sendRouteRefreshMarker(AfiSafi family, int subtype) {
        }

        @Override
        public void sendEndOfRib(AfiSafi family) {
        }

        @Override
        public Optional<BgpCapability.GracefulRestart> peerGracefulRestart() {
            return Optional.empty();
        }
    }

    private static Sink sink(String address, boolean rrClient) {
        return new Sink(new FakePeerSession("", address, 65000, 65000, address, rrClient, 0,
                EnumSet.of(AfiSafi.VPNV4), false));
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            best = Math.min(best, rt.totalMemory() - rt.freeMemory());
        }
        return best;
    }

    @Test
    void bytesPerVpnRoute() {
        try (RibHarness h = new RibHarness()) {
            Sink pe = sink("10.255.0.2", true);
            h.run(() -> h.rib.established(pe));
            List<PathAttributes> sets = new ArrayList<>();
            for (int i = 0; i < ATTRIBUTE_SETS; i++) {
                sets.add(h.interner.intern(new PathAttributesBuilder().origin(Origin.IGP)
                        .asPath(AsPath.sequence(65010 + i % 50, 65100 + i)).localPref(100)
                        .mpNextHop(MpNextHop.of(IpAddress.parse("10.255.0.2")))
                        .extendedCommunities(List.of(RouteTarget.ofAs2(65000, i % 20).toExtendedCommunity()))
                        .build()));
            }
            long before = usedHeap();
            load(h, pe, sets);
            long loaded = usedHeap();
            System.out.printf("RIB: %d VPN-IPv4 routes, %d attribute sets: %.1f bytes/route (Loc-RIB + Adj-RIB-In)%n",
                    ROUTES, ATTRIBUTE_SETS, (loaded - before) / (double) ROUTES);

            Sink client = sink("10.255.0.3", false);
            h.run(() -> h.rib.established(client));
            h.settle();
            for (int i = 0; i < 400; i++) {
                h.settle(); // the dump yields every 4096 keys; let it finish
            }
            long withOut = usedHeap();
            int advertised = h.call(() -> h.rib.adjRibOutCount(client.config().key(), AfiSafi.VPNV4));
            System.out.printf("Adj-RIB-Out of one peer: %d routes, %.1f bytes/route more%n", advertised,
                    (withOut - loaded) / (double) ROUTES);
            Reference.reachabilityFence(sets);
        }
    }

    private static void load(RibHarness h, Sink pe, List<PathAttributes> sets) {
        RouteDistinguisher rd = RouteDistinguisher.parse("65000:1");
        for (int start = 0; start < ROUTES; start += PER_UPDATE) {
            int first = start;
            h.loop.call(() -> {
                List<Nlri> nlri = new ArrayList<>(PER_UPDATE);
                for (int i = first; i < first + PER_UPDATE; i++) {
                    nlri.add(new Nlri.Vpn(rd, IpPrefix.ofIpv4(0x0a000000 + (i << 8), 24), 16 + i % 100_000));
                }
                PathAttributes attrs = sets.get((first / PER_UPDATE) % sets.size());
                h.rib.update(pe, new UpdateOutcome.Ok(new BgpUpdate(List.of(), attrs, List.of(),
                        new BgpUpdate.MpReach(AfiSafi.VPNV4, nlri), null)));
                return null;
            });
        }
        h.settle();
    }
}
