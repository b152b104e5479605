package org.l3vpnd.snmp.bgp;

import static org.l3vpnd.snmp.bgp.BgpOids.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.config.BgpValidator;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.SettingNames;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.snmp.table.ColumnDef;
import org.l3vpnd.snmp.table.ConfigRowIndex;
import org.l3vpnd.snmp.table.RowSource;
import org.l3vpnd.snmp.table.TableDefinition;
import org.l3vpnd.snmp.agent.EngineTimes;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.Variable;

/**
 * bgpPeerTable of BGP4-MIB (RFC 4273): the active IPv4 peers of the provider routing table, the
 * only peers that table can name (its index is an IpAddress and it has no VRF). AS numbers above
 * 65535 read as AS_TRANS (RFC 6793). Served read-only: peers are configured through
 * l3vpndBgpPeerTable, so the read-write columns of the MIB answer notWritable. Thread-safe.
 */
final class Bgp4PeerTable {

    /** RFC 6793: the 2-octet stand-in for a 4-octet AS number. */
    static final int AS_TRANS = 23456;
    /** RFC 4271 section 10 suggestion; the speaker has no such timer to configure. */
    static final int MIN_AS_ORIGINATION_INTERVAL = 15;
    /** RFC 4271 section 10 defaults of MinRouteAdvertisementInterval. */
    static final int MRAI_EXTERNAL = 30;
    static final int MRAI_INTERNAL = 5;

    private static final int BGP_VERSION = 4;
    private static final int ADMIN_STOP = 1;
    private static final int ADMIN_START = 2;

    private final Supplier<RunningConfig> running;
    private final PeerStateTables state;
    private final EngineTimes times;

    Bgp4PeerTable(Supplier<RunningConfig> running, PeerStateTables state, EngineTimes times) {
        this.running = running;
        this.state = state;
        this.times = times;
    }

    TableDefinition<IpAddress, BgpPeer> definition() {
        int integer = SMIConstants.SYNTAX_INTEGER;
        int counter = SMIConstants.SYNTAX_COUNTER32;
        int ip = SMIConstants.SYNTAX_IPADDRESS;
        int gauge = SMIConstants.SYNTAX_GAUGE32;
        List<ColumnDef> columns = List.of(
                ColumnDef.readOnly(BGP_PEER_IDENTIFIER, ip),
                ColumnDef.readOnly(BGP_PEER_STATE, integer),
                ColumnDef.readOnly(BGP_PEER_ADMIN_STATUS, integer),
                ColumnDef.readOnly(BGP_PEER_NEGOTIATED_VERSION, integer),
                ColumnDef.readOnly(BGP_PEER_LOCAL_ADDR, ip),
                ColumnDef.readOnly(BGP_PEER_LOCAL_PORT, integer),
                ColumnDef.readOnly(BGP_PEER_REMOTE_ADDR, ip),
                ColumnDef.readOnly(BGP_PEER_REMOTE_PORT, integer),
                ColumnDef.readOnly(BGP_PEER_REMOTE_AS, integer),
                ColumnDef.readOnly(BGP_PEER_IN_UPDATES, counter),
                ColumnDef.readOnly(BGP_PEER_OUT_UPDATES, counter),
                ColumnDef.readOnly(BGP_PEER_IN_TOTAL_MESSAGES, counter),
                ColumnDef.readOnly(BGP_PEER_OUT_TOTAL_MESSAGES, counter),
                ColumnDef.readOnly(BGP_PEER_LAST_ERROR, SMIConstants.SYNTAX_OCTET_STRING),
                ColumnDef.readOnly(BGP_PEER_FSM_ESTABLISHED_TRANSITIONS, counter),
                ColumnDef.readOnly(BGP_PEER_FSM_ESTABLISHED_TIME, gauge),
                ColumnDef.readOnly(BGP_PEER_CONNECT_RETRY_INTERVAL, integer),
                ColumnDef.readOnly(BGP_PEER_HOLD_TIME, integer),
                ColumnDef.readOnly(BGP_PEER_KEEP_ALIVE, integer),
                ColumnDef.readOnly(BGP_PEER_HOLD_TIME_CONFIGURED, integer),
                ColumnDef.readOnly(BGP_PEER_KEEP_ALIVE_CONFIGURED, integer),
                ColumnDef.readOnly(BGP_PEER_MIN_AS_ORIGINATION_INTERVAL, integer),
                ColumnDef.readOnly(BGP_PEER_MIN_ROUTE_ADVERTISEMENT_INTERVAL, integer),
                ColumnDef.readOnly(BGP_PEER_IN_UPDATE_ELAPSED_TIME, gauge));
        ConfigRowIndex<IpAddress, BgpPeer> index = new ConfigRowIndex<>(running, Bgp4PeerTable::rows,
                BgpPeer::address, PeerIndexes.BGP4_PEER.order());
        RowSource<IpAddress, BgpPeer> source = index.source(this::cell);
        return new TableDefinition<>(BGP_PEER_ENTRY, columns, PeerIndexes.BGP4_PEER, source, null);
    }

    private static List<BgpPeer> rows(RunningConfig config) {
        List<BgpPeer> rows = new ArrayList<>();
        for (BgpPeer p : config.withIdPrefix(BgpPeer.class, BgpPeer.vrfPrefix(""))) {
            if (p.providerPeer() && p.inService() && !p.address().isIpv6()) {
                rows.add(p);
            }
        }
        return rows;
    }

