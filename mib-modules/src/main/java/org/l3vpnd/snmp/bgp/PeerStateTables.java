package org.l3vpnd.snmp.bgp;

import static org.l3vpnd.snmp.bgp.BgpOids.*;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.snmp.bgp.PeerIndexes.FamKey;
import org.l3vpnd.snmp.table.ColumnDef;
import org.l3vpnd.snmp.table.ConfigItemSource;
import org.l3vpnd.snmp.table.ConfigRowIndex;
import org.l3vpnd.snmp.table.RowSource;
import org.l3vpnd.snmp.table.TableDefinition;
import org.l3vpnd.snmp.agent.EngineTimes;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.Variable;

/**
 * l3vpndBgpPeerStateTable (AUGMENTS the peer table: one row per configured peer, active or
 * notInService) and l3vpndBgpPeerFamTable (one row per family of each active peer): configuration
 * from the running configuration, state from the {@link BgpStatusSource}, read per cell. A peer the
 * speaker has no state for reads as {@link BgpPeerStatus#NO_SESSION}. Thread-safe.
 */
final class PeerStateTables {

    private static final int LAST_ERROR_TEXT_OCTETS = 255;
    private static final int NEG_CAPS_OCTETS = 2;

    private final Supplier<RunningConfig> running;
    private final BgpStatusSource status;
    private final EngineTimes times;

    /** A family row: its key, the peer and the family. */
    record FamRow(FamKey key, BgpPeer peer, AfiSafi family) {
    }

    PeerStateTables(Supplier<RunningConfig> running, BgpStatusSource status, EngineTimes times) {
        this.running = running;
        this.status = status;
        this.times = times;
    }

    BgpPeerStatus status(BgpPeer peer) {
        return status.peer(peer.vrf(), peer.address()).orElse(BgpPeerStatus.NO_SESSION);
    }

    TableDefinition<PeerKey, ConfigItemSource.Row<PeerKey, BgpPeer>> state() {
        int counter = SMIConstants.SYNTAX_COUNTER32;
        List<ColumnDef> columns = List.of(
                ColumnDef.readOnly(STATE_FSM_STATE, SMIConstants.SYNTAX_INTEGER),
                ColumnDef.readOnly(STATE_EST_TIME, SMIConstants.SYNTAX_GAUGE32),
                ColumnDef.readOnly(STATE_NEG_HOLD_TIME, SMIConstants.SYNTAX_INTEGER),
                ColumnDef.readOnly(STATE_NEG_KEEPALIVE, SMIConstants.SYNTAX_INTEGER),
                ColumnDef.readOnly(STATE_REMOTE_ID, SMIConstants.SYNTAX_IPADDRESS),
                ColumnDef.readOnly(STATE_NEG_CAPS, SMIConstants.SYNTAX_OCTET_STRING),
                ColumnDef.readOnly(STATE_LAST_ERROR, SMIConstants.SYNTAX_OCTET_STRING),
                ColumnDef.readOnly(STATE_LAST_ERROR_TEXT, SMIConstants.SYNTAX_OCTET_STRING),
                ColumnDef.readOnly(STATE_IN_MSGS, counter),
                ColumnDef.readOnly(STATE_OUT_MSGS, counter),
                ColumnDef.readOnly(STATE_IN_UPDATES, counter),
                ColumnDef.readOnly(STATE_OUT_UPDATES, counter),
                ColumnDef.readOnly(STATE_EST_TRANSITIONS, counter),
                ColumnDef.readOnly(STATE_DISC_TIME, SMIConstants.SYNTAX_TIMETICKS));
        RowSource<PeerKey, ConfigItemSource.Row<PeerKey, BgpPeer>> source = ConfigItemSource.of(running, BgpPeer.class, PeerKey::of,
                PeerKey.ORDER, this::stateCell);
        return new TableDefinition<>(PEER_STATE_ENTRY, columns, PeerIndexes.PEER, source, null);
    }

    private Variable stateCell(BgpPeer peer, int column) {
        BgpPeerStatus s = status(peer);
        boolean up = s.established();
        return switch (column) {
            case STATE_FSM_STATE -> new Integer32(s.fsmState());
            case STATE_EST_TIME -> new Gauge32(times.secondsSince(s.establishedChangeMillis()));
            // The MIB promises 0 unless established, whatever the speaker kept.
            case STATE_NEG_HOLD_TIME -> new Integer32(up ? s.negotiatedHoldTime() : 0);
            case STATE_NEG_KEEPALIVE -> new Integer32(up ? s.negotiatedKeepalive() : 0);
            case STATE_REMOTE_ID -> ipAddress(s.remoteIdentifier());
            case STATE_NEG_CAPS -> negotiatedCapabilities(s);
            case STATE_LAST_ERROR -> lastError(s);
            case STATE_LAST_ERROR_TEXT -> new OctetString(truncatedUtf8(s.lastErrorText(), LAST_ERROR_TEXT_OCTETS));
            case STATE_IN_MSGS -> counter(s.inMessages());
            case STATE_OUT_MSGS -> counter(s.outMessages());
            case STATE_IN_UPDATES -> counter(s.inUpdates());
            case STATE_OUT_UPDATES -> counter(s.outUpdates());
            case STATE_EST_TRANSITIONS -> counter(s.establishedTransitions());
            case STATE_DISC_TIME -> times.at(s.countersStartMillis());
            default -> null;
        };
    }

