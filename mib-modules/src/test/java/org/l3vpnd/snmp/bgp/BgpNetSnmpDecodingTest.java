package org.l3vpnd.snmp.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.config.Setting;
import org.l3vpnd.engine.config.SettingNames;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;

/**
 * net-snmp's MIB parser judges our index encoding: snmpwalk with L3VPND-MIB and BGP4-MIB loaded
 * must decode every instance into the VRF, address type and address we meant. Skipped where
 * net-snmp or the MIB files are missing.
 */
class BgpNetSnmpDecodingTest {

    private BgpFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new BgpFixture();
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    /** The standard modules, then the project's own (mibs/ beside this module). */
    private static String mibPath() {
        String shared = System.getProperty("l3vpnd.mibPath");
        File project = new File(System.getProperty("user.dir")).getParentFile();
        File own = project == null ? null : new File(project, "mibs");
        if (shared == null || !new File(shared, "BGP4-MIB").isFile() || own == null
                || !new File(own, "L3VPND-MIB").isFile()) {
            return null;
        }
        return shared + File.pathSeparator + own.getPath();
    }

    @Test
    void snmpwalkDecodesEveryIndex() throws Exception {
        String mibs = mibPath();
        assumeTrue(mibs != null, "MIB files not found");
        assumeTrue(onPath("snmpwalk"), "net-snmp not installed");

        f.commit(BgpFixture.vrf("vrfA"), Setting.of(SettingNames.BGP_LOCAL_AS, "65000"),
                Setting.of(SettingNames.BGP_ROUTER_ID, "192.0.2.254"),
                peer("", "192.0.2.9", AfiSafi.VPNV4), peer("vrfA", "192.0.2.9", AfiSafi.IPV4_UNICAST),
                peer("", "2001:db8::1", AfiSafi.VPNV6));

        List<String> lines = snmpwalk(mibs, "L3VPND-MIB::l3vpndBgp");
        String all = String.join("\n", lines);
        assertTrue(lines.contains("L3VPND-MIB::l3vpndBgpPeerRowStatus[\"\"][ipv4][\"192.0.2.9\"] = INTEGER: active(1)"),
                all);
        assertTrue(lines.contains(
                "L3VPND-MIB::l3vpndBgpPeerRowStatus[\"vrfA\"][ipv4][\"192.0.2.9\"] = INTEGER: active(1)"), all);
        assertTrue(lines.contains(
                "L3VPND-MIB::l3vpndBgpPeerRowStatus[\"\"][ipv6][\"20:01:0d:b8:00:00:00:00:00:00:00:00:00:00:00:01\"]"
                        + " = INTEGER: active(1)"), all);
        assertTrue(lines.contains("L3VPND-MIB::l3vpndBgpPeerFsmState[\"vrfA\"][ipv4][\"192.0.2.9\"] = INTEGER: idle(1)"),
                all);
        assertTrue(lines.contains(
                "L3VPND-MIB::l3vpndBgpPeerFamNegotiated[\"\"][ipv4][\"192.0.2.9\"][ipv4][mplsVpn] = INTEGER: false(2)"),
                all);
        assertTrue(lines.contains("L3VPND-MIB::l3vpndBgpLocalAs.0 = Gauge32: 65000"), all);
        for (String line : lines) {
            assertTrue(line.startsWith("L3VPND-MIB::l3vpndBgp"), line);
        }
        // 12 scalars; 3 peers of 16 config and 14 state columns; 3 family rows of 5 columns.
        assertEquals(12 + 3 * (16 + 14) + 3 * 5, lines.size(), all);

        List<String> bgp4 = snmpwalk(mibs, "BGP4-MIB::bgp");
        String all4 = String.join("\n", bgp4);
        assertTrue(bgp4.contains("BGP4-MIB::bgpPeerRemoteAddr[192.0.2.9] = IpAddress: 192.0.2.9"), all4);
        assertTrue(bgp4.contains("BGP4-MIB::bgpLocalAs.0 = INTEGER: 65000"), all4);
        assertEquals(3 + 24, bgp4.size(), all4);
    }

    private static BgpPeer peer(String vrf, String address, AfiSafi family) {
        return new BgpPeer(vrf, IpAddress.parse(address), 65001, null, 179, 0, Set.of(family), -1, -1, -1, -1, false,
                false, "", true, true, StorageType.NON_VOLATILE);
    }

    private List<String> snmpwalk(String mibs, String root) throws Exception {
        Process p = new ProcessBuilder("snmpwalk", "-v2c", "-c", "private", "-M", "+" + mibs, "-m", "ALL",
                "-OX", "-t", "5", "-r", "0", "127.0.0.1:" + f.agent.port(), root)
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "snmpwalk did not finish");
        List<String> lines = new ArrayList<>();
        for (String l : new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            // The walk's last GETNEXT runs off the end of this test agent's MIB view.
            if (!l.isBlank() && !l.contains("No more variables left in this MIB View")) {
                lines.add(l);
            }
        }
        return lines;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, tool).canExecute()) {
                return true;
            }
        }
        return false;
    }
}
