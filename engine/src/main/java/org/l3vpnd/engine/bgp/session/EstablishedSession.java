package org.l3vpnd.engine.bgp.session;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.l3vpnd.engine.bgp.wire.BgpCapability;
import org.l3vpnd.engine.bgp.wire.BgpRouteRefresh;
import org.l3vpnd.engine.bgp.wire.BgpUpdate;
import org.l3vpnd.engine.bgp.wire.NegotiatedCapabilities;
import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.loop.EngineLoop;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;

/**
 * The RIB's handle on one Established period of a connection. Writes go to the channel without
 * a flush; one flush per engine-loop turn sends what the turn wrote, so a burst of UPDATEs
 * leaves in few segments. After {@link #kill} every send is refused.
 *
 * <p>Engine loop only.
 */
final class EstablishedSession implements PeerSession {
    private final EngineLoop loop;
    private final Channel channel;
    private final BgpPeer config;
    private final NegotiatedCapabilities capabilities;
    private final IpAddress localAddress;
    private final IpAddress remoteAddress;
    private final long remoteAs;
    private final int remoteRouterId;
    private final boolean internal;
    private final boolean peerRouteRefresh;
    private final BgpCapability.GracefulRestart peerGracefulRestart;
    private final List<Runnable> writableTasks = new ArrayList<>();
    private boolean flushQueued;
    private boolean alive = true;

    EstablishedSession(EngineLoop loop, Connection c, BgpPeer config, boolean internal) {
        this.loop = loop;
        this.channel = c.channel();
        this.config = config;
        this.capabilities = c.capabilities();
        this.localAddress = Transport.ip(c.localSocket());
        this.remoteAddress = Transport.ip(c.remoteSocket());
        this.remoteAs = c.receivedOpen().effectiveAs();
        this.remoteRouterId = c.receivedOpen().bgpId();
        this.internal = internal;
        this.peerRouteRefresh = c.receivedOpen().hasCapability(BgpCapability.ROUTE_REFRESH);
        this.peerGracefulRestart = c.receivedOpen().capability(BgpCapability.GracefulRestart.class).orElse(null);
    }

    @Override
    public BgpPeer config() {
        return config;
    }

    @Override
    public NegotiatedCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public IpAddress localAddress() {
        return localAddress;
    }

    @Override
    public IpAddress remoteAddress() {
        return remoteAddress;
    }

    @Override
    public long remoteAs() {
        return remoteAs;
    }

    @Override
    public int remoteRouterId() {
        return remoteRouterId;
    }

    @Override
    public boolean internal() {
        return internal;
    }

    @Override
    public Optional<BgpCapability.GracefulRestart> peerGracefulRestart() {
        return Optional.ofNullable(peerGracefulRestart);
    }

    @Override
    public boolean send(ByteBuf message) {
        if (!alive) {
            message.release();
            return false;
        }
        write(message);
        return channel.isWritable();
    }

    @Override
    public void onWritable(Runnable task) {
        if (!alive) {
            return; // the session is gone: nothing will be written to it again
        }
        writableTasks.add(task);
        if (channel.isWritable()) {
            // It may have become writable before the task was registered; do not wait for an event.
            loop.execute(this::writable);
        }
    }

    @Override
    public void requestRouteRefresh(AfiSafi family) {
        if (alive && peerRouteRefresh && capabilities.families().contains(family)) {
            write(new BgpRouteRefresh(family.afi(), family.safi(), BgpRouteRefresh.NORMAL));
        }
    }

    @Override
    public void sendRouteRefreshMarker(AfiSafi family, int subtype) {
        if (alive && capabilities.enhancedRouteRefresh() && capabilities.families().contains(family)) {
            write(new BgpRouteRefresh(family.afi(), family.safi(), subtype));
        }
    }

    @Override
    public void sendEndOfRib(AfiSafi family) {
        if (alive && capabilities.families().contains(family)) {
            write(BgpUpdate.endOfRib(family));
        }
    }

    /** The session left Established: refuse sends, drop pending writability tasks. */
    void kill() {
        alive = false;
        writableTasks.clear();
    }

    /** The channel became writable: run the waiting tasks once each. */
    void writable() {
        if (!alive || writableTasks.isEmpty() || !channel.isWritable()) {
            return;
        }
        List<Runnable> tasks = new ArrayList<>(writableTasks);
        writableTasks.clear();
        tasks.forEach(Runnable::run);
    }

    private void write(Object message) {
        channel.write(message, channel.voidPromise());
        if (!flushQueued) {
            flushQueued = true;
            loop.execute(() -> {
                flushQueued = false;
                channel.flush();
            });
        }
    }
}
