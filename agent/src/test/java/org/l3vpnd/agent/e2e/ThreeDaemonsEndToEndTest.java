package org.l3vpnd.agent.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One PE, configured with snmpset alone, holds iBGP sessions with GoBGP, FRR's bgpd and BIRD 2 at
 * once, all inside a network namespace whose loopback carries each router's address (FRR refuses
 * 127/8 next hops as martians). Checked on each daemon's own CLI and through the MIBs: VPNv4 and
 * VPNv6 routes in both directions with RD, label and route target intact (VPNv6 with IPv4-mapped
 * next hops, 6VPE), the per-family prefix counts, route refresh asked by FRR and BIRD, withdrawals
 * by each daemon and by the PE, graceful restart of the PE (the daemons keep its routes stale until it is back) and of
 * GoBGP (the PE keeps its routes for GoBGP's restart time, then drops them), and the NOTIFICATION
 * for an OPEN from an unexpected AS.
 */
class ThreeDaemonsEndToEndTest {

    private static final String X = "L3VPND-MIB::";
    private static final String M = "MPLS-L3VPN-STD-MIB::";
    private static final String PE = "10.255.0.1";
    private static final String GOBGP = "10.255.0.2";
    private static final String FRR = "10.255.0.3";
    private static final String BIRD = "10.255.0.4";
    /** Family rows: AFI, SAFI 128. */
    private static final String VPNV4_ROW = ".1.128";
    private static final String VPNV6_ROW = ".2.128";
    /** Route rows by number: InetAddress indexes in quotes would be taken as text. */
    private static final String STATIC_V4 = "\"vpnA\".1.4.192.168.50.0.24.2.0.0.0.0";
    private static final String STATIC_V6 = "\"vpnA\".2.16.32.1.13.184.0.80.0.0.0.0.0.0.0.0.0.0.64.2.0.0.0.0";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private String ns;
    private NetSnmp ops;
    private NetSnmp pub;
    private int gobgpApi;

    @Test
    void vpnRoutesFlowBetweenThePeAndThreeDaemonsAtOnce() throws Exception {
        assumeTrue(NetNamespace.available(), "network namespaces need root; run-tests runs as root");
        try (NetNamespace netns = NetNamespace.create()) {
            ns = netns.name();
            for (String a : List.of(PE, GOBGP, FRR, BIRD)) {
                netns.exec("ip", "addr", "add", a + "/32", "dev", "lo");
            }
            // BIRD's static VPN routes need a gateway on a connected network.
            netns.vethPair("l3t0", "10.99.0.1/24", "l3t1", "10.99.0.2/24");
            List<DaemonProcess> daemons = new ArrayList<>();
            try {
                run(daemons);
            } finally {
                for (DaemonProcess d : daemons) {
                    d.close();
                }
            }
        }
    }

    private void run(List<DaemonProcess> daemons) throws Exception {
        gobgpApi = FreePort.tcp();
        DaemonProcess gobgpd = DaemonProcess.start("gobgpd", ns, dir, "gobgpd", "-f", gobgpConfig().toString(),
                "-t", "toml", "-p", "--api-hosts", "127.0.0.1:" + gobgpApi, "--pprof-disable");
        daemons.add(gobgpd);
        Path frrDir = Files.createDirectories(dir.resolve("frr"));
        DaemonProcess bgpd = DaemonProcess.start("bgpd", ns, dir, "/usr/lib/frr/bgpd", "-f", frrConfig().toString(),
                "-i", frrDir.resolve("bgpd.pid").toString(), "-z", frrDir.resolve("zserv.api").toString(),
                "--vty_socket", frrDir.toString(), "-Z", "-S", "-n", "-p", "1791", "-l", FRR, "-P", "0",
                "--log", "stdout");
        daemons.add(bgpd);
        DaemonProcess bird = DaemonProcess.start("bird", ns, dir, "bird", "-c", birdConfig().toString(), "-s",
                dir.resolve("bird.ctl").toString(), "-f");
        daemons.add(bird);

        Path data = dir.resolve("data");
        assertTrue(ApplianceProcess.addOpsUser(data).ok());
        int snmpPort = FreePort.udp();
        String[] listeners = {"--snmp", "127.0.0.1:" + snmpPort, "--http", "127.0.0.1:" + FreePort.tcp(),
                "--bgp", PE + ":1179"};
        ops = NetSnmp.ops("127.0.0.1", snmpPort).in(ns);
        pub = NetSnmp.v2c("public", "127.0.0.1", snmpPort).in(ns);
        List<DaemonProcess> all = List.of(gobgpd, bgpd, bird);

        try (ApplianceProcess app = ApplianceProcess.start(ns, data, listeners)) {
            configure();
            awaitAllEstablished(app, all);

            // GoBGP's routes come from its CLI; FRR's and BIRD's from their configuration.
            gobgp("global", "rib", "-a", "vpnv4", "add", "10.2.0.0/16", "label", "200", "rd", "65000:2", "rt",
                    "65000:100", "nexthop", GOBGP);
            gobgp("global", "rib", "-a", "vpnv6", "add", "2001:db8:2::/48", "label", "201", "rd", "65000:2", "rt",
                    "65000:100", "nexthop", "::ffff:" + GOBGP);
            int label = ourRoutesAtEveryDaemon(all);
            awaitTrue("every daemon's VPNv4 and VPNv6 route imported into vpnA by route target",
                    () -> vrfRoutes().out(), () -> vrfBgpRoutes() == 6, all);
            String routes = vrfRoutes().out();
            for (String expected : List.of("ipv4.\"10.2.0.0\".16.2.0.0.ipv4.\"10.255.0.2\"",
                    "ipv4.\"10.3.0.0\".16.2.0.0.ipv4.\"10.255.0.3\"", "ipv4.\"10.4.0.0\".16.2.0.0.ipv4.\"10.255.0.4\"",
                    mappedRoute(2), mappedRoute(3), mappedRoute(4))) {
                assertTrue(routes.contains(expected), expected + " missing in:\n" + routes);
            }

            for (String peer : List.of(GOBGP, FRR, BIRD)) {
                for (String fam : List.of(VPNV4_ROW, VPNV6_ROW)) {
                    String row = peerRow(peer) + fam;
                    awaitTrue("one prefix each way, graceful restart negotiated, for " + row,
                            () -> pub.walk(X + "l3vpndBgpPeerFamTable").out(),
                            () -> readAll(X + "l3vpndBgpPeerFamPfxRcvd" + row, X + "l3vpndBgpPeerFamPfxAccepted" + row,
                                    X + "l3vpndBgpPeerFamPfxAdvertised" + row, X + "l3vpndBgpPeerFamGrState" + row)
                                    .equals(List.of("1", "1", "1", "negotiated")), all);
                }
            }

            routeRefreshAnsweredFor(FRR, all, () -> vtysh("clear bgp ipv4 vpn " + PE + " soft in"));
            routeRefreshAnsweredFor(BIRD, all, () -> birdc("reload", "in", "l3vpnd"));

            // Withdrawals: each daemon withdraws one route, which leaves the VRF; the VRF's IPv6 route
            // leaves every daemon.
            gobgp("global", "rib", "-a", "vpnv6", "del", "2001:db8:2::/48", "label", "201", "rd", "65000:2");
            must(vtyshRun("configure terminal", "router bgp 65000", "address-family ipv4 vpn",
                    "no network 10.3.0.0/16 rd 65000:3 label 300"));
            birdc("disable", "s6");
            awaitTrue("withdrawn from vpnA: GoBGP's VPNv6, FRR's VPNv4 and BIRD's VPNv6 route",
                    () -> vrfRoutes().out(), () -> {
                        String out = vrfRoutes().out();
                        return !out.contains(mappedRoute(2)) && !out.contains("\"10.3.0.0\"")
                                && !out.contains(mappedRoute(4)) && out.contains(mappedRoute(3))
                                && out.contains("\"10.4.0.0\"");
                    }, all);
            must(ops.set(M + "mplsL3VpnVrfRteInetCidrStatus." + STATIC_V6, "i", "destroy"));
            awaitTrue("the VRF's IPv6 route withdrawn from every daemon", () -> gobgp("global", "rib", "-a", "vpnv6")
                            + vtysh("show bgp ipv6 vpn") + birdc("show", "route", "table", "vpntab6"),
                    () -> !gobgp("global", "rib", "-a", "vpnv6").contains("2001:db8:50::")
                            && !vtysh("show bgp ipv6 vpn").contains("2001:db8:50::")
                            && !birdc("show", "route", "table", "vpntab6").contains("2001:db8:50::"), all);

            // The PE crashes: the daemons keep its route, marked stale, as RFC 4724 helpers.
            app.kill9();
        }
        awaitTrue("FRR and GoBGP keep the PE's route as stale", () -> vtysh("show bgp ipv4 vpn")
                        + gobgp("global", "rib", "-a", "vpnv4"),
                () -> vtysh("show bgp ipv4 vpn").contains("S>i192.168.50.0/24")
                        && gobgp("global", "rib", "-a", "vpnv4").contains("S*>65000:1:192.168.50.0/24"), all);
        try (ApplianceProcess app = ApplianceProcess.start(ns, data, listeners)) {
            // Configuration from the store; the sessions and the route come back fresh.
            awaitAllEstablished(app, all);
            awaitTrue("the PE's route fresh again at FRR and GoBGP", () -> vtysh("show bgp ipv4 vpn")
                            + gobgp("global", "rib", "-a", "vpnv4"),
                    () -> vtysh("show bgp ipv4 vpn").contains("*>i192.168.50.0/24")
                            && gobgp("global", "rib", "-a", "vpnv4").contains("*> 65000:1:192.168.50.0/24"), all);
            gobgp("global", "rib", "-a", "vpnv4", "add", "10.2.0.0/16", "label", "200", "rd", "65000:2", "rt",
                    "65000:100", "nexthop", GOBGP);
            awaitTrue("GoBGP's route in vpnA", () -> vrfRoutes().out(),
                    () -> vrfRoutes().out().contains("\"10.2.0.0\".16.2.0.0.ipv4.\"10.255.0.2\""), all);

            // GoBGP crashes: its route stays for its restart time (5 s), then goes.
            gobgpd.kill9();
            String gobgpV4 = peerRow(GOBGP) + VPNV4_ROW;
            awaitTrue("GoBGP restarting", () -> pub.walk(X + "l3vpndBgpPeerFamGrState").out(),
                    () -> read(X + "l3vpndBgpPeerFamGrState" + gobgpV4).equals("peerRestarting"), all);
            assertTrue(vrfRoutes().out().contains("\"10.2.0.0\".16.2.0.0.ipv4.\"10.255.0.2\""),
                    () -> "kept while GoBGP restarts:\n" + vrfRoutes().out());
            awaitTrue("GoBGP's route gone after its restart time", () -> vrfRoutes().out(),
                    () -> !vrfRoutes().out().contains("\"10.2.0.0\""), all);

            // An OPEN from an AS other than the configured one is refused with 2/2 (RFC 4271 6.2).
            String birdRow = peerRow(BIRD);
            must(ops.set(X + "l3vpndBgpPeerRemoteAs" + birdRow, "u", "65099"));
            awaitTrue("BIRD's OPEN refused", () -> pub.walk(X + "l3vpndBgpPeerStateTable").out()
                            + birdc("show", "protocols", "all", "l3vpnd"),
                    () -> read(X + "l3vpndBgpPeerLastError" + birdRow).equals("02 02")
                            && birdc("show", "protocols", "all", "l3vpnd").contains("Received: Bad peer AS"), all);
            assertEquals("idle", read(X + "l3vpndBgpPeerFsmState" + birdRow));
            assertEquals("established", read("BGP4-MIB::bgpPeerState." + FRR), app.output());
        }
    }

    // --- configuration --------------------------------------------------------------------------

    private void configure() {
        must(ops.set(X + "l3vpndBgpLocalAs.0", "u", "65000", X + "l3vpndBgpRouterId.0", "a", PE,
                X + "l3vpndBgpGrEnable.0", "i", "true"));
        int port = 1790;
        for (String peer : List.of(GOBGP, FRR, BIRD)) {
            String i = peerRow(peer);
            must(ops.set(X + "l3vpndBgpPeerRemoteAs" + i, "u", "65000", X + "l3vpndBgpPeerLocalAddrType" + i, "i",
                    "ipv4", X + "l3vpndBgpPeerLocalAddr" + i, "x", "0AFF0001", X + "l3vpndBgpPeerRemotePort" + i, "u",
                    Integer.toString(port++), X + "l3vpndBgpPeerFamilies" + i, "b", "2 3",
                    X + "l3vpndBgpPeerAdminStatus" + i, "i", "up", X + "l3vpndBgpPeerStorageType" + i, "i",
                    "nonVolatile", X + "l3vpndBgpPeerRowStatus" + i, "i", "createAndGo"));
        }
        must(ops.set(M + "mplsL3VpnVrfRD.\"vpnA\"", "s", "65000:1", M + "mplsL3VpnVrfConfAdminStatus.\"vpnA\"", "i",
                "up", M + "mplsL3VpnVrfConfStorageType.\"vpnA\"", "i", "nonVolatile",
                M + "mplsL3VpnVrfConfRowStatus.\"vpnA\"", "i", "createAndGo"));
        must(ops.set(M + "mplsL3VpnVrfRT.\"vpnA\".1.both", "s", "65000:100",
                M + "mplsL3VpnVrfRTStorageType.\"vpnA\".1.both", "i", "nonVolatile",
                M + "mplsL3VpnVrfRTRowStatus.\"vpnA\".1.both", "i", "createAndGo"));
        for (String route : List.of(STATIC_V4, STATIC_V6)) {
            must(ops.set(M + "mplsL3VpnVrfRteInetCidrType." + route, "i", "blackhole",
                    M + "mplsL3VpnVrfRteInetCidrStatus." + route, "i", "createAndGo"));
        }
    }

    private Path gobgpConfig() throws Exception {
        Path conf = dir.resolve("gobgpd.toml");
        StringBuilder families = new StringBuilder();
        for (String f : List.of("l3vpn-ipv4-unicast", "l3vpn-ipv6-unicast")) {
            families.append("""
                      [[neighbors.afi-safis]]
                        [neighbors.afi-safis.config]
                          afi-safi-name = "%s"
                        [neighbors.afi-safis.mp-graceful-restart.config]
                          enabled = true
                    """.formatted(f));
        }
        Files.writeString(conf, """
                [global.config]
                  as = 65000
                  router-id = "%1$s"
                  port = 1790
                  local-address-list = ["%1$s"]
                [[neighbors]]
                  [neighbors.config]
                    neighbor-address = "%2$s"
                    peer-as = 65000
                  [neighbors.transport.config]
                    passive-mode = true
                    local-address = "%1$s"
                  [neighbors.graceful-restart.config]
                    enabled = true
                    restart-time = 5
                """.formatted(GOBGP, PE) + families);
        return conf;
    }

    private Path frrConfig() throws Exception {
        Path conf = dir.resolve("bgpd.conf");
        Files.writeString(conf, """
                frr defaults traditional
                hostname frr-pe
                !
                route-map RT permit 10
                 set extcommunity rt 65000:100
                !
                router bgp 65000
                 bgp router-id %1$s
                 no bgp default ipv4-unicast
                 bgp graceful-restart
                 neighbor %2$s remote-as 65000
                 neighbor %2$s update-source %1$s
                 neighbor %2$s passive
                 address-family ipv4 vpn
                  neighbor %2$s activate
                  network 10.3.0.0/16 rd 65000:3 label 300 route-map RT
                 exit-address-family
                 address-family ipv6 vpn
                  neighbor %2$s activate
                  network 2001:db8:3::/48 rd 65000:3 label 301 route-map RT
                 exit-address-family
                !
                """.formatted(FRR, PE));
        return conf;
    }

    /** BIRD takes IPv4-mapped VPNv6 next hops (6VPE) only with extended next hop on the channel. */
    private Path birdConfig() throws Exception {
        Path conf = dir.resolve("bird.conf");
        Files.writeString(conf, """
                router id %1$s;
                vpn4 table vpntab4;
                vpn6 table vpntab6;
                protocol device { }
                protocol static s4 {
                  vpn4 { table vpntab4; };
                  route 65000:4 10.4.0.0/16 via 10.99.0.2 mpls 400 { bgp_ext_community.add((rt, 65000, 100)); };
                }
                protocol static s6 {
                  vpn6 { table vpntab6; };
                  route 65000:4 2001:db8:4::/48 via 10.99.0.2 mpls 401 { bgp_ext_community.add((rt, 65000, 100)); };
                }
                protocol bgp l3vpnd {
                  local %1$s port 1792 as 65000;
                  neighbor %2$s as 65000;
                  passive on;
                  graceful restart on;
                  vpn4 mpls { table vpntab4; import all; export all; next hop self; };
                  vpn6 mpls { table vpntab6; import all; export all; next hop self; extended next hop on; };
                }
                """.formatted(BIRD, PE));
        return conf;
    }

    // --- checks -----------------------------------------------------------------------------------

    private void awaitAllEstablished(ApplianceProcess app, List<DaemonProcess> daemons) {
        awaitTrue("sessions with GoBGP, FRR and BIRD at once", () -> pub.walk("BGP4-MIB::bgpPeerState").out()
                        + "\n" + app.output(),
                () -> List.of(GOBGP, FRR, BIRD).stream()
                        .allMatch(p -> read("BGP4-MIB::bgpPeerState." + p).equals("established")), daemons);
    }

    /** The VRF's two routes at each daemon, with RD, route target and one label; returns the label. */
    private int ourRoutesAtEveryDaemon(List<DaemonProcess> daemons) {
        Pattern atGobgp = Pattern.compile("65000:1:192\\.168\\.50\\.0/24\\s+\\[(\\d+)\\]\\s+" + Pattern.quote(PE)
                + ".*65000:100");
        awaitTrue("the VRF's routes at GoBGP", () -> gobgp("global", "rib", "-a", "vpnv4")
                        + gobgp("global", "rib", "-a", "vpnv6"),
                () -> atGobgp.matcher(gobgp("global", "rib", "-a", "vpnv4")).find()
                        && gobgp("global", "rib", "-a", "vpnv6").matches(
                                "(?s).*65000:1:2001:db8:50::/64\\s+\\[\\d+\\].*65000:100.*"), daemons);
        Matcher m = atGobgp.matcher(gobgp("global", "rib", "-a", "vpnv4"));
        assertTrue(m.find());
        int label = Integer.parseInt(m.group(1));
        assertTrue(label >= 16 && label <= 1_048_575, "a label outside the reserved range: " + label);

        awaitTrue("the VRF's routes at FRR, 6VPE next hop included",
                () -> vtysh("show bgp ipv4 vpn") + vtysh("show bgp ipv6 vpn"),
                () -> vtysh("show bgp ipv4 vpn").matches("(?s).*Route Distinguisher: 65000:1\\s+\\*>i192\\.168\\.50\\.0/24"
                        + "\\s+10\\.255\\.0\\.1 .*EC\\{65000:100\\} label=" + label + " .*")
                        && vtysh("show bgp ipv6 vpn").matches("(?s).*Route Distinguisher: 65000:1\\s+\\*>i2001:db8:50::/64"
                        + "\\s+::ffff:aff:1 .*EC\\{65000:100\\} label=" + label + " .*"), daemons);
        awaitTrue("the VRF's routes at BIRD", () -> birdc("show", "route", "all"),
                () -> {
                    String out = birdc("show", "route", "all");
                    return out.matches("(?s).*65000:1 192\\.168\\.50\\.0/24 .*BGP\\.next_hop: 10\\.255\\.0\\.1\\s+"
                            + "BGP\\.local_pref: 100\\s+BGP\\.ext_community: \\(rt, 65000, 100\\)\\s+"
                            + "BGP\\.mpls_label_stack: " + label + "\\s.*")
                            && out.matches("(?s).*65000:1 2001:db8:50::/64 .*BGP\\.mpls_label_stack: " + label + "\\s.*");
                }, daemons);
        return label;
    }

    /** The peer asks for a route refresh; the PE answers with its routes again. */
    private void routeRefreshAnsweredFor(String peer, List<DaemonProcess> daemons, Runnable ask) {
        String updates = X + "l3vpndBgpPeerOutUpdates" + peerRow(peer);
        long before = counter(updates);
        ask.run();
        awaitTrue("UPDATEs re-sent to " + peer + " after its ROUTE-REFRESH", () -> read(updates),
                () -> counter(updates) > before, daemons);
    }

    private int vrfBgpRoutes() {
        return (int) vrfRoutes().out().lines().filter(l -> l.endsWith("bgp(14)")).count();
    }

    private Exec.Result vrfRoutes() {
        return pub.walk(M + "mplsL3VpnVrfRteInetCidrProto");
    }

    private static String mappedRoute(int router) {
        return "ipv6.\"20:01:0d:b8:00:0" + router + ":00:00:00:00:00:00:00:00:00:00\".48.2.0.0.ipv6."
                + "\"00:00:00:00:00:00:00:00:00:00:ff:ff:0a:ff:00:0" + router + "\"";
    }

    /** The provider instance (empty VRF name), IPv4, the address's four octets. */
    private static String peerRow(String address) {
        return ".0.1.4." + address;
    }

    private static void awaitTrue(String what, Supplier<String> seen, BooleanSupplier condition,
                                  List<DaemonProcess> daemons) {
        if (!Deadline.await(WAIT, condition)) {
            StringBuilder sb = new StringBuilder(what).append(" — not within ").append(WAIT).append(". Seen:\n")
                    .append(seen.get());
            for (DaemonProcess d : daemons) {
                sb.append("\n").append(d.output());
            }
            throw new AssertionError(sb.toString());
        }
    }

    /** The value, or "" while the agent cannot answer it (polling reads must not throw). */
    private String read(String oid) {
        List<String> values = readAll(oid);
        return values.isEmpty() ? "" : values.get(0);
    }

    /** The values of one GET, in order; empty while the agent cannot answer. */
    private List<String> readAll(String... oids) {
        Exec.Result r = pub.toolWith("snmpget", List.of("-Oqv"), oids);
        if (!r.ok()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            String v = line.trim();
            out.add((v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v)
                    .trim());
        }
        return out;
    }

    private long counter(String oid) {
        String v = read(oid);
        return v.matches("\\d+") ? Long.parseLong(v) : -1;
    }

    private static void must(Exec.Result r) {
        assertTrue(r.ok(), r.toString());
    }

    // --- the daemons' CLIs ----------------------------------------------------------------------

    private String gobgp(String... args) {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", ns, "gobgp", "-p",
                Integer.toString(gobgpApi)));
        cmd.addAll(List.of(args));
        return Exec.run(cmd).out();
    }

    private String vtysh(String command) {
        return vtyshRun(command).out();
    }

    /** Runs the commands in one vtysh session, in order (configuration commands need their modes). */
    private Exec.Result vtyshRun(String... commands) {
        List<String> cmd = new ArrayList<>(List.of("vtysh", "--vty_socket", dir.resolve("frr").toString(), "-d",
                "bgpd"));
        for (String c : commands) {
            cmd.addAll(List.of("-c", c));
        }
        return Exec.run(cmd);
    }

    private String birdc(String... args) {
        List<String> cmd = new ArrayList<>(List.of("birdc", "-s", dir.resolve("bird.ctl").toString()));
        cmd.addAll(List.of(args));
        return Exec.run(cmd).out();
    }
}
