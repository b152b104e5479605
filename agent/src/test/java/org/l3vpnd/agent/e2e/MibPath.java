package org.l3vpnd.agent.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the standard IETF MIB modules are: the system property {@code l3vpnd.mibPath} (set by the
 * build to ../shared/mibs), else net-snmp's usual folders. The project's own modules are added.
 */
final class MibPath {

    private MibPath() {
    }

    static String netSnmpDirs() {
        StringBuilder sb = new StringBuilder();
        String configured = System.getProperty("l3vpnd.mibPath", "");
        if (!configured.isEmpty() && Files.isDirectory(Path.of(configured))) {
            sb.append(Path.of(configured).toAbsolutePath().normalize());
        } else {
            sb.append("/usr/share/snmp/mibs:/usr/share/snmp/mibs/iana:/usr/share/snmp/mibs/ietf");
        }
        String own = System.getProperty("l3vpnd.projectMibs", "");
        if (!own.isEmpty() && Files.isDirectory(Path.of(own))) {
            sb.append(':').append(Path.of(own).toAbsolutePath().normalize());
        }
        return sb.toString();
    }
}
