package org.l3vpnd.snmp.bgp;

import static org.l3vpnd.snmp.bgp.BgpOids.*;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.ConfigTransaction;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.snmp.table.ColumnDef;
import org.l3vpnd.snmp.table.ConfigItemSource;
import org.l3vpnd.snmp.table.RowSource;
import org.l3vpnd.snmp.table.RowValues;
import org.l3vpnd.snmp.table.RowWriter;
import org.l3vpnd.snmp.table.TableDefinition;
import org.l3vpnd.snmp.table.ValueChecks;
import org.snmp4j.PDU;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.UnsignedInteger32;
import org.snmp4j.smi.Variable;

/**
 * l3vpndBgpPeerTable: one row per configured {@link BgpPeer}, indexed by routing instance and
 * address. Every column may change while the row is active (the MIB says so); the only mandatory
 * column is the remote AS. Value checks here are those of one varbind; the rules between columns,
 * rows and global settings are the engine's BgpValidator's, run on the whole request. Stateless,
 * thread-safe.
 */
final class PeerTable implements RowWriter<PeerKey, ConfigItemSource.Row<PeerKey, BgpPeer>> {

    /** L3vpndBgpFamilySet: named bit n is this list's element n. */
    static final List<AfiSafi> FAMILY_BITS = List.of(AfiSafi.IPV4_UNICAST, AfiSafi.IPV6_UNICAST, AfiSafi.VPNV4,
            AfiSafi.VPNV6, AfiSafi.IPV4_LABELED, AfiSafi.IPV6_LABELED);

    private static final int TRUE = 1;
    private static final int FALSE = 2;
    private static final int ADMIN_UP = 1;
    private static final int ADMIN_DOWN = 2;

    static final ColumnDef.ValueCheck HOLD_TIME = v -> {
        long x = v.toLong();
        return x == -1 || x == 0 || (x >= 3 && x <= 65535) ? PDU.noError : PDU.wrongValue;
    };

    static final ColumnDef.ValueCheck CONNECT_RETRY = v -> {
        long x = v.toLong();
        return x == -1 || (x >= 1 && x <= 65535) ? PDU.noError : PDU.wrongValue;
    };

    private final Supplier<RunningConfig> running;

    PeerTable(Supplier<RunningConfig> running) {
        this.running = running;
    }

    TableDefinition<PeerKey, ConfigItemSource.Row<PeerKey, BgpPeer>> definition() {
        int octets = SMIConstants.SYNTAX_OCTET_STRING;
        int integer = SMIConstants.SYNTAX_INTEGER;
        int unsigned = SMIConstants.SYNTAX_UNSIGNED_INTEGER32;
        List<ColumnDef> columns = List.of(
                // No DEFVAL: a row made with createAndWait stays notReady until the AS is set.
                ColumnDef.readCreate(PEER_REMOTE_AS, unsigned, null, ValueChecks.range(1, 0xFFFFFFFFL)),
                ColumnDef.readCreate(PEER_LOCAL_ADDR_TYPE, integer, new Integer32(PeerIndexes.TYPE_UNKNOWN),
                        ValueChecks.enumeration(PeerIndexes.TYPE_UNKNOWN, PeerIndexes.TYPE_IPV4,
                                PeerIndexes.TYPE_IPV6)),
                ColumnDef.readCreate(PEER_LOCAL_ADDR, octets, new OctetString(), ValueChecks.sizes(0, 4, 16)),
                ColumnDef.readCreate(PEER_REMOTE_PORT, unsigned, new UnsignedInteger32(179),
                        ValueChecks.range(1, 65535)),
                ColumnDef.readCreate(PEER_LOCAL_PORT, unsigned, new UnsignedInteger32(0), ValueChecks.range(0, 65535)),
                ColumnDef.readCreate(PEER_FAMILIES, octets, familyBits(Set.of(AfiSafi.IPV4_UNICAST)),
                        ValueChecks.bits(FAMILY_BITS.size())),
                ColumnDef.readCreate(PEER_HOLD_TIME, integer, new Integer32(-1), HOLD_TIME),
                ColumnDef.readCreate(PEER_KEEPALIVE, integer, new Integer32(-1), ValueChecks.range(-1, 21845)),
                ColumnDef.readCreate(PEER_CONNECT_RETRY, integer, new Integer32(-1), CONNECT_RETRY),
                ColumnDef.readCreate(PEER_MRAI, integer, new Integer32(-1), ValueChecks.range(-1, 65535)),
                ColumnDef.readCreate(PEER_RR_CLIENT, integer, new Integer32(FALSE), ValueChecks.TRUTH_VALUE),
                ColumnDef.readCreate(PEER_PASSIVE, integer, new Integer32(FALSE), ValueChecks.TRUTH_VALUE),
                ColumnDef.readCreate(PEER_DESCR, octets, new OctetString(), ValueChecks.adminString(255)),
                // An operator may still shut a permanent peer down, as a permanent VRF.
                ColumnDef.readCreate(PEER_ADMIN_STATUS, integer, new Integer32(ADMIN_UP),
                        ValueChecks.enumeration(ADMIN_UP, ADMIN_DOWN)).withWritableWhenPermanent(),
                ColumnDef.storageType(PEER_STORAGE_TYPE, new Integer32(StorageType.NON_VOLATILE.code())),
                ColumnDef.rowStatus(PEER_ROW_STATUS));
        columns = columns.stream().map(ColumnDef::withChangeableWhenActive).toList();
        RowSource<PeerKey, ConfigItemSource.Row<PeerKey, BgpPeer>> source = ConfigItemSource.of(running, BgpPeer.class, PeerKey::of,
                PeerKey.ORDER, PeerTable::cell);
        return new TableDefinition<>(PEER_ENTRY, columns, PeerIndexes.PEER, source, this);
    }

