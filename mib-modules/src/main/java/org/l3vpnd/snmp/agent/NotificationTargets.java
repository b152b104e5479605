package org.l3vpnd.snmp.agent;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Set;

import org.l3vpnd.engine.config.NotifyTarget;
import org.l3vpnd.engine.config.RunningConfig;
import org.snmp4j.agent.mo.snmp.SnmpNotificationMIB;
import org.snmp4j.agent.mo.snmp.SnmpTargetMIB;
import org.snmp4j.agent.mo.snmp.StorageType;
import org.snmp4j.agent.mo.snmp.TransportDomains;
import org.snmp4j.mp.MessageProcessingModel;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityModel;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;

/**
 * Mirrors the configured {@link NotifyTarget}s into SNMP-TARGET-MIB and SNMP-NOTIFICATION-MIB rows,
 * which SNMP4J's notification originator reads. Rows created by managers over SNMP are left alone.
 * Called on configuration commits, serialized by {@link SnmpAgentService}.
 */
final class NotificationTargets {

    static final OctetString TRAP_TAG = new OctetString("l3vpnd-trap");
    static final OctetString INFORM_TAG = new OctetString("l3vpnd-inform");

    private final SnmpTargetMIB targets;
    private final Set<String> installed = new HashSet<>();

    NotificationTargets(SnmpTargetMIB targets, SnmpNotificationMIB notifications) {
        this.targets = targets;
        notifications.addNotifyEntry(new OctetString("l3vpnd-trap"), TRAP_TAG,
                SnmpNotificationMIB.SnmpNotifyTypeEnum.trap, StorageType.readOnly);
        notifications.addNotifyEntry(new OctetString("l3vpnd-inform"), INFORM_TAG,
                SnmpNotificationMIB.SnmpNotifyTypeEnum.inform, StorageType.readOnly);
    }

    void sync(RunningConfig config) {
        Set<String> wanted = new HashSet<>();
        for (NotifyTarget t : config.all(NotifyTarget.class)) {
            OctetString name = new OctetString(t.name());
            targets.removeTargetAddress(name);
            targets.removeTargetParams(name);
            InetAddress address;
            try {
                address = InetAddress.getByName(t.address());
            } catch (UnknownHostException e) {
                continue; // validated when configured; a name that stopped resolving is skipped
            }
            byte[] raw = address.getAddress();
            OID domain = raw.length == 4 ? TransportDomains.transportDomainUdpIpv4
                    : TransportDomains.transportDomainUdpIpv6;
            byte[] taddress = ByteBuffer.allocate(raw.length + 2).put(raw).putShort((short) t.port()).array();
            targets.addTargetParams(name, messageProcessingModel(t.version()), securityModel(t.version()),
                    new OctetString(t.securityName()), securityLevel(t), StorageType.readOnly);
            targets.addTargetAddress(name, domain, new OctetString(taddress), 1500, 3,
                    t.inform() ? INFORM_TAG : TRAP_TAG, name, StorageType.readOnly);
            wanted.add(t.name());
        }
        for (String gone : installed) {
            if (!wanted.contains(gone)) {
                targets.removeTargetAddress(new OctetString(gone));
                targets.removeTargetParams(new OctetString(gone));
            }
        }
        installed.clear();
        installed.addAll(wanted);
    }

    private static int messageProcessingModel(String version) {
        return switch (version) {
            case "v1" -> MessageProcessingModel.MPv1;
            case "v3" -> MessageProcessingModel.MPv3;
            default -> MessageProcessingModel.MPv2c;
        };
    }

    private static int securityModel(String version) {
        return switch (version) {
            case "v1" -> SecurityModel.SECURITY_MODEL_SNMPv1;
            case "v3" -> SecurityModel.SECURITY_MODEL_USM;
            default -> SecurityModel.SECURITY_MODEL_SNMPv2c;
        };
    }

    private static int securityLevel(NotifyTarget t) {
        if (!"v3".equals(t.version())) {
            return SecurityLevel.NOAUTH_NOPRIV;
        }
        return switch (t.securityLevel()) {
            case "authPriv" -> SecurityLevel.AUTH_PRIV;
            case "authNoPriv" -> SecurityLevel.AUTH_NOPRIV;
            default -> SecurityLevel.NOAUTH_NOPRIV;
        };
    }
}
