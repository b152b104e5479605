package org.l3vpnd.engine.bgp.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.l3vpnd.engine.net.AfiSafi.IPV4_UNICAST;
import static org.l3vpnd.engine.net.AfiSafi.VPNV4;
import static org.l3vpnd.engine.net.AfiSafi.VPNV6;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Interop with ExaBGP, which connects to our passive peer. ExaBGP has no query CLI without
 * named pipes, so its API process (a shell appending to a file) reports the session state and
 * the negotiated capabilities as JSON.
 */
class ExaBgpInteropTest extends InteropTestBase {
    private static final String SPEAKER = "127.0.0.50";
    private static final String EXABGP = "127.0.0.51";

    @Test
    void exabgpConnectsAndNegotiatesAllThreeFamilies() throws Exception {
        String exabgp = Daemon.require("exabgp");
        node = new SpeakerNode("s", SPEAKER, 65000, "10.0.0.50", true);
        node.rib.onEstablished = InteropSupport::announceVpnv4Route;
        node.commit(PeerConfig.to(EXABGP, 65001, 179).families(VPNV4, VPNV6, IPV4_UNICAST).passive().build());
        Path events = dir.resolve("events.json");
        Path conf = dir.resolve("exabgp.conf");
        Files.writeString(conf, """
                process watch {
                  run /bin/sh -c "cat >> %s";
                  encoder json;
                }
                neighbor %s {
                  router-id 10.0.0.51;
                  local-address %s;
                  local-as 65001;
                  peer-as 65000;
                  hold-time 90;
                  passive false;
                  connect %d;
                  family {
                    ipv4 unicast;
                    ipv4 mpls-vpn;
                    ipv6 mpls-vpn;
                  }
                  capability {
                    asn4 enable;
                    route-refresh enable;
                    graceful-restart 120;
                  }
                  api {
                    processes [ watch ];
                    neighbor-changes;
                    negotiated;
                    receive { parsed; update; }
                  }
                }
                """.formatted(events, SPEAKER, EXABGP, node.port()));
        // ExaBGP drops privileges to "nobody" by default, which could not write the events file.
        daemon = Daemon.start("exabgp", dir, Map.of("exabgp_daemon_user", System.getProperty("user.name")),
                exabgp, conf.toString());
        daemon.awaitEstablished(node, EXABGP);
        assertEquals(Set.of(VPNV4, VPNV6, IPV4_UNICAST), node.status(EXABGP).families());
        List<String> expected = List.of("\"state\":\"up\"", "\"hold_time\":90", "\"asn4\":true",
                "\"refresh\":\"enhanced\"", "\"families\":[\"ipv4unicast\",\"ipv4mpls-vpn\",\"ipv6mpls-vpn\"]",
                "\"announce\":{\"ipv4mpls-vpn\":{\"192.0.2.1\":[{\"nlri\":\"10.1.0.0/16\",\"label\":[[100]],\"rd\":\"65000:1\"}]}}",
                "\"eor\":{\"afi\":\"ipv4\",\"safi\":\"mpls-vpn\"}", "\"eor\":{\"afi\":\"ipv6\",\"safi\":\"mpls-vpn\"}",
                "\"eor\":{\"afi\":\"ipv4\",\"safi\":\"unicast\"}");
        Await.until(SpeakerNode.WAIT, () -> "ExaBGP to report " + expected + ", got:\n" + compact(events),
                () -> expected.stream().allMatch(compact(events)::contains));
        assertEquals(120, node.session(EXABGP).peerGracefulRestart().orElseThrow().restartTimeSeconds());
        Await.until(SpeakerNode.WAIT, () -> "End-of-RIB for all three families: " + node.rib,
                () -> InteropSupport.endOfRibFamilies(node.rib).containsAll(Set.of(VPNV4, VPNV6, IPV4_UNICAST)));
        node.assertNoViolations();
    }

    /** The events file without whitespace, or "" before ExaBGP wrote it. */
    private static String compact(Path events) {
        try {
            return Files.exists(events) ? Files.readString(events).replaceAll("\\s+", "") : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