    TableDefinition<FamKey, FamRow> families() {
        List<ColumnDef> columns = List.of(
                ColumnDef.readOnly(FAM_NEGOTIATED, SMIConstants.SYNTAX_INTEGER),
                ColumnDef.readOnly(FAM_PFX_RCVD, SMIConstants.SYNTAX_GAUGE32),
                ColumnDef.readOnly(FAM_PFX_ACCEPTED, SMIConstants.SYNTAX_GAUGE32),
                ColumnDef.readOnly(FAM_PFX_ADVERTISED, SMIConstants.SYNTAX_GAUGE32),
                ColumnDef.readOnly(FAM_GR_STATE, SMIConstants.SYNTAX_INTEGER));
        ConfigRowIndex<FamKey, FamRow> index = new ConfigRowIndex<>(running, PeerStateTables::famRows, FamRow::key,
                PeerIndexes.FAM_ORDER);
        RowSource<FamKey, FamRow> source = index.source(this::famCell);
        return new TableDefinition<>(PEER_FAM_ENTRY, columns, PeerIndexes.FAM, source, null);
    }

    /** Every family configured on an active peer, whether or not the peer accepted it. */
    private static List<FamRow> famRows(RunningConfig config) {
        List<FamRow> rows = new ArrayList<>();
        for (BgpPeer p : config.all(BgpPeer.class)) {
            if (p.inService()) {
                PeerKey peer = PeerKey.of(p);
                for (AfiSafi f : p.families()) {
                    rows.add(new FamRow(FamKey.of(peer, f), p, f));
                }
            }
        }
        return rows;
    }

    private Variable famCell(FamRow row, int column) {
        BgpPeerStatus s = status(row.peer());
        BgpPeerStatus.FamilyStatus f = s.families().getOrDefault(row.family(), BgpPeerStatus.FamilyStatus.NONE);
        return switch (column) {
            case FAM_NEGOTIATED -> new Integer32(s.established() && s.negotiatedFamilies().contains(row.family())
                    ? 1 : 2);
            case FAM_PFX_RCVD -> gauge(f.prefixesReceived());
            case FAM_PFX_ACCEPTED -> gauge(f.prefixesAccepted());
            case FAM_PFX_ADVERTISED -> gauge(f.prefixesAdvertised());
            case FAM_GR_STATE -> new Integer32(f.grState().code());
            default -> null;
        };
    }

    /** l3vpndBgpPeerNegCaps: families in bits 0-5, other capabilities in 6-9; empty unless established. */
    static OctetString negotiatedCapabilities(BgpPeerStatus s) {
        byte[] b = new byte[NEG_CAPS_OCTETS];
        if (s.established()) {
            for (AfiSafi f : s.negotiatedFamilies()) {
                setBit(b, PeerTable.FAMILY_BITS.indexOf(f));
            }
            for (BgpPeerStatus.Capability c : s.negotiatedCapabilities()) {
                setBit(b, c.bit());
            }
        }
        return new OctetString(b);
    }

    private static void setBit(byte[] b, int bit) {
        b[bit / 8] |= (byte) (0x80 >>> (bit % 8));
    }

    /** bgpPeerLastError / l3vpndBgpPeerLastError: code and subcode, '0000'H for none. */
    static OctetString lastError(BgpPeerStatus s) {
        return new OctetString(new byte[] {(byte) s.lastErrorCode(), (byte) s.lastErrorSubcode()});
    }

    static IpAddress ipAddress(int ipv4) {
        return new IpAddress(new byte[] {(byte) (ipv4 >>> 24), (byte) (ipv4 >>> 16), (byte) (ipv4 >>> 8),
                (byte) ipv4});
    }

    /** Counter32 wraps at 2^32 (RFC 2578); the speaker counts in 64 bits. */
    static Counter32 counter(long value) {
        return new Counter32(value & 0xFFFFFFFFL);
    }

    static Gauge32 gauge(long value) {
        return new Gauge32(Math.max(0, Math.min(value, 0xFFFFFFFFL)));
    }

    /** At most {@code max} octets of UTF-8, cut before a character rather than inside one. */
    static byte[] truncatedUtf8(String text, int max) {
        CharsetEncoder enc = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer out = ByteBuffer.allocate(max);
        enc.encode(CharBuffer.wrap(text), out, true);
        return Arrays.copyOf(out.array(), out.position());
    }
}