    private static Variable cell(BgpPeer p, int column) {
        IpAddress local = p.localAddress();
        return switch (column) {
            case PEER_REMOTE_AS -> new UnsignedInteger32(p.remoteAs());
            case PEER_LOCAL_ADDR_TYPE -> new Integer32(local == null ? PeerIndexes.TYPE_UNKNOWN
                    : PeerIndexes.addressType(local));
            case PEER_LOCAL_ADDR -> new OctetString(local == null ? new byte[0] : local.toBytes());
            case PEER_REMOTE_PORT -> new UnsignedInteger32(p.remotePort());
            case PEER_LOCAL_PORT -> new UnsignedInteger32(p.localPort());
            case PEER_FAMILIES -> familyBits(p.families());
            case PEER_HOLD_TIME -> new Integer32(p.holdTime());
            case PEER_KEEPALIVE -> new Integer32(p.keepalive());
            case PEER_CONNECT_RETRY -> new Integer32(p.connectRetry());
            case PEER_MRAI -> new Integer32(p.mrai());
            case PEER_RR_CLIENT -> truth(p.routeReflectorClient());
            case PEER_PASSIVE -> truth(p.passive());
            case PEER_DESCR -> new OctetString(p.description().getBytes(StandardCharsets.UTF_8));
            case PEER_ADMIN_STATUS -> new Integer32(p.adminUp() ? ADMIN_UP : ADMIN_DOWN);
            default -> null;
        };
    }

    @Override
    public ConfigItem build(PeerKey key, RowValues values, boolean inService, StorageType storage,
                            ConfigTransaction tx) throws RowRefusal {
        byte[] local = values.octets(PEER_LOCAL_ADDR);
        int localType = values.integer(PEER_LOCAL_ADDR_TYPE);
        if (local.length != PeerIndexes.addressSize(localType)) {
            throw new RowRefusal(PDU.inconsistentValue, PEER_LOCAL_ADDR, "local address of " + local.length
                    + " octets does not match its type " + localType);
        }
        return new BgpPeer(key.vrf(), key.address(), values.number(PEER_REMOTE_AS),
                local.length == 0 ? null : IpAddress.fromBytes(local), values.integer(PEER_REMOTE_PORT),
                values.integer(PEER_LOCAL_PORT), families(values.octets(PEER_FAMILIES)),
                values.integer(PEER_HOLD_TIME), values.integer(PEER_KEEPALIVE), values.integer(PEER_CONNECT_RETRY),
                values.integer(PEER_MRAI), values.integer(PEER_RR_CLIENT) == TRUE,
                values.integer(PEER_PASSIVE) == TRUE,
                new String(values.octets(PEER_DESCR), StandardCharsets.UTF_8),
                values.integer(PEER_ADMIN_STATUS) == ADMIN_UP, inService, storage);
    }

    @Override
    public void remove(ConfigItemSource.Row<PeerKey, BgpPeer> row, ConfigTransaction tx) {
        tx.remove(row.item().key());
    }

    /** BITS: named bit n is bit 7 - n % 8 of octet n / 8 (RFC 2578 section 7.1.4). */
    static OctetString familyBits(Set<AfiSafi> families) {
        byte[] b = new byte[1];
        for (AfiSafi f : families) {
            int bit = FAMILY_BITS.indexOf(f);
            b[bit / 8] |= (byte) (0x80 >>> (bit % 8));
        }
        return new OctetString(b);
    }

    /** The families of a BITS value; bits beyond the named ones were refused by the value check. */
    static Set<AfiSafi> families(byte[] bits) {
        Set<AfiSafi> out = EnumSet.noneOf(AfiSafi.class);
        for (int bit = 0; bit < FAMILY_BITS.size(); bit++) {
            if (bit / 8 < bits.length && (bits[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
                out.add(FAMILY_BITS.get(bit));
            }
        }
        return out;
    }

    private static Integer32 truth(boolean b) {
        return new Integer32(b ? TRUE : FALSE);
    }
}
