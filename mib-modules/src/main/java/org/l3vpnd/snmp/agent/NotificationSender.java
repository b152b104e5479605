package org.l3vpnd.snmp.agent;

import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/**
 * Sends a notification to every target configured in SNMP-TARGET-MIB / SNMP-NOTIFICATION-MIB.
 * sysUpTime.0 and snmpTrapOID.0 are added by the agent. Thread-safe; never blocks on the network.
 */
@FunctionalInterface
public interface NotificationSender {

    void send(OID notificationOid, VariableBinding... varbinds);
}
