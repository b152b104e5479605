package org.l3vpnd.snmp.agent;

import org.snmp4j.security.SecurityProtocols;

/** The one set of USM protocols used by the agent and the key tools. */
final class Snmp4jSecurity {

    private static final SecurityProtocols PROTOCOLS = create();

    private Snmp4jSecurity() {
    }

    static SecurityProtocols protocols() {
        return PROTOCOLS;
    }

    private static SecurityProtocols create() {
        SecurityProtocols p = new SecurityProtocols(SecurityProtocols.SecurityProtocolSet.maxCompatibility);
        return p;
    }
}
