package org.l3vpnd.webui;

import java.util.ArrayList;
import java.util.List;

import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.ConfigStore;
import org.l3vpnd.engine.config.InterfaceSetting;
import org.l3vpnd.engine.config.NotifyTarget;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.Setting;
import org.l3vpnd.engine.config.SettingNames;
import org.l3vpnd.engine.config.SnmpUser;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.config.VrfInterface;
import org.l3vpnd.engine.config.VrfRouteTarget;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.net.RouteDistinguisher;
import org.l3vpnd.engine.net.RouteTarget;
import org.l3vpnd.engine.rib.Route;
import org.l3vpnd.engine.rib.VrfRib;
import org.l3vpnd.engine.vrf.VrfStatusFixture;

/**
 * The router the web UI tests browse: a few VRFs, hostile names and descriptions among them, one
 * with 500 routes, SNMP users with keys and a v2c target with a community that must stay hidden.
 *
 * <p>The RIBs are written by the thread that builds this (their single writer), so a test that
 * changes routes must do so on the same thread, as JUnit's test methods run.
 */
final class TestRouter {

    static final String SCRIPT_VRF = "<script>alert(1)</script>";
    static final String SLASH_VRF = "red/green 50%;x\\y";
    static final String DOTS_VRF = "..";
    static final String UMLAUT_VRF = "gr\u00fcn";
    static final String PENDING_VRF = "pending";
    static final String BIG_VRF = "big";
    static final int BIG_ROUTES = 500;

    static final String COMMUNITY = "s3cr3t-community";
    /** Key octets whose hex form must never appear in a page. */
    static final byte[] AUTH_KEY = {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef, 0x11, 0x22};
    static final byte[] PRIV_KEY = {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0x33, 0x44};

    final ConfigService config;
    final FakeVrfView view = new FakeVrfView();
    final VrfRib blueRib = new VrfRib();
    final VrfRib bigRib = new VrfRib();

    TestRouter() {
        List<ConfigItem> items = new ArrayList<>();
        items.add(Setting.of(SettingNames.SYS_NAME, "pe1 <b>edge</b>"));
        items.add(Setting.of(SettingNames.SYS_CONTACT, "noc@example.net"));
        items.add(Setting.of(SettingNames.SYS_LOCATION, "rack 4 & row 2"));

        Vrf blue = vrf("blue", "Customer <Blue> & Co", RouteDistinguisher.parse("65000:1"), Vrf.ADMIN_UP);
        Vrf script = vrf(SCRIPT_VRF, "<img src=x onerror=alert(2)>", null, Vrf.ADMIN_DOWN);
        Vrf big = vrf(BIG_VRF, "many routes", RouteDistinguisher.parse("65000:500"), Vrf.ADMIN_UP);
        items.add(blue);
        items.add(script);
        items.add(big);
        items.add(vrf(SLASH_VRF, "", null, Vrf.ADMIN_UP));
        items.add(vrf(DOTS_VRF, "", null, Vrf.ADMIN_UP));
        items.add(vrf(UMLAUT_VRF, "", null, Vrf.ADMIN_UP));
        items.add(vrf(PENDING_VRF, "not applied", null, Vrf.ADMIN_UP));

        items.add(routeTarget("blue", 1, VrfRouteTarget.Type.IMPORT, "65000:101"));
        items.add(routeTarget("blue", 2, VrfRouteTarget.Type.EXPORT, "65000:102"));
        items.add(routeTarget("blue", 3, VrfRouteTarget.Type.BOTH, "65000:103"));
        items.add(routeTarget(SCRIPT_VRF, 1, VrfRouteTarget.Type.BOTH, "65000:666"));
        items.add(new VrfInterface("blue", 3, 2, new byte[] {0x40}, true, StorageType.NON_VOLATILE));
        items.add(new VrfInterface("blue", 4, 2, null, true, StorageType.NON_VOLATILE));
        items.add(new InterfaceSetting(3, "eth1 to <cust>", StorageType.NON_VOLATILE));

        items.add(new SnmpUser("ops<admin>", "SHA-256", AUTH_KEY, "AES-128", PRIV_KEY, true,
                StorageType.NON_VOLATILE));
        items.add(new SnmpUser("monitor", "SHA-1", AUTH_KEY, "none", null, false, StorageType.NON_VOLATILE));
        items.add(new NotifyTarget("nms-v2c", "192.0.2.50", 162, "v2c", COMMUNITY, "noAuthNoPriv", false,
                StorageType.NON_VOLATILE));
        items.add(new NotifyTarget("nms-v3", "2001:db8::50", 10162, "v3", "trapuser", "authPriv", true,
                StorageType.NON_VOLATILE));
        config = new ConfigService(ConfigStore.NONE, RunningConfig.of(items));

        blueRib.add(Route.connected(IpPrefix.parse("192.0.2.0/24"), 3, 0));
        blueRib.add(new Route(IpPrefix.parse("198.51.100.0/24"), null, IpAddress.parse("192.0.2.254"),
                Route.PROTO_NETMGMT, Route.TYPE_REMOTE, 3, 0, new int[] {10, -1, -1, -1, -1}, null, 0));
        for (int i = 0; i < BIG_ROUTES; i++) {
            bigRib.add(bigRoute(i));
        }
        view.put(VrfStatusFixture.status(blue, blueRib, true, 1, 2));
        view.put(VrfStatusFixture.status(script, new VrfRib(), false, 0, 0));
        view.put(VrfStatusFixture.status(big, bigRib, true, 1, 1));
        for (String name : List.of(SLASH_VRF, DOTS_VRF, UMLAUT_VRF)) {
            view.put(VrfStatusFixture.status(config.running().get(Vrf.class, name).orElseThrow(), new VrfRib(),
                    false, 0, 0));
        }
    }

    /** Route {@code i} of the big VRF: 10.x.y.0/24 via 192.0.2.1, in index order by {@code i}. */
    static Route bigRoute(int i) {
        return new Route(IpPrefix.ofIpv4(0x0a000000 | i << 8, 24), null, IpAddress.parse("192.0.2.1"),
                Route.PROTO_BGP, Route.TYPE_REMOTE, 0, 65001, null, null, 0);
    }

    static String bigPrefix(int i) {
        return bigRoute(i).prefix().toString();
    }

    private static Vrf vrf(String name, String description, RouteDistinguisher rd, int adminStatus) {
        return new Vrf(name, null, description, rd, 0, 0, 0, adminStatus, true, StorageType.NON_VOLATILE);
    }

    private static VrfRouteTarget routeTarget(String vrf, long index, VrfRouteTarget.Type type, String rt) {
        return new VrfRouteTarget(vrf, index, type, RouteTarget.parse(rt), "rt " + index, true,
                StorageType.NON_VOLATILE);
    }
}
