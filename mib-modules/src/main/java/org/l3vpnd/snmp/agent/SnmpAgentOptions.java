package org.l3vpnd.snmp.agent;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * What the SNMP agent needs from the appliance at start.
 *
 * @param listen      UDP address to serve requests on
 * @param engineId    the persistent snmpEngineID
 * @param engineBoots snmpEngineBoots for this run (already incremented and stored)
 * @param sysDescr    SNMPv2-MIB sysDescr
 * @param sysObjectId SNMPv2-MIB sysObjectID, under the project's own OID root
 */
public record SnmpAgentOptions(InetSocketAddress listen, byte[] engineId, int engineBoots, String sysDescr,
                               String sysObjectId) {

    public SnmpAgentOptions {
        Objects.requireNonNull(listen, "listen");
        engineId = engineId.clone();
        Objects.requireNonNull(sysDescr, "sysDescr");
        Objects.requireNonNull(sysObjectId, "sysObjectId");
    }

    @Override
    public byte[] engineId() {
        return engineId.clone();
    }
}