    private Variable cell(BgpPeer p, int column) {
        BgpPeerStatus s = state.status(p);
        RunningConfig c = running.get();
        boolean open = s.fsmState() >= BgpPeerStatus.OPEN_CONFIRM;
        return switch (column) {
            // RFC 4273: the identifier and version are 0 until the OPEN has been accepted.
            case BGP_PEER_IDENTIFIER -> PeerStateTables.ipAddress(open ? s.remoteIdentifier() : 0);
            case BGP_PEER_STATE -> new Integer32(s.fsmState());
            case BGP_PEER_ADMIN_STATUS -> new Integer32(p.adminUp() ? ADMIN_START : ADMIN_STOP);
            case BGP_PEER_NEGOTIATED_VERSION -> new Integer32(open ? BGP_VERSION : 0);
            case BGP_PEER_LOCAL_ADDR -> PeerStateTables.ipAddress(localAddress(p, s));
            case BGP_PEER_LOCAL_PORT -> new Integer32(s.localPort() != 0 ? s.localPort() : p.localPort());
            case BGP_PEER_REMOTE_ADDR -> PeerStateTables.ipAddress(p.address().ipv4());
            case BGP_PEER_REMOTE_PORT -> new Integer32(s.remotePort() != 0 ? s.remotePort() : p.remotePort());
            case BGP_PEER_REMOTE_AS -> new Integer32(twoOctetAs(p.remoteAs()));
            case BGP_PEER_IN_UPDATES -> PeerStateTables.counter(s.inUpdates());
            case BGP_PEER_OUT_UPDATES -> PeerStateTables.counter(s.outUpdates());
            case BGP_PEER_IN_TOTAL_MESSAGES -> PeerStateTables.counter(s.inMessages());
            case BGP_PEER_OUT_TOTAL_MESSAGES -> PeerStateTables.counter(s.outMessages());
            case BGP_PEER_LAST_ERROR -> PeerStateTables.lastError(s);
            case BGP_PEER_FSM_ESTABLISHED_TRANSITIONS -> PeerStateTables.counter(s.establishedTransitions());
            case BGP_PEER_FSM_ESTABLISHED_TIME -> PeerStateTables.gauge(times.secondsSince(
                    s.establishedChangeMillis()));
            case BGP_PEER_CONNECT_RETRY_INTERVAL -> new Integer32(p.connectRetry() > 0 ? p.connectRetry()
                    : (int) setting(c, SettingNames.BGP_CONNECT_RETRY, BgpValidator.DEFAULT_CONNECT_RETRY));
            // The hold timer runs with the negotiated value from OpenConfirm on (RFC 4271 section 8.2.2).
            case BGP_PEER_HOLD_TIME -> new Integer32(open ? s.negotiatedHoldTime() : 0);
            case BGP_PEER_KEEP_ALIVE -> new Integer32(open ? s.negotiatedKeepalive() : 0);
            case BGP_PEER_HOLD_TIME_CONFIGURED -> new Integer32(holdTimeConfigured(p, c));
            case BGP_PEER_KEEP_ALIVE_CONFIGURED -> new Integer32(p.keepalive() >= 0 ? p.keepalive()
                    : (int) setting(c, SettingNames.BGP_KEEPALIVE, BgpValidator.DEFAULT_KEEPALIVE));
            case BGP_PEER_MIN_AS_ORIGINATION_INTERVAL -> new Integer32(MIN_AS_ORIGINATION_INTERVAL);
            case BGP_PEER_MIN_ROUTE_ADVERTISEMENT_INTERVAL -> new Integer32(mrai(p, c));
            case BGP_PEER_IN_UPDATE_ELAPSED_TIME -> PeerStateTables.gauge(times.secondsSince(
                    s.lastUpdateReceivedMillis()));
            default -> null;
        };
    }

    /** The connection's local address, else the configured one, else 0.0.0.0. */
    private static int localAddress(BgpPeer p, BgpPeerStatus s) {
        if (s.localAddress() != null && !s.localAddress().isIpv6()) {
            return s.localAddress().ipv4();
        }
        return p.localAddress() != null && !p.localAddress().isIpv6() ? p.localAddress().ipv4() : 0;
    }

    private static int holdTimeConfigured(BgpPeer p, RunningConfig c) {
        return p.holdTime() >= 0 ? p.holdTime()
                : (int) setting(c, SettingNames.BGP_HOLD_TIME, BgpValidator.DEFAULT_HOLD_TIME);
    }

    /**
     * The interval in use. 0 (no delay) is outside the MIB's range 1..65535 and reads as 1, the
     * closest value the MIB can express.
     */
    private static int mrai(BgpPeer p, RunningConfig c) {
        if (p.mrai() >= 0) {
            return Math.max(1, p.mrai());
        }
        long localAs = setting(c, SettingNames.BGP_LOCAL_AS, 0);
        return p.remoteAs() == localAs ? MRAI_INTERNAL : MRAI_EXTERNAL;
    }

    /** bgpLocalAs and bgpPeerRemoteAs are 16-bit: a 4-octet AS reads as AS_TRANS. */
    static int twoOctetAs(long as) {
        return as >= 0 && as <= 0xFFFF ? (int) as : AS_TRANS;
    }

    /** A decimal setting; the default when absent or unreadable (the validator refuses that). */
    static long setting(RunningConfig c, String name, long defaultValue) {
        try {
            return Long.parseLong(c.setting(name, Long.toString(defaultValue)).trim());
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }
}
