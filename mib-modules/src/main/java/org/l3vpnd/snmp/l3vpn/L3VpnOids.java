package org.l3vpnd.snmp.l3vpn;

import org.snmp4j.smi.OID;

/** Object identifiers of MPLS-L3VPN-STD-MIB (RFC 4382), checked against the module with snmptranslate. */
public final class L3VpnOids {

    /** mplsL3VpnMIB = mplsStdMIB 11 = transmission.166.11. */
    public static final OID MIB = new OID("1.3.6.1.2.1.10.166.11");
    public static final OID NOTIFICATIONS = child(MIB, 0);
    public static final OID SCALARS = child(MIB, 1, 1);

    public static final OID IF_CONF_ENTRY = child(MIB, 1, 2, 1, 1);
    public static final OID VRF_ENTRY = child(MIB, 1, 2, 2, 1);
    public static final OID VRF_RT_ENTRY = child(MIB, 1, 2, 3, 1);
    public static final OID VRF_SEC_ENTRY = child(MIB, 1, 2, 6, 1);
    public static final OID VRF_PERF_ENTRY = child(MIB, 1, 3, 1, 1);
    public static final OID VRF_RTE_ENTRY = child(MIB, 1, 4, 1, 1);

    public static final OID VRF_UP = child(NOTIFICATIONS, 1);
    public static final OID VRF_DOWN = child(NOTIFICATIONS, 2);
    public static final OID MID_THRESH_EXCEEDED = child(NOTIFICATIONS, 3);
    public static final OID MAX_THRESH_EXCEEDED = child(NOTIFICATIONS, 4);
    public static final OID ILLEGAL_LABEL_THRESH_EXCEEDED = child(NOTIFICATIONS, 5);
    public static final OID MAX_THRESH_CLEARED = child(NOTIFICATIONS, 6);

    /** Scalar sub-ids under {@link #SCALARS}. */
    public static final int CONFIGURED_VRFS = 1;
    public static final int ACTIVE_VRFS = 2;
    public static final int CONNECTED_INTERFACES = 3;
    public static final int NOTIFICATION_ENABLE = 4;
    public static final int CONF_MAX_POSS_RTS = 5;
    public static final int CONF_RTE_MX_THRSH_TIME = 6;
    public static final int ILL_LBL_RCV_THRSH = 7;

    /** mplsL3VpnIfConfTable columns. */
    public static final int IF_VPN_CLASSIFICATION = 2;
    public static final int IF_VPN_ROUTE_DIST_PROTOCOL = 3;
    public static final int IF_CONF_STORAGE_TYPE = 4;
    public static final int IF_CONF_ROW_STATUS = 5;

    /** mplsL3VpnVrfTable columns. */
    public static final int VRF_VPN_ID = 2;
    public static final int VRF_DESCRIPTION = 3;
    public static final int VRF_RD = 4;
    public static final int VRF_CREATION_TIME = 5;
    public static final int VRF_OPER_STATUS = 6;
    public static final int VRF_ACTIVE_INTERFACES = 7;
    public static final int VRF_ASSOCIATED_INTERFACES = 8;
    public static final int VRF_CONF_MID_RTE_THRESH = 9;
    public static final int VRF_CONF_HIGH_RTE_THRESH = 10;
    public static final int VRF_CONF_MAX_ROUTES = 11;
    public static final int VRF_CONF_LAST_CHANGED = 12;
    public static final int VRF_CONF_ROW_STATUS = 13;
    public static final int VRF_CONF_ADMIN_STATUS = 14;
    public static final int VRF_CONF_STORAGE_TYPE = 15;

    /** mplsL3VpnVrfRTTable columns (2 and 3 are the not-accessible index). */
    public static final int VRF_RT = 4;
    public static final int VRF_RT_DESCR = 5;
    public static final int VRF_RT_ROW_STATUS = 6;
    public static final int VRF_RT_STORAGE_TYPE = 7;

    /** mplsL3VpnVrfSecTable columns. */
    public static final int SEC_ILLEGAL_LBL_VLTNS = 1;
    public static final int SEC_DISCONTINUITY_TIME = 2;

    /** mplsL3VpnVrfPerfTable columns. */
    public static final int PERF_ROUTES_ADDED = 1;
    public static final int PERF_ROUTES_DELETED = 2;
    public static final int PERF_CURR_NUM_ROUTES = 3;
    public static final int PERF_ROUTES_DROPPED = 4;
    public static final int PERF_DISC_TIME = 5;

    /** mplsL3VpnVrfRteTable columns (1 to 6 are the not-accessible index). */
    public static final int RTE_IF_INDEX = 7;
    public static final int RTE_TYPE = 8;
    public static final int RTE_PROTO = 9;
    public static final int RTE_AGE = 10;
    public static final int RTE_NEXT_HOP_AS = 11;
    public static final int RTE_METRIC1 = 12;
    public static final int RTE_METRIC5 = 16;
    public static final int RTE_XC_POINTER = 17;
    public static final int RTE_STATUS = 18;

    private L3VpnOids() {
    }

    /** {@code base.ids...}: a column, scalar or notification OID. */
    public static OID child(OID base, int... ids) {
        OID o = new OID(base);
        for (int id : ids) {
            o.append(id);
        }
        return o;
    }
}
