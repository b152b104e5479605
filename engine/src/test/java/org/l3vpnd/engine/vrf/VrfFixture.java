package org.l3vpnd.engine.vrf;

import java.util.ArrayList;
import java.util.List;

import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.ConfigStore;
import org.l3vpnd.engine.config.ItemKey;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.StaticRoute;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.config.TestCommits;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.config.VrfInterface;
import org.l3vpnd.engine.config.VrfValidator;
import org.l3vpnd.engine.loop.EngineLoop;
import org.l3vpnd.engine.loop.ManualClock;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.net.RouteDistinguisher;
import org.l3vpnd.engine.rib.Route;

/** A VRF manager on a manual clock with a fake interface source and a real, validating config service. */
final class VrfFixture implements AutoCloseable {

    final ManualClock clock = new ManualClock(100_000);
    final EngineLoop loop = new EngineLoop("vrf-test-loop", clock);
    final FakeInterfaces interfaces = new FakeInterfaces();
    final EventRecorder events = new EventRecorder();
    final ConfigService config;
    final VrfManager manager;

    VrfFixture() {
        this(RunningConfig.EMPTY);
    }

    VrfFixture(RunningConfig initial) {
        config = new ConfigService(ConfigStore.NONE, initial);
        config.addValidator(new VrfValidator());
        manager = new VrfManager(loop, config, interfaces);
        manager.addEventListener(events);
        manager.start();
        settle();
    }

    /** Waits until the loop has done everything queued so far. */
    void settle() {
        loop.call(() -> null);
    }

    void commit(ConfigItem... items) {
        TestCommits.put(config, items);
        settle();
    }

    void remove(ItemKey... keys) {
        TestCommits.remove(config, keys);
        settle();
    }

    void setInterface(int ifIndex, boolean up, String... subnets) {
        interfaces.set(ifIndex, up, subnets);
        settle();
    }

    VrfStatus status(String vrf) {
        return manager.vrf(vrf).orElseThrow(() -> new AssertionError("no VRF " + vrf));
    }

    /** The VRF's RIB in index order, one short line per route. */
    List<String> routes(String vrf) {
        List<String> out = new ArrayList<>();
        for (Route r : status(vrf).rib().routes()) {
            out.add(r.prefix() + (r.nextHop() == null ? "" : " via " + r.nextHop()) + " p" + r.protocol() + " t"
                    + r.type() + (r.ifIndex() == 0 ? "" : " if" + r.ifIndex()));
        }
        return out;
    }

    @Override
    public void close() {
        loop.close();
    }

    static Vrf vrf(String name, String rd) {
        return vrf(name, rd, 0, 0, 0);
    }

    static Vrf vrf(String name, String rd, long mid, long high, long max) {
        return new Vrf(name, null, "", rd == null ? null : RouteDistinguisher.parse(rd), mid, high, max,
                Vrf.ADMIN_UP, true, StorageType.VOLATILE);
    }

    static Vrf admin(Vrf v, int adminStatus, boolean inService) {
        return new Vrf(v.name(), v.vpnId(), v.description(), v.rd(), v.midThreshold(), v.highThreshold(),
                v.maxRoutes(), adminStatus, inService, v.storage());
    }

    static VrfInterface binding(String vrf, int ifIndex) {
        return new VrfInterface(vrf, ifIndex, 2, null, true, StorageType.VOLATILE);
    }

    static StaticRoute blackhole(String vrf, String dest) {
        return new StaticRoute(vrf, IpPrefix.parse(dest), null, null, 0, StaticRoute.TYPE_BLACKHOLE, 0, null, null,
                true, StorageType.VOLATILE);
    }

    static StaticRoute remote(String vrf, String dest, String nextHop, int ifIndex) {
        return new StaticRoute(vrf, IpPrefix.parse(dest), null, IpAddress.parse(nextHop), ifIndex,
                StaticRoute.TYPE_REMOTE, 65001, new int[] {10, -1, -1, -1, -1}, null, true, StorageType.VOLATILE);
    }
}
