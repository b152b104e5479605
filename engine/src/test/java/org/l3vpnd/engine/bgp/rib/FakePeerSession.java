package org.l3vpnd.engine.bgp.rib;

import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.l3vpnd.engine.bgp.session.PeerSession;
import org.l3vpnd.engine.bgp.wire.AttributeInterner;
import org.l3vpnd.engine.bgp.wire.BgpCapability;
import org.l3vpnd.engine.bgp.wire.BgpRouteRefresh;
import org.l3vpnd.engine.bgp.wire.BgpUpdate;
import org.l3vpnd.engine.bgp.wire.InboundEvent;
import org.l3vpnd.engine.bgp.wire.MessageCodec;
import org.l3vpnd.engine.bgp.wire.NegotiatedCapabilities;
import org.l3vpnd.engine.bgp.wire.Nlri;
import org.l3vpnd.engine.bgp.wire.PathAttributes;
import org.l3vpnd.engine.bgp.wire.UpdateDecoder;
import org.l3vpnd.engine.bgp.wire.UpdateOutcome;
import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;

/**
 * A session that decodes everything the RIB sends it with the real wire codecs and keeps it, in
 * order. It can play a peer that stops being writable after a number of messages. Engine loop
 * only, as the real one; tests read it after a loop barrier.
 */
public final class FakePeerSession implements PeerSession {
    /** One thing the RIB sent: a decoded message or an End-of-RIB marker. */
    public record Sent(InboundEvent message, AfiSafi endOfRib) {
        public BgpUpdate update() {
            return message instanceof UpdateOutcome.Ok ok ? ok.update() : null;
        }

        public BgpRouteRefresh routeRefresh() {
            return message instanceof BgpRouteRefresh r ? r : null;
        }
    }

    /** An announced route as the peer would hold it. */
    public record Received(PathAttributes attrs, int label) {
    }

    private final BgpPeer config;
    private final NegotiatedCapabilities caps;
    private final IpAddress local;
    private final long remoteAs;
    private final int routerId;
    private final boolean internal;
    private final UpdateDecoder decoder = new UpdateDecoder(new AttributeInterner());
    private final List<Sent> sent = new ArrayList<>();
    private final List<Runnable> writable = new ArrayList<>();
    private final List<AfiSafi> refreshRequests = new ArrayList<>();
    private final List<InboundEvent> malformed = new ArrayList<>();
    private Optional<BgpCapability.GracefulRestart> gracefulRestart = Optional.empty();
    private int budget = Integer.MAX_VALUE;
    private int updatesSent;

    public FakePeerSession(String vrf, String address, long remoteAs, long localAs, String routerId, boolean rrClient,
                           int mrai, Set<AfiSafi> families, boolean enhancedRefresh) {
        this.remoteAs = remoteAs;
        this.internal = remoteAs == localAs;
        IpAddress remote = IpAddress.parse(address);
        this.local = remote.isIpv6() ? IpAddress.parse("2001:db8::1") : IpAddress.parse("192.0.2.1");
        this.routerId = IpAddress.parse(routerId).ipv4();
        this.config = new BgpPeer(vrf, remote, remoteAs, null, 179, 0, families, -1, -1, -1, mrai, rrClient, false,
                "", true, true, StorageType.VOLATILE);
        this.caps = new NegotiatedCapabilities(true, families, !internal, enhancedRefresh, 4096);
    }

    /** An iBGP (same AS) or eBGP provider peer with every family and MRAI 0, so changes go out at once. */
    public static FakePeerSession of(String address, long remoteAs, String routerId, boolean rrClient) {
        return new FakePeerSession("", address, remoteAs, RibHarness.LOCAL_AS, routerId, rrClient, 0,
                EnumSet.allOf(AfiSafi.class), false);
    }

    public FakePeerSession gracefulRestart(BgpCapability.GracefulRestart gr) {
        this.gracefulRestart = Optional.ofNullable(gr);
        return this;
    }

    /** After {@code messages} more sends, report "not writable". */
    public void blockAfter(int messages) {
        budget = updatesSent + messages;
    }

