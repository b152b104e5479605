package org.l3vpnd.engine.vpn;

import io.netty.buffer.UnpooledByteBufAllocator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.l3vpnd.engine.bgp.rib.BgpRib;
import org.l3vpnd.engine.bgp.rib.BgpRibSettings;
import org.l3vpnd.engine.bgp.rib.FakePeerSession;
import org.l3vpnd.engine.bgp.rib.NextHopResolver;
import org.l3vpnd.engine.bgp.wire.AttributeInterner;
import org.l3vpnd.engine.bgp.wire.BgpUpdate;
import org.l3vpnd.engine.bgp.wire.UpdateOutcome;
import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.ConfigStore;
import org.l3vpnd.engine.config.ItemKey;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.Setting;
import org.l3vpnd.engine.config.SettingNames;
import org.l3vpnd.engine.config.StaticRoute;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.config.TestCommits;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.config.VrfRouteTarget;
import org.l3vpnd.engine.config.VrfValidator;
import org.l3vpnd.engine.label.LabelManager;
import org.l3vpnd.engine.loop.EngineLoop;
import org.l3vpnd.engine.loop.ManualClock;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.net.RouteDistinguisher;
import org.l3vpnd.engine.net.RouteTarget;
import org.l3vpnd.engine.rib.Route;
import org.l3vpnd.engine.vrf.FakeInterfaces;
import org.l3vpnd.engine.vrf.VrfManager;

/**
 * The whole VPN path in one JVM: configuration service, VRF manager, BGP RIB, label manager and
 * connector on a manual-clock loop, wired as the agent will wire them, plus a fake PE peer.
 */
final class VpnFixture implements AutoCloseable {
    static final long AS = 65000;

    final ManualClock clock = new ManualClock(1_000_000);
    final EngineLoop loop = new EngineLoop("vpn-test-loop", clock);
    final ConfigService config;
    final VrfManager vrfs;
    final BgpRib rib;
    final LabelManager labels = new LabelManager();
    final VpnConnector connector;
    /** An iBGP PE peer with the VPN families. */
    final FakePeerSession pe = new FakePeerSession("", "10.255.0.2", AS, AS, "10.255.0.2", false, 0,
            EnumSet.of(AfiSafi.VPNV4, AfiSafi.VPNV6), false);

    final FakeInterfaces interfaces = new FakeInterfaces();

    VpnFixture() {
        config = new ConfigService(ConfigStore.NONE, RunningConfig.of(List.of(
                Setting.of(SettingNames.BGP_LOCAL_AS, Long.toString(AS)),
                Setting.of(SettingNames.BGP_ROUTER_ID, "10.0.0.1"))));
        config.addValidator(new VrfValidator());
        vrfs = new VrfManager(loop, config, interfaces);
        vrfs.start();
        rib = new BgpRib(loop, BgpRibSettings.from(config.running()), NextHopResolver.ALWAYS_REACHABLE,
                new AttributeInterner(), UnpooledByteBufAllocator.DEFAULT);
        rib.followSettings(config);
        connector = new VpnConnector(loop, config, rib, labels, VrfRouteSink.of(vrfs),
                new VrfRibRouteSource(loop, vrfs));
        connector.start();
        settle();
        up(pe);
    }

    void settle() {
        for (int i = 0; i < 8; i++) {
            loop.call(() -> null);
        }
    }

    <T> T call(java.util.concurrent.Callable<T> task) {
        T out = loop.call(task);
        settle();
        return out;
    }

    void up(FakePeerSession s) {
        call(() -> {
            rib.established(s);
            return null;
        });
    }

    void receive(FakePeerSession s, BgpUpdate u) {
        call(() -> {
            rib.update(s, new UpdateOutcome.Ok(u));
            return null;
        });
    }

    void commit(ConfigItem... items) {
        TestCommits.put(config, items);
        settle();
    }

    void remove(ItemKey... keys) {
        TestCommits.remove(config, keys);
        settle();
    }

    static Vrf vrf(String name, String rd) {
        return new Vrf(name, null, "", rd == null ? null : RouteDistinguisher.parse(rd), 0, 0, 0, Vrf.ADMIN_UP, true,
                StorageType.VOLATILE);
    }

    static VrfRouteTarget rt(String vrf, long index, VrfRouteTarget.Type type, String rt) {
        return new VrfRouteTarget(vrf, index, type, RouteTarget.parse(rt), "", true, StorageType.VOLATILE);
    }

    static StaticRoute staticRoute(String vrf, String prefix, String nextHop) {
        return new StaticRoute(vrf, IpPrefix.parse(prefix), null, IpAddress.parse(nextHop), 0, StaticRoute.TYPE_REMOTE,
                0, null, null, true, StorageType.VOLATILE);
    }

    /** The VRF's installed routes for {@code prefix}. */
    List<Route> routes(String vrf, String prefix) {
        List<Route> out = new ArrayList<>();
        IpPrefix p = IpPrefix.parse(prefix);
        for (Route r : vrfs.vrf(vrf).orElseThrow().rib().routes()) {
            if (r.prefix().equals(p)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The VRF's BGP route for {@code prefix}, or null. */
    Route bgpRoute(String vrf, String prefix) {
        return routes(vrf, prefix).stream().filter(r -> r.protocol() == Route.PROTO_BGP).findFirst().orElse(null);
    }

    @Override
    public void close() {
        loop.close();
        if (!pe.malformed().isEmpty()) {
            throw new AssertionError("malformed messages to the PE: " + pe.malformed());
        }
    }
}
