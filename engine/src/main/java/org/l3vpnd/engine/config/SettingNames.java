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

    /** BGP global configuration (extension MIB l3vpndBgpGlobal). */
    public static final String BGP_LOCAL_AS = "bgp.localAs";
    public static final String BGP_ROUTER_ID = "bgp.routerId";
    /** 0.0.0.0 = the router ID. */
    public static final String BGP_CLUSTER_ID = "bgp.clusterId";
    /** "up" or "down". */
    public static final String BGP_ADMIN_STATUS = "bgp.adminStatus";
    public static final String BGP_HOLD_TIME = "bgp.holdTime";
    public static final String BGP_KEEPALIVE = "bgp.keepalive";
    public static final String BGP_CONNECT_RETRY = "bgp.connectRetry";
    public static final String BGP_GR_ENABLE = "bgp.gracefulRestart";
    public static final String BGP_GR_RESTART_TIME = "bgp.restartTime";

    private SettingNames() {
    }
}
