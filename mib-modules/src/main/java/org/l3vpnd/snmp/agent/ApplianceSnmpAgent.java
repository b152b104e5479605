package org.l3vpnd.snmp.agent;

import org.snmp4j.MessageDispatcher;
import org.snmp4j.agent.AgentConfigManager;
import org.snmp4j.agent.MOServer;
import org.snmp4j.cfg.EngineBootsProvider;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.util.WorkerPool;

/**
 * SNMP4J-Agent's configuration manager, trimmed to what the appliance serves: the standard
 * framework MIBs, none of SNMP4J's own configuration, log or proxy MIBs (they would let a manager
 * reconfigure the agent behind the configuration service's back).
 */
final class ApplianceSnmpAgent extends AgentConfigManager {

    ApplianceSnmpAgent(OctetString engineId, MessageDispatcher dispatcher, MOServer server, WorkerPool workers,
                       EngineBootsProvider boots, OctetString sysDescr, OID sysObjectId) {
        super(engineId, dispatcher, null, new MOServer[] {server}, workers, null, null, boots);
        this.sysDescr = sysDescr;
        this.sysOID = sysObjectId;
    }

    @Override
    protected void initOptionalMIBs() {
        // Deliberately empty: see the class comment.
    }
}
