package org.l3vpnd.engine.config;

/** Names of the scalar settings the appliance knows, with their defaults. */
public final class SettingNames {
    public static final String SYS_CONTACT = "system.contact";
    public static final String SYS_NAME = "system.name";
    public static final String SYS_LOCATION = "system.location";
    /** SNMPv2-MIB snmpEnableAuthenTraps: "true"/"false". */
    public static final String AUTHEN_TRAPS = "snmp.enableAuthenTraps";
    /** MPLS-L3VPN-STD-MIB mplsL3VpnNotificationEnable: "true"/"false". */
    public static final String L3VPN_NOTIFICATIONS = "l3vpn.notificationEnable";
    /** MPLS-L3VPN-STD-MIB mplsL3VpnIllLblRcvThrsh. */
    public static final String L3VPN_ILLEGAL_LABEL_THRESHOLD = "l3vpn.illLblRcvThrsh";
    /** Minimum seconds between repeated max-threshold notifications (0 = once). */
    public static final String L3VPN_MAX_THRESH_TIME = "l3vpn.rteMxThrshTime";

    private SettingNames() {
    }
}
