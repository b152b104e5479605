package org.l3vpnd.engine.bgp.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.l3vpnd.engine.net.AfiSafi.IPV4_UNICAST;
import static org.l3vpnd.engine.net.AfiSafi.VPNV4;
import static org.l3vpnd.engine.net.AfiSafi.VPNV6;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Interop with GoBGP: an iBGP session with VPNv4, VPNv6 and IPv4 unicast. */
class GoBgpInteropTest extends InteropTestBase {
    private static final String SPEAKER = "127.0.0.20";
    private static final String GOBGP = "127.0.0.21";

    @Test
    void sessionComesUpWithAllThreeFamilies() throws Exception {
        String gobgpd = Daemon.require("gobgpd");
        String gobgp = Daemon.require("gobgp");
        node = new SpeakerNode("s", SPEAKER, 65000, "10.0.0.20", true);
        int bgpPort = Daemon.freePort(GOBGP);
        int apiPort = Daemon.freePort("127.0.0.1");
        Path conf = dir.resolve("gobgpd.toml");
        Files.writeString(conf, """
                [global.config]
                  as = 65000
                  router-id = "10.0.0.21"
                  port = %d
                  local-address-list = ["%s"]
                [[neighbors]]
                  [neighbors.config]
                    neighbor-address = "%s"
                    peer-as = 65000
                  [neighbors.transport.config]
                    passive-mode = true
                    local-address = "%s"
                    remote-port = %d
                  [neighbors.graceful-restart.config]
                    enabled = true
                    restart-time = 120
                  [[neighbors.afi-safis]]
                    [neighbors.afi-safis.config]
                      afi-safi-name = "l3vpn-ipv4-unicast"
                    [neighbors.afi-safis.mp-graceful-restart.config]
                      enabled = true
                  [[neighbors.afi-safis]]
                    [neighbors.afi-safis.config]
                      afi-safi-name = "l3vpn-ipv6-unicast"
                    [neighbors.afi-safis.mp-graceful-restart.config]
                      enabled = true
                  [[neighbors.afi-safis]]
                    [neighbors.afi-safis.config]
                      afi-safi-name = "ipv4-unicast"
                    [neighbors.afi-safis.mp-graceful-restart.config]
                      enabled = true
                """.formatted(bgpPort, GOBGP, SPEAKER, GOBGP, node.port()));
        daemon = Daemon.start("gobgpd", dir, gobgpd, "-f", conf.toString(), "-t", "toml", "-p",
                "--api-hosts", "127.0.0.1:" + apiPort, "--pprof-disable");
        // Our first UPDATE: a VPNv4 route GoBGP must decode and accept, then End-of-RIB.
        node.rib.onEstablished = InteropSupport::announceVpnv4Route;
        node.commit(PeerConfig.to(GOBGP, 65000, bgpPort).from(SPEAKER).families(VPNV4, VPNV6, IPV4_UNICAST).build());
        daemon.awaitEstablished(node, GOBGP);
        assertEquals(Set.of(VPNV4, VPNV6, IPV4_UNICAST), node.status(GOBGP).families());
        Daemon.awaitCli(dir, daemon, List.of("BGP state = ESTABLISHED", "remote router ID 10.0.0.20",
                "l3vpn-ipv4-unicast:\tadvertised and received", "l3vpn-ipv6-unicast:\tadvertised and received",
                "ipv4-unicast:\tadvertised and received", "route-refresh:\tadvertised and received",
                "4-octet-as:\tadvertised and received", "graceful-restart:\tadvertised and received",
                "enhanced-route-refresh:\treceived", "Hold time is 90"),
                gobgp, "-p", Integer.toString(apiPort), "neighbor", SPEAKER);
        Daemon.awaitCli(dir, daemon, List.of("65000:1:10.1.0.0/16", "[100]"),
                gobgp, "-p", Integer.toString(apiPort), "global", "rib", "-a", "vpnv4");
        // GoBGP ends its (empty) initial update with an End-of-RIB per family (RFC 4724).
        Await.until(SpeakerNode.WAIT, () -> "End-of-RIB for all three families: " + node.rib,
                () -> InteropSupport.endOfRibFamilies(node.rib).containsAll(Set.of(VPNV4, VPNV6, IPV4_UNICAST)));
        // Graceful restart, helper side: gobgpd dies without a NOTIFICATION; we keep its routes.
        daemon.kill();
        Await.until(SpeakerNode.WAIT, () -> "the session to drop: " + node.rib,
                () -> node.rib.count(RecordingRib.Down.class) == 1);
        assertTrue(node.rib.all(RecordingRib.Down.class).get(0).retainRoutes());
        node.assertNoViolations();
    }
}
