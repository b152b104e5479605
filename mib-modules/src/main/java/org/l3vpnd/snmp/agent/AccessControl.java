package org.l3vpnd.snmp.agent;

import java.util.HashSet;
import java.util.Set;

import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.SnmpUser;
import org.snmp4j.agent.mo.snmp.SnmpCommunityMIB;
import org.snmp4j.agent.mo.snmp.SnmpTargetMIB;
import org.snmp4j.agent.mo.snmp.StorageType;
import org.snmp4j.agent.mo.snmp.TransportDomains;
import org.snmp4j.agent.mo.snmp.VacmMIB;
import org.snmp4j.agent.security.MutableVACM;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityModel;
import org.snmp4j.security.USM;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;

/**
 * The appliance's fixed access policy, and the USM users taken from the configuration.
 *
 * <ul>
 *   <li>v1/v2c community {@code public}: read-only, full view, accepted from loopback sources only;</li>
 *   <li>SNMPv3 users of the configuration: read-write with authPriv, read-only with authNoPriv;</li>
 *   <li>nothing else can write.</li>
 * </ul>
 * Engine loop only? No: called on the starting thread and on configuration commits, serialized by
 * the caller ({@link SnmpAgentService}).
 */
final class AccessControl {
    /**
     * snmpTargetAddrMMS of the loopback rows: about the largest UDP payload over IPv4 (65,507).
     * Loopback carries it without fragments, and v2c has no other way to tell the agent what the
     * manager accepts; the RFC 3584 default of 484 octets fits about ten route cells and makes walks
     * round-trip bound. SNMP4J holds the PDU to this size, not the message around it, so 100 octets
     * are kept for the version, community and headers (measured: at 65,507 a full response was
     * too long to send).
     */
    static final int LOOPBACK_MMS = 65_507 - 100;


    static final OctetString COMMUNITY = new OctetString("public");
    private static final OctetString LOCAL_TAG = new OctetString("l3vpnd-loopback");
    private static final OctetString GROUP_V2C = new OctetString("v2c-readonly");
    private static final OctetString GROUP_V3_RW = new OctetString("v3-readwrite");
    private static final OctetString GROUP_V3_RO = new OctetString("v3-readonly");
    private static final OctetString VIEW_ALL = new OctetString("all");
    private static final OctetString NO_VIEW = new OctetString();

    private final USM usm;
    private final VacmMIB vacm;
    private final byte[] engineId;
    private final Set<String> installedUsers = new HashSet<>();

    AccessControl(USM usm, VacmMIB vacm, byte[] engineId) {
        this.usm = usm;
        this.vacm = vacm;
        this.engineId = engineId.clone();
    }

    void installFixedPolicy(SnmpCommunityMIB communities, SnmpTargetMIB targets) {
        vacm.addViewTreeFamily(VIEW_ALL, new OID("1.3"), new OctetString(), VacmMIB.vacmViewIncluded,
                StorageType.readOnly);

        communities.addSnmpCommunityEntry(new OctetString("public"), COMMUNITY, COMMUNITY,
                new OctetString(engineId), new OctetString(), LOCAL_TAG, StorageType.readOnly);
        // Source filtering uses snmpTargetAddrTable rows that carry the community's transport tag.
        addLoopbackFilter(communities, targets, "loopback-v4", TransportDomains.transportDomainUdpIpv4,
                new byte[] {127, 0, 0, 1, 0, 0}, new byte[] {(byte) 0xff, 0, 0, 0, 0, 0});
        byte[] v6 = new byte[18];
        v6[15] = 1;
        byte[] v6mask = new byte[18];
        for (int i = 0; i < 16; i++) {
            v6mask[i] = (byte) 0xff;
        }
        addLoopbackFilter(communities, targets, "loopback-v6", TransportDomains.transportDomainUdpIpv6, v6, v6mask);
        communities.setSourceAddressFiltering(true);

        vacm.addGroup(SecurityModel.SECURITY_MODEL_SNMPv1, COMMUNITY, GROUP_V2C, StorageType.readOnly);
        vacm.addGroup(SecurityModel.SECURITY_MODEL_SNMPv2c, COMMUNITY, GROUP_V2C, StorageType.readOnly);
        vacm.addAccess(GROUP_V2C, new OctetString(), SecurityModel.SECURITY_MODEL_ANY, SecurityLevel.NOAUTH_NOPRIV,
                MutableVACM.VACM_MATCH_EXACT, VIEW_ALL, NO_VIEW, VIEW_ALL, StorageType.readOnly);
        vacm.addAccess(GROUP_V3_RW, new OctetString(), SecurityModel.SECURITY_MODEL_USM, SecurityLevel.AUTH_PRIV,
                MutableVACM.VACM_MATCH_EXACT, VIEW_ALL, VIEW_ALL, VIEW_ALL, StorageType.readOnly);
        vacm.addAccess(GROUP_V3_RO, new OctetString(), SecurityModel.SECURITY_MODEL_USM, SecurityLevel.AUTH_NOPRIV,
                MutableVACM.VACM_MATCH_EXACT, VIEW_ALL, NO_VIEW, VIEW_ALL, StorageType.readOnly);
    }

    private static void addLoopbackFilter(SnmpCommunityMIB communities, SnmpTargetMIB targets, String name,
                                          OID domain, byte[] address, byte[] mask) {
        OctetString rowName = new OctetString(name);
        targets.addTargetAddress(rowName, domain, new OctetString(address), 1500, 0, LOCAL_TAG, new OctetString(),
                StorageType.readOnly);
        @SuppressWarnings("unchecked")
        var ext = (org.snmp4j.agent.mo.MOTable<org.snmp4j.agent.mo.MOTableRow, ?, ?>)
                communities.getSnmpTargetAddrExtEntry();
        @SuppressWarnings("unchecked")
        var model = (org.snmp4j.agent.mo.MOMutableTableModel<org.snmp4j.agent.mo.MOTableRow>) ext.getModel();
        model.addRow(model.createRow(rowName.toSubIndex(true),
                new Variable[] {new OctetString(mask), new Integer32(LOOPBACK_MMS)}));
    }

    /** Makes the USM user list equal to the users of {@code config}. */
    void syncUsers(RunningConfig config) {
        Set<String> wanted = new HashSet<>();
        for (SnmpUser u : config.all(SnmpUser.class)) {
            if (!u.inService()) {
                continue;
            }
            wanted.add(u.name());
            OctetString name = new OctetString(u.name());
            usm.removeAllUsers(name, new OctetString(engineId));
            boolean priv = u.privKey().length > 0 && !"NONE".equals(u.privProtocol());
            usm.addLocalizedUser(engineId, name, SecurityProtocolNames.auth(u.authProtocol()), u.authKey(),
                    priv ? SecurityProtocolNames.priv(u.privProtocol()) : null, priv ? u.privKey() : null);
            vacm.removeGroup(SecurityModel.SECURITY_MODEL_USM, name);
            vacm.addGroup(SecurityModel.SECURITY_MODEL_USM, name,
                    u.readWrite() && priv ? GROUP_V3_RW : GROUP_V3_RO, StorageType.readOnly);
        }
        for (String gone : installedUsers) {
            if (!wanted.contains(gone)) {
                usm.removeAllUsers(new OctetString(gone), new OctetString(engineId));
                vacm.removeGroup(SecurityModel.SECURITY_MODEL_USM, new OctetString(gone));
            }
        }
        installedUsers.clear();
        installedUsers.addAll(wanted);
    }

}
