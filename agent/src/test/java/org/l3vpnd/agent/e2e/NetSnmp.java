package org.l3vpnd.agent.e2e;

import java.util.ArrayList;
import java.util.List;

/**
 * net-snmp's command-line tools against one agent. Options mirror the tools'; MIB modules come from
 * {@link MibPath}. The tools are told to use no persistent state of their own (-Dnone is not a
 * thing: -r/-t keep calls quick; SNMPCONFPATH keeps ~/.snmp out).
 */
final class NetSnmp {

    private final String target;
    private final List<String> security;
    private final List<String> netns;

    private NetSnmp(String target, List<String> security, List<String> netns) {
        this.target = target;
        this.security = security;
        this.netns = netns;
    }

    /** The read-write SNMPv3 user the end-to-end tests add with {@link ApplianceProcess#addOpsUser}. */
    static final String OPS_USER = "ops";
    static final String OPS_AUTH = "authpass-0123";
    static final String OPS_PRIV = "privpass-4567";

    /** That user, SHA-256 and AES, authPriv. */
    static NetSnmp ops(String host, int port) {
        return v3(OPS_USER, "SHA-256", OPS_AUTH, "AES", OPS_PRIV, host, port);
    }

    static NetSnmp v2c(String community, String host, int port) {
        return new NetSnmp(host + ":" + port, List.of("-v2c", "-c", community), List.of());
    }

    static NetSnmp v3(String user, String authProto, String authPass, String privProto, String privPass,
                      String host, int port) {
        return new NetSnmp(host + ":" + port, List.of("-v3", "-l", "authPriv", "-u", user, "-a", authProto,
                "-A", authPass, "-x", privProto, "-X", privPass), List.of());
    }

    /** The same tools run inside a network namespace. */
    NetSnmp in(String namespace) {
        return new NetSnmp(target, security, List.of("ip", "netns", "exec", namespace));
    }

    Exec.Result get(String... oids) {
        return tool("snmpget", oids);
    }

    Exec.Result walk(String oid) {
        return tool("snmpwalk", oid);
    }

    Exec.Result bulkWalk(String oid) {
        return tool("snmpbulkwalk", "-Cr50", oid);
    }

    /** Each triple is OID, type letter, value, as snmpset takes them. */
    Exec.Result set(String... oidTypeValue) {
        return tool("snmpset", oidTypeValue);
    }

    /** The value alone (snmpget -Oqv, quotes of strings removed), or fails the test with what the tool said. */
    String value(String oid) {
        Exec.Result r = toolWith("snmpget", List.of("-Oqv"), oid);
        if (!r.ok()) {
            throw new AssertionError("snmpget " + oid + ": " + r);
        }
        String v = r.out().trim();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    /** snmpset without net-snmp's own range and type checks (-Ir), so the agent's errors show. */
    Exec.Result setUnchecked(String... oidTypeValue) {
        return toolWith("snmpset", List.of("-Ir"), oidTypeValue);
    }

    Exec.Result tool(String name, String... args) {
        return toolWith(name, List.of(), args);
    }

    Exec.Result toolWith(String name, List<String> options, String... args) {
        List<String> cmd = new ArrayList<>(netns);
        cmd.add(name);
        cmd.addAll(List.of("-M", MibPath.netSnmpDirs(), "-m", "ALL", "-r", "1", "-t", "2", "-Le"));
        cmd.addAll(options);
        cmd.addAll(security);
        cmd.add(target);
        cmd.addAll(List.of(args));
        return Exec.run(cmd);
    }
}
