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

/** Interop with BIRD 2: an iBGP session with VPNv4, VPNv6 and IPv4 unicast, BIRD connecting. */
class BirdInteropTest extends InteropTestBase {
    private static final String SPEAKER = "127.0.0.40";
    private static final String BIRD = "127.0.0.41";

    @Test
    void ibgpSessionComesUpWithAllThreeFamilies() throws Exception {
        String bird = Daemon.require("bird");
        String birdc = Daemon.require("birdc");
        node = new SpeakerNode("s", SPEAKER, 65000, "10.0.0.40", true);
        node.rib.onEstablished = InteropSupport::announceVpnv4Route;
        node.commit(PeerConfig.to(BIRD, 65000, 179).families(VPNV4, VPNV6, IPV4_UNICAST).passive().build());
        int bgpPort = Daemon.freePort(BIRD);
        Path conf = dir.resolve("bird.conf");
        Path socket = dir.resolve("bird.ctl");
        Files.writeString(conf, """
                router id 10.0.0.41;
                log stderr all;
                vpn4 table vpntab4;
                vpn6 table vpntab6;
                protocol device { }
                protocol bgp l3vpnd {
                  local %s port %d as 65000;
                  neighbor %s port %d as 65000;
                  connect delay time 1;
                  connect retry time 1;
                  hold time 90;
                  graceful restart on;
                  ipv4 { import all; export none; };
                  vpn4 mpls { import all; export none; };
                  vpn6 mpls { import all; export none; };
                }
                """.formatted(BIRD, bgpPort, SPEAKER, node.port()));
        daemon = Daemon.start("bird", dir, bird, "-c", conf.toString(), "-s", socket.toString(), "-f");
        daemon.awaitEstablished(node, BIRD);
        assertEquals(Set.of(VPNV4, VPNV6, IPV4_UNICAST), node.status(BIRD).families());
        String out = Daemon.awaitCli(dir, daemon, List.of("BGP state:          Established",
                "Neighbor ID:      10.0.0.40", "Session:          internal multihop AS4", "/90"),
                birdc, "-s", socket.toString(), "show", "protocols", "all", "l3vpnd");
        // What BIRD saw in our OPEN, between its "Neighbor capabilities" and "Session" lines.
        String received = out.substring(out.indexOf("Neighbor capabilities"), out.indexOf("Session:"));
        for (String line : List.of("AF announced: ipv4 vpn4-mpls vpn6-mpls", "Route refresh", "Graceful restart",
                "Restart time: 120", "AF supported: ipv4 vpn4-mpls vpn6-mpls", "4-octet AS numbers",
                "Enhanced refresh")) {
            assertTrue(received.contains(line), "BIRD did not see \"" + line + "\" in:\n" + received);
        }
        // Our UPDATE, as BIRD decoded it (unreachable: nothing resolves the documentation next hop).
        Daemon.awaitCli(dir, daemon, List.of("65000:1 10.1.0.0/16", "BGP.next_hop: 192.0.2.1",
                "BGP.mpls_label_stack: 100", "BGP.local_pref: 100"),
                birdc, "-s", socket.toString(), "show", "route", "table", "vpntab4", "all");
        node.assertNoViolations();
    }
}
