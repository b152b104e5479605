package org.l3vpnd.engine.bgp.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.l3vpnd.engine.net.AfiSafi.IPV4_UNICAST;
import static org.l3vpnd.engine.net.AfiSafi.VPNV4;
import static org.l3vpnd.engine.net.AfiSafi.VPNV6;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Interop with FRR's bgpd, run on its own (no zebra, no kernel routes, its vty socket in the temp
 * directory): an eBGP session from a 4-octet AS with VPNv4, VPNv6 and IPv4 unicast.
 */
class FrrInteropTest extends InteropTestBase {
    private static final String SPEAKER = "127.0.0.30";
    private static final String FRR = "127.0.0.31";

    @Test
    void ebgpSessionFromAFourOctetAsComesUpWithAllThreeFamilies() throws Exception {
        String bgpd = Daemon.require("/usr/lib/frr/bgpd");
        String vtysh = Daemon.require("vtysh");
        node = new SpeakerNode("s", SPEAKER, 4_200_000_030L, "10.0.0.30", true);
        int bgpPort = Daemon.freePort(FRR);
        Path conf = dir.resolve("bgpd.conf");
        Files.writeString(conf, """
                frr defaults traditional
                hostname frr-interop
                !
                router bgp 65001
                 bgp router-id 10.0.0.31
                 no bgp ebgp-requires-policy
                 no bgp default ipv4-unicast
                 bgp graceful-restart
                 neighbor %1$s remote-as 4200000030
                 neighbor %1$s port %2$d
                 neighbor %1$s update-source %3$s
                 neighbor %1$s disable-connected-check
                 neighbor %1$s passive
                 address-family ipv4 unicast
                  neighbor %1$s activate
                 exit-address-family
                 address-family ipv4 vpn
                  neighbor %1$s activate
                 exit-address-family
                 address-family ipv6 vpn
                  neighbor %1$s activate
                 exit-address-family
                !
                """.formatted(SPEAKER, node.port(), FRR));
        daemon = Daemon.start("bgpd", dir, bgpd, "-f", conf.toString(), "-i", dir.resolve("bgpd.pid").toString(),
                "-z", dir.resolve("zserv.api").toString(), "--vty_socket", dir.toString(), "-Z", "-S", "-n",
                "-p", Integer.toString(bgpPort), "-l", FRR, "-P", "0", "--log", "stdout");
        node.rib.onEstablished = InteropSupport::announceVpnv4Route;
        node.commit(PeerConfig.to(FRR, 65001, bgpPort).from(SPEAKER).families(VPNV4, VPNV6, IPV4_UNICAST).build());
        daemon.awaitEstablished(node, FRR);
        assertEquals(Set.of(VPNV4, VPNV6, IPV4_UNICAST), node.status(FRR).families());
        // Matched without whitespace: FRR pretty-prints its JSON.
        Daemon.awaitCli(dir, daemon, true, List.of("\"bgpState\":\"Established\"", "\"remoteAs\":4200000030",
                "\"remoteRouterId\":\"10.0.0.30\"", "\"bgpTimerHoldTimeMsecs\":90000",
                "\"4byteAs\":\"advertisedAndReceived\"", "\"routeRefresh\":\"advertisedAndReceivedNew\"",
                "\"enhancedRouteRefresh\":\"advertisedAndReceived\"",
                "\"ipv4Unicast\":{\"advertisedAndReceived\":true}", "\"ipv4Vpn\":{\"advertisedAndReceived\":true}",
                "\"ipv6Vpn\":{\"advertisedAndReceived\":true}", "\"gracefulRestart\":\"advertisedAndReceived\"",
                "\"gracefulRestartRemoteTimerMsecs\":120000"),
                vtysh, "--vty_socket", dir.toString(), "-d", "bgpd", "-c", "show bgp neighbors " + SPEAKER + " json");
        // Our UPDATE, decoded by FRR, and our End-of-RIB markers.
        Daemon.awaitCli(dir, daemon, List.of("Route Distinguisher: 65000:1", "10.1.0.0/16", "label=100"),
                vtysh, "--vty_socket", dir.toString(), "-d", "bgpd", "-c", "show bgp ipv4 vpn");
        Daemon.awaitCli(dir, daemon, true,
                List.of("\"endOfRibRecv\":{\"ipv4Unicast\":true,\"ipv4Vpn\":true,\"ipv6Vpn\":true}"),
                vtysh, "--vty_socket", dir.toString(), "-d", "bgpd", "-c", "show bgp neighbors " + SPEAKER + " json");
        node.assertNoViolations();
    }
}
