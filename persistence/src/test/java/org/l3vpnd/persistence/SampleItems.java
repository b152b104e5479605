package org.l3vpnd.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.InterfaceSetting;
import org.l3vpnd.engine.config.ManagementRow;
import org.l3vpnd.engine.config.NotifyTarget;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.Setting;
import org.l3vpnd.engine.config.SnmpUser;
import org.l3vpnd.engine.config.StaticRoute;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.config.VrfInterface;
import org.l3vpnd.engine.config.VrfRouteTarget;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.net.RouteDistinguisher;
import org.l3vpnd.engine.net.RouteTarget;

/** Persistent items of every stored kind, with the awkward values a mapper could get wrong. */
final class SampleItems {

    /** The largest Unsigned32, which does not fit an int column. */
    static final long U32_MAX = 0xffffffffL;

    private SampleItems() {
    }

    static List<ConfigItem> persistent() {
        List<ConfigItem> items = new ArrayList<>(management());
        items.addAll(vrfs());
        items.addAll(routeTargets());
        items.addAll(vrfInterfaces());
        items.addAll(staticRoutes());
        items.addAll(bgpPeers());
        return List.copyOf(items);
    }

    private static List<ConfigItem> management() {
        return List.of(
                Setting.of("system.name", "pe1.example.net"),
                new Setting("system.location", "rack 3, 'quoted' \"and\" ünïcödé", StorageType.PERMANENT),
                new Setting("empty", "", StorageType.READ_ONLY),
                new InterfaceSetting(1, "uplink to P1", StorageType.NON_VOLATILE),
                new InterfaceSetting(Integer.MAX_VALUE, "", StorageType.PERMANENT),
                new SnmpUser("admin", "SHA-256", bytes(32, 1), "AES-128", bytes(16, 100), true,
                        StorageType.NON_VOLATILE),
                new SnmpUser("monitor", "SHA-1", bytes(20, 7), "none", new byte[0], false, StorageType.READ_ONLY),
                new NotifyTarget("nms", "192.0.2.10", 162, "v3", "admin", "authPriv", true,
                        StorageType.NON_VOLATILE),
                new NotifyTarget("legacy", "2001:db8::1", 65535, "v2c", "public", "noAuthNoPriv", false,
                        StorageType.PERMANENT),
                new ManagementRow("1.3.6.1.6.3.12.1.2.1", "3.110.109.115", bytes(40, 3), StorageType.NON_VOLATILE),
                new ManagementRow("1.3.6.1.6.3.12.1.3.1", "3.110.109.115", new byte[0], StorageType.NON_VOLATILE));
    }

    static List<Vrf> vrfs() {
        return List.of(
                new Vrf("red", bytes(7, 3), "customer 'red' ünïcödé", RouteDistinguisher.parse("65000:1"),
                        U32_MAX - 1, U32_MAX, U32_MAX, Vrf.ADMIN_UP, true, StorageType.NON_VOLATILE),
                // No route distinguisher yet: the rd column is NULL.
                new Vrf("blue", null, "", null, 0, 0, 0, Vrf.ADMIN_DOWN, false, StorageType.PERMANENT),
                new Vrf("grün", new byte[7], "", RouteDistinguisher.parse("4200000000:65535"), 10, 0, 100,
                        Vrf.ADMIN_TESTING, true, StorageType.READ_ONLY));
    }

    /** Same index with different types, the largest index, and a row without a value. */
    static List<VrfRouteTarget> routeTargets() {
        return List.of(
                new VrfRouteTarget("red", 1, VrfRouteTarget.Type.IMPORT, RouteTarget.parse("65000:1"), "hub",
                        true, StorageType.NON_VOLATILE),
                new VrfRouteTarget("red", 1, VrfRouteTarget.Type.EXPORT, RouteTarget.parse("192.0.2.1:7"), "",
                        true, StorageType.NON_VOLATILE),
                new VrfRouteTarget("red", U32_MAX, VrfRouteTarget.Type.BOTH, RouteTarget.parse("65000L:7"),
                        "ünïcödé", true, StorageType.PERMANENT),
                new VrfRouteTarget("blue", 2, VrfRouteTarget.Type.IMPORT, null, "not yet", false,
                        StorageType.READ_ONLY));
    }

    static List<VrfInterface> vrfInterfaces() {
        return List.of(
                new VrfInterface("red", 10, 2, new byte[] {(byte) 0xfe}, true, StorageType.NON_VOLATILE),
                new VrfInterface("blue", Integer.MAX_VALUE, 1, null, false, StorageType.PERMANENT));
    }

