package org.l3vpnd.agent.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The project's extension MIB module as libsmi and net-snmp read it. */
class ExtensionMibLintTest {

    private static final String MODULE = "L3VPND-MIB";

    @Test
    void smilintFindsNothingAtLevelSix() {
        Exec.Result r = Exec.run(List.of("env", "SMIPATH=" + MibPath.netSnmpDirs(), "smilint", "-s", "-l", "6",
                "-i", "namelength-32", projectMibs().resolve(MODULE).toString()));
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.out().strip() + r.err().strip(), "smilint output");
    }

    @Test
    void netSnmpParsesItWithoutComplaint() {
        Exec.Result r = Exec.run(List.of("snmptranslate", "-M", MibPath.netSnmpDirs(), "-m", MODULE, "-On",
                MODULE + "::l3vpndAppliance"));
        assertEquals(0, r.exit(), r.toString());
        assertEquals(".1.3.6.1.4.1.61423.1.1", r.out().strip());
        assertTrue(r.err().isBlank(), r.err());
    }

    private static Path projectMibs() {
        return Path.of(System.getProperty("l3vpnd.projectMibs", "../mibs"));
    }
}