    /** Becomes writable for good and runs the callbacks, as the session would on the loop. */
    public void unblock() {
        budget = Integer.MAX_VALUE;
        fireWritable();
    }

    /** Runs the writability callbacks without changing the budget. */
    public void fireWritable() {
        List<Runnable> tasks = new ArrayList<>(writable);
        writable.clear();
        tasks.forEach(Runnable::run);
    }

    public boolean waitingForWritable() {
        return !writable.isEmpty();
    }

    public List<Sent> sent() {
        return sent;
    }

    public List<BgpUpdate> updates() {
        List<BgpUpdate> out = new ArrayList<>();
        for (Sent s : sent) {
            if (s.update() != null) {
                out.add(s.update());
            }
        }
        return out;
    }

    public List<AfiSafi> endOfRibs() {
        List<AfiSafi> out = new ArrayList<>();
        for (Sent s : sent) {
            if (s.endOfRib() != null) {
                out.add(s.endOfRib());
            }
        }
        return out;
    }

    public void clear() {
        sent.clear();
    }

    /** The peer's view of our routes of {@code family} after replaying everything sent. */
    public Map<Nlri, Received> table(AfiSafi family) {
        Map<Nlri, Received> out = new LinkedHashMap<>();
        for (BgpUpdate u : updates()) {
            if (family == AfiSafi.IPV4_UNICAST) {
                u.withdrawn().forEach(p -> out.remove(new Nlri.Unicast(p)));
                u.nlri().forEach(p -> out.put(new Nlri.Unicast(p), new Received(u.attributes(), Nlri.NO_LABEL)));
            } else {
                if (u.mpUnreach() != null && u.mpUnreach().family() == family) {
                    u.mpUnreach().withdrawn().forEach(n -> out.keySet().removeIf(k -> RouteKey.of(k).equals(RouteKey.of(n))));
                }
                if (u.mpReach() != null && u.mpReach().family() == family) {
                    for (Nlri n : u.mpReach().nlri()) {
                        out.keySet().removeIf(k -> RouteKey.of(k).equals(RouteKey.of(n)));
                        out.put(n, new Received(u.attributes(), n.label()));
                    }
                }
            }
        }
        return out;
    }

    /** Messages that did not decode as clean UPDATEs or ROUTE-REFRESHes; tests expect none. */
    public List<InboundEvent> malformed() {
        return malformed;
    }

    public int updateCount() {
        return updates().size();
    }

    public List<AfiSafi> refreshRequests() {
        return refreshRequests;
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
        return local;
    }

    @Override
    public IpAddress remoteAddress() {
        return config.address();
    }

    @Override
    public long remoteAs() {
        return remoteAs;
    }

    @Override
    public int remoteRouterId() {
        return routerId;
    }

    @Override
    public boolean internal() {
        return internal;
    }

    @Override
    public boolean send(ByteBuf message) {
        try {
            InboundEvent e = MessageCodec.decode(message, caps, decoder);
            if (!(e instanceof UpdateOutcome.Ok) && !(e instanceof BgpRouteRefresh)) {
                // Recorded rather than thrown: the engine loop would only log an exception.
                malformed.add(e);
            }
            sent.add(new Sent(e, null));
        } finally {
            message.release();
        }
        updatesSent++;
        return updatesSent < budget;
    }

    @Override
    public void onWritable(Runnable task) {
        writable.add(task);
    }

    @Override
    public void requestRouteRefresh(AfiSafi family) {
        refreshRequests.add(family);
    }

    @Override
    public void sendRouteRefreshMarker(AfiSafi family, int subtype) {
        if (caps.enhancedRouteRefresh()) {
            sent.add(new Sent(new BgpRouteRefresh(family.afi(), family.safi(), subtype), null));
        }
    }

    @Override
    public void sendEndOfRib(AfiSafi family) {
        sent.add(new Sent(null, family));
    }

    @Override
    public Optional<BgpCapability.GracefulRestart> peerGracefulRestart() {
        return gracefulRestart;
    }

    @Override
    public String toString() {
        return "FakePeerSession[" + config.address() + " AS" + remoteAs + "]";
    }
}
