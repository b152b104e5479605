package org.l3vpnd.agent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.l3vpnd.snmp.agent.SecurityProtocolNames;

/** Parses the appliance's command line. */
final class CommandLine {

    static final String USAGE = String.join("\n",
            "usage: l3vpnd [--data DIR] [--config FILE] [--snmp [ADDR:]PORT] [--http [ADDR:]PORT] [--bgp [ADDR:]PORT]",
            "       l3vpnd user add NAME --auth-pass A --priv-pass P [--auth-proto SHA-256] [--priv-proto AES-128]"
                    + " [--data DIR]",
            "       l3vpnd --help",
            "",
            "  --data DIR     database and state (default ./data)",
            "  --config FILE  configuration file (default: the embedded configuration)",
            "  --snmp         SNMP agent UDP listener (default 0.0.0.0:1161)",
            "  --http         web UI listener (default 127.0.0.1:8080)",
            "  --bgp          BGP listener (default 0.0.0.0:1179)",
            "",
            "  user add       adds an SNMPv3 read-write user (authPriv); takes effect at once if the",
            "                 appliance is running on the same data directory, else at its next start");

    private CommandLine() {
    }

    /** Thrown for a command line that cannot be understood; the message is for the operator. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static LaunchOptions parseRun(List<String> args) throws UsageException {
        Path data = Path.of("data");
        Optional<Path> config = Optional.empty();
        Optional<HostPort> snmp = Optional.empty();
        Optional<HostPort> http = Optional.empty();
        Optional<HostPort> bgp = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            try {
                switch (a) {
                    case "--data" -> data = Path.of(value(args, ++i, a));
                    case "--config" -> config = Optional.of(Path.of(value(args, ++i, a)));
                    case "--snmp" -> snmp = Optional.of(HostPort.parse(value(args, ++i, a), "0.0.0.0"));
                    case "--http" -> http = Optional.of(HostPort.parse(value(args, ++i, a), "127.0.0.1"));
                    case "--bgp" -> bgp = Optional.of(HostPort.parse(value(args, ++i, a), "0.0.0.0"));
                    default -> throw new UsageException("unknown option '" + a + "'");
                }
            } catch (IllegalArgumentException e) {
                throw new UsageException(a + ": " + e.getMessage());
            }
        }
        return new LaunchOptions(data, config, snmp, http, bgp);
    }

    /** Options of {@code user add NAME ...}. */
    record UserAdd(String name, String authPass, String privPass, String authProto, String privProto, Path data) {
        @Override
        public String toString() {
            return "UserAdd[" + name + "]";
        }
    }

    static UserAdd parseUserAdd(List<String> args) throws UsageException {
        if (args.isEmpty() || args.get(0).startsWith("-")) {
            throw new UsageException("user add: missing NAME");
        }
        String name = args.get(0);
        String auth = null;
        String priv = null;
        String authProto = SecurityProtocolNames.DEFAULT_AUTH;
        String privProto = SecurityProtocolNames.DEFAULT_PRIV;
        Path data = Path.of("data");
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            switch (a) {
                case "--auth-pass" -> auth = value(rest, ++i, a);
                case "--priv-pass" -> priv = value(rest, ++i, a);
                case "--auth-proto" -> authProto = value(rest, ++i, a);
                case "--priv-proto" -> privProto = value(rest, ++i, a);
                case "--data" -> data = Path.of(value(rest, ++i, a));
                default -> throw new UsageException("user add: unknown option '" + a + "'");
            }
        }
        if (auth == null || priv == null) {
            throw new UsageException("user add: --auth-pass and --priv-pass are required");
        }
        return new UserAdd(name, auth, priv, authProto, privProto, data);
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }
}
