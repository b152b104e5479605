package org.l3vpnd.snmp.l3vpn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.l3vpnd.snmp.l3vpn.L3VpnFixture.*;
import static org.l3vpnd.snmp.table.IndexOids.*;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.snmp4j.PDU;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.VariableBinding;

/**
 * net-snmp's MIB parser judges our index encoding: snmpwalk with MPLS-L3VPN-STD-MIB loaded must
 * decode every instance into the index values we meant. Skipped where net-snmp or the MIB files
 * are missing.
 */
class NetSnmpDecodingTest {

    private L3VpnFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new L3VpnFixture();
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    private static VariableBinding vb(OID oid, int value) {
        return new VariableBinding(oid, new Integer32(value));
    }

    @Test
    void snmpwalkDecodesEveryIndex() throws Exception {
        String mibs = System.getProperty("l3vpnd.mibPath");
        assumeTrue(mibs != null && new File(mibs, "MPLS-L3VPN-STD-MIB").isFile(), "MIB files not found");
        assumeTrue(onPath("snmpwalk"), "net-snmp not installed");

        set(vb(oid(VRF, 13, name("vrfA")), 4), vb(oid(VRF, 14, name("vrfA")), 1),
                new VariableBinding(oid(VRF, 4, name("vrfA")), new OctetString("65000:1")));
        set(vb(oid(RT, 6, name("vrfA"), ids(7, 3)), 4),
                new VariableBinding(oid(RT, 4, name("vrfA"), ids(7, 3)), new OctetString("65000:7")));
        f.interfaces.set(3, true, "192.0.2.0/24");
        set(vb(oid(IF_CONF, 5, name("vrfA"), ids(3)), 4));
        set(vb(oid(RTE, 18, name("vrfA"), ids(1, 4, 10, 0, 0, 0, 8, 2, 0, 0, 1, 4, 192, 168, 1, 1)), 4),
                vb(oid(RTE, 8, name("vrfA"), ids(1, 4, 10, 0, 0, 0, 8, 2, 0, 0, 1, 4, 192, 168, 1, 1)), 4));
        f.loop.call(() -> null);

        List<String> lines = snmpwalk(mibs, "mplsL3VpnMIB");
        String all = String.join("\n", lines);
        assertTrue(lines.contains("MPLS-L3VPN-STD-MIB::mplsL3VpnVrfConfRowStatus[\"vrfA\"] = INTEGER: active(1)"), all);
        assertTrue(lines.contains("MPLS-L3VPN-STD-MIB::mplsL3VpnIfConfRowStatus[\"vrfA\"][3] = INTEGER: active(1)"),
                all);
        assertTrue(lines.contains(
                "MPLS-L3VPN-STD-MIB::mplsL3VpnVrfRTRowStatus[\"vrfA\"][7][both] = INTEGER: active(1)"), all);
        assertTrue(lines.contains("MPLS-L3VPN-STD-MIB::mplsL3VpnVrfRteInetCidrStatus[\"vrfA\"][ipv4][\"10.0.0.0\"][8]"
                + "[SNMPv2-SMI::zeroDotZero][ipv4][\"192.168.1.1\"] = INTEGER: active(1)"), all);
        assertTrue(lines.contains("MPLS-L3VPN-STD-MIB::mplsL3VpnVrfRteInetCidrProto[\"vrfA\"][ipv4][\"192.0.2.0\"]"
                + "[24][SNMPv2-SMI::zeroDotZero][unknown][\"\"] = INTEGER: local(2)"), all);
        assertTrue(lines.contains("MPLS-L3VPN-STD-MIB::mplsL3VpnVrfPerfCurrNumRoutes[\"vrfA\"] = Gauge32: 2"), all);
        // No line net-snmp could not tie to an object of the module.
        for (String line : lines) {
            assertTrue(line.startsWith("MPLS-L3VPN-STD-MIB::mplsL3Vpn"), line);
        }
        // 7 scalars, IfConf 4 columns, VRF 14, RT 4, Sec 2, Perf 5, two routes of 12 columns.
        assertEquals(7 + 4 + 14 + 4 + 2 + 5 + 2 * 12, lines.size(), all);
    }

    private void set(VariableBinding... vbs) throws Exception {
        PDU r = f.agent.set(vbs);
        assertEquals(PDU.noError, r.getErrorStatus(), () -> "response " + r);
    }

    private List<String> snmpwalk(String mibs, String root) throws Exception {
        Process p = new ProcessBuilder("snmpwalk", "-v2c", "-c", "private", "-M", "+" + mibs, "-m", "ALL",
                "-OX", "-t", "5", "-r", "0", "127.0.0.1:" + f.agent.port(), "MPLS-L3VPN-STD-MIB::" + root)
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
