package org.l3vpnd.agent;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the command line asked for; listeners left empty come from the configuration file.
 */
public record LaunchOptions(Path dataDir, Optional<Path> configFile, Optional<HostPort> snmp,
                            Optional<HostPort> http, Optional<HostPort> bgp) {
}