    /** Routes whose keys differ only in the next hop (present or absent) or only in the policy. */
    static List<StaticRoute> staticRoutes() {
        IpPrefix tenOne = IpPrefix.parse("10.1.0.0/16");
        IpAddress gateway = IpAddress.parse("192.0.2.1");
        return List.of(
                new StaticRoute("red", tenOne, null, gateway, 10, StaticRoute.TYPE_REMOTE, U32_MAX,
                        new int[] {1, -1, -1, -1, -1}, null, true, StorageType.NON_VOLATILE),
                new StaticRoute("red", tenOne, null, null, 0, StaticRoute.TYPE_BLACKHOLE, 0, null, null, true,
                        StorageType.NON_VOLATILE),
                // Sub-identifier -1 is 4294967295 unsigned.
                new StaticRoute("red", tenOne, new int[] {1, 3, 6, 1, 4, 1, -1}, gateway, 10, StaticRoute.TYPE_REMOTE,
                        65000, new int[] {0, 1, 2, 3, Integer.MAX_VALUE}, bytes(24, 9), false, StorageType.PERMANENT),
                new StaticRoute("red", IpPrefix.parse("0.0.0.0/0"), new int[0], IpAddress.ipv4Mapped(0xc0000207), 0,
                        StaticRoute.TYPE_REMOTE, 0, null, null, true, StorageType.READ_ONLY),
                new StaticRoute("blue", IpPrefix.parse("2001:db8::/32"), null, IpAddress.parse("fe80::1"), 7,
                        StaticRoute.TYPE_REMOTE, 0, null, null, true, StorageType.NON_VOLATILE),
                new StaticRoute("blue", IpPrefix.parse("::/0"), null, null, 0, StaticRoute.TYPE_REJECT, 0, null, null,
                        true, StorageType.NON_VOLATILE));
    }

    /**
     * The same address in the provider table and in two VRFs, every family bit (the top one alone
     * too), no family, no local address, and the largest 4-octet AS.
     */
    static List<BgpPeer> bgpPeers() {
        IpAddress ce = IpAddress.parse("10.0.0.1");
        return List.of(
                new BgpPeer("", IpAddress.parse("192.0.2.2"), U32_MAX, IpAddress.parse("192.0.2.1"), 179, 0,
                        EnumSet.allOf(AfiSafi.class), -1, -1, -1, -1, true, false, "route reflector 'rr1' ünïcödé",
                        true, true, StorageType.NON_VOLATILE),
                new BgpPeer("", ce, 65000, null, 65535, 65535, EnumSet.of(AfiSafi.IPV6_LABELED), 0, 0, 65535,
                        65535, false, true, "", false, true, StorageType.PERMANENT),
                new BgpPeer("red", ce, 65001, IpAddress.parse("10.0.0.2"), 1, 1,
                        EnumSet.of(AfiSafi.IPV4_UNICAST, AfiSafi.IPV6_UNICAST), 3, 1, 1, 0, false, false, "", true,
                        true, StorageType.NON_VOLATILE),
                new BgpPeer("grün", ce, 1, null, 179, 0, EnumSet.noneOf(AfiSafi.class), 65535, 21845, -1, -1, false,
                        false, "not yet", true, false, StorageType.READ_ONLY),
                new BgpPeer("blue", IpAddress.parse("2001:db8::1"), 4200000000L, IpAddress.parse("fe80::1"), 179, 0,
                        EnumSet.of(AfiSafi.IPV6_UNICAST), 90, 30, 120, 5, false, false, "", true, true,
                        StorageType.NON_VOLATILE));
    }

    static Set<Class<? extends ConfigItem>> kinds(List<ConfigItem> items) {
        return items.stream().map(i -> i.key().kind()).collect(Collectors.toSet());
    }

    /** Every byte value, including those that are not valid text, appears in the keys. */
    static byte[] bytes(int length, int first) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (first + i * 37);
        }
        return b;
    }

    /** RunningConfig has no equals: same kinds, and the same items of each kind in the same order. */
    static void assertSameConfig(RunningConfig expected, RunningConfig actual) {
        assertEquals(Set.copyOf(expected.kinds()), Set.copyOf(actual.kinds()), "kinds");
        for (Class<? extends ConfigItem> kind : expected.kinds()) {
            assertEquals(List.copyOf(expected.all(kind)), List.copyOf(actual.all(kind)), kind.getSimpleName());
        }
    }
}
