package org.l3vpnd.snmp.bgp;

import static org.l3vpnd.snmp.l3vpn.L3VpnOids.child;

import org.snmp4j.smi.OID;

/**
 * Object identifiers of the BGP part of L3VPND-MIB and of BGP4-MIB (RFC 4273), checked against the
 * modules with snmptranslate. The project root 61423 is a placeholder (see mibs/README.md).
 */
public final class BgpOids {

    /** l3vpndMIB = l3vpnd 2 = enterprises.61423.2. */
    public static final OID L3VPND_MIB = new OID("1.3.6.1.4.1.61423.2");
    public static final OID NOTIFICATIONS = child(L3VPND_MIB, 0);
    public static final OID PEER_ESTABLISHED = child(NOTIFICATIONS, 1);
    public static final OID PEER_BACKWARD_TRANSITION = child(NOTIFICATIONS, 2);

    /** l3vpndBgpGlobal: the scalars below, instance .0. */
    public static final OID GLOBAL = child(L3VPND_MIB, 1, 1, 1);
    public static final OID PEER_ENTRY = child(L3VPND_MIB, 1, 1, 2, 1);
    public static final OID PEER_STATE_ENTRY = child(L3VPND_MIB, 1, 1, 3, 1);
    public static final OID PEER_FAM_ENTRY = child(L3VPND_MIB, 1, 1, 4, 1);

    /** l3vpndBgpGlobal scalars. */
    public static final int LOCAL_AS = 1;
    public static final int ROUTER_ID = 2;
    public static final int CLUSTER_ID = 3;
    public static final int LISTEN_ADDR_TYPE = 4;
    public static final int LISTEN_ADDR = 5;
    public static final int LISTEN_PORT = 6;
    public static final int ADMIN_STATUS = 7;
    public static final int DEF_HOLD_TIME = 8;
    public static final int DEF_KEEPALIVE = 9;
    public static final int DEF_CONNECT_RETRY = 10;
    public static final int GR_ENABLE = 11;
    public static final int GR_RESTART_TIME = 12;

    /** l3vpndBgpPeerTable columns; 1, 2 and 15 are the not-accessible index. */
    public static final int PEER_REMOTE_AS = 3;
    public static final int PEER_LOCAL_ADDR_TYPE = 4;
    public static final int PEER_LOCAL_ADDR = 5;
    public static final int PEER_REMOTE_PORT = 6;
    public static final int PEER_LOCAL_PORT = 7;
    public static final int PEER_FAMILIES = 8;
    public static final int PEER_HOLD_TIME = 9;
    public static final int PEER_KEEPALIVE = 10;
    public static final int PEER_CONNECT_RETRY = 11;
    public static final int PEER_MRAI = 12;
    public static final int PEER_RR_CLIENT = 13;
    public static final int PEER_PASSIVE = 14;
    public static final int PEER_DESCR = 16;
    public static final int PEER_ADMIN_STATUS = 17;
    public static final int PEER_STORAGE_TYPE = 18;
    public static final int PEER_ROW_STATUS = 19;

    /** l3vpndBgpPeerStateTable columns; 15 to 17 are accessible-for-notify, never read. */
    public static final int STATE_FSM_STATE = 1;
    public static final int STATE_EST_TIME = 2;
    public static final int STATE_NEG_HOLD_TIME = 3;
    public static final int STATE_NEG_KEEPALIVE = 4;
    public static final int STATE_REMOTE_ID = 5;
    public static final int STATE_NEG_CAPS = 6;
    public static final int STATE_LAST_ERROR = 7;
    public static final int STATE_LAST_ERROR_TEXT = 8;
    public static final int STATE_IN_MSGS = 9;
    public static final int STATE_OUT_MSGS = 10;
    public static final int STATE_IN_UPDATES = 11;
    public static final int STATE_OUT_UPDATES = 12;
    public static final int STATE_EST_TRANSITIONS = 13;
    public static final int STATE_DISC_TIME = 14;
    public static final int STATE_NOTIF_ADDR_TYPE = 15;
    public static final int STATE_NOTIF_ADDR = 16;
    public static final int STATE_NOTIF_VRF_NAME = 17;

    /** l3vpndBgpPeerFamTable columns; 1 and 2 are the not-accessible AFI and SAFI. */
    public static final int FAM_NEGOTIATED = 3;
    public static final int FAM_PFX_RCVD = 4;
    public static final int FAM_PFX_ACCEPTED = 5;
    public static final int FAM_PFX_ADVERTISED = 6;
    public static final int FAM_GR_STATE = 7;

    /** BGP4-MIB: bgp = mib-2 15. */
    public static final OID BGP = new OID("1.3.6.1.2.1.15");
    public static final OID BGP_VERSION = child(BGP, 1, 0);
    public static final OID BGP_LOCAL_AS = child(BGP, 2, 0);
    public static final OID BGP_IDENTIFIER = child(BGP, 4, 0);
    public static final OID BGP_PEER_ENTRY = child(BGP, 3, 1);
    public static final OID BGP_ESTABLISHED_NOTIFICATION = child(BGP, 0, 1);
    public static final OID BGP_BACKWARD_TRANS_NOTIFICATION = child(BGP, 0, 2);

    /** bgpPeerTable columns. */
    public static final int BGP_PEER_IDENTIFIER = 1;
    public static final int BGP_PEER_STATE = 2;
    public static final int BGP_PEER_ADMIN_STATUS = 3;
    public static final int BGP_PEER_NEGOTIATED_VERSION = 4;
    public static final int BGP_PEER_LOCAL_ADDR = 5;
    public static final int BGP_PEER_LOCAL_PORT = 6;
    public static final int BGP_PEER_REMOTE_ADDR = 7;
    public static final int BGP_PEER_REMOTE_PORT = 8;
    public static final int BGP_PEER_REMOTE_AS = 9;
    public static final int BGP_PEER_IN_UPDATES = 10;
    public static final int BGP_PEER_OUT_UPDATES = 11;
    public static final int BGP_PEER_IN_TOTAL_MESSAGES = 12;
    public static final int BGP_PEER_OUT_TOTAL_MESSAGES = 13;
    public static final int BGP_PEER_LAST_ERROR = 14;
    public static final int BGP_PEER_FSM_ESTABLISHED_TRANSITIONS = 15;
    public static final int BGP_PEER_FSM_ESTABLISHED_TIME = 16;
    public static final int BGP_PEER_CONNECT_RETRY_INTERVAL = 17;
    public static final int BGP_PEER_HOLD_TIME = 18;
    public static final int BGP_PEER_KEEP_ALIVE = 19;
    public static final int BGP_PEER_HOLD_TIME_CONFIGURED = 20;
    public static final int BGP_PEER_KEEP_ALIVE_CONFIGURED = 21;
    public static final int BGP_PEER_MIN_AS_ORIGINATION_INTERVAL = 22;
    public static final int BGP_PEER_MIN_ROUTE_ADVERTISEMENT_INTERVAL = 23;
    public static final int BGP_PEER_IN_UPDATE_ELAPSED_TIME = 24;

    private BgpOids() {
    }
}
