package org.l3vpnd.persistence;

import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;

/**
 * {@link BgpPeer} rows in table {@code bgp_peer}: addresses as their 4 or 16 octets, a missing local
 * address as NULL, the families as an integer mask in the MIB's BITS order.
 */
final class BgpPeerMapper extends RecordTableMapper<BgpPeer> {

    /** Bit n of the mask is named bit n of L3vpndBgpFamilySet (L3VPND-MIB). */
    private static final List<AfiSafi> FAMILY_BITS = List.of(AfiSafi.IPV4_UNICAST, AfiSafi.IPV6_UNICAST,
            AfiSafi.VPNV4, AfiSafi.VPNV6, AfiSafi.IPV4_LABELED, AfiSafi.IPV6_LABELED);

    BgpPeerMapper() {
        super(BgpPeer.class, "bgp_peer", List.of("vrf", "address"),
                List.of("remote_as", "local_address", "remote_port", "local_port", "families", "hold_time",
                        "keepalive", "connect_retry", "mrai", "rr_client", "passive", "description", "admin_up",
                        "in_service", "storage"));
    }

    @Override
    protected void writeKey(RowWriter w, BgpPeer p) throws SQLException {
        w.text(p.vrf()).bytes(p.address().toBytes());
    }

    @Override
    protected void writeValues(RowWriter w, BgpPeer p) throws SQLException {
        w.bigint(p.remoteAs())
                .bytesOrNull(p.localAddress() == null ? null : p.localAddress().toBytes())
                .integer(p.remotePort()).integer(p.localPort()).integer(familyMask(p.families()))
                .integer(p.holdTime()).integer(p.keepalive()).integer(p.connectRetry()).integer(p.mrai())
                .bool(p.routeReflectorClient()).bool(p.passive()).text(p.description())
                .bool(p.adminUp()).bool(p.inService()).storage(p.storage());
    }

    @Override
    protected BgpPeer read(RowReader r) throws SQLException {
        byte[] local = r.bytesOrNull("local_address");
        return new BgpPeer(r.text("vrf"), IpAddress.fromBytes(r.bytes("address")), r.bigint("remote_as"),
                local == null ? null : IpAddress.fromBytes(local), r.integer("remote_port"),
                r.integer("local_port"), families(r.integer("families")), r.integer("hold_time"),
                r.integer("keepalive"), r.integer("connect_retry"), r.integer("mrai"), r.bool("rr_client"),
                r.bool("passive"), r.text("description"), r.bool("admin_up"), r.bool("in_service"), r.storage());
    }

    static int familyMask(Set<AfiSafi> families) {
        int mask = 0;
        for (AfiSafi f : families) {
            mask |= 1 << FAMILY_BITS.indexOf(f);
        }
        return mask;
    }

    /** Refuses bits no family has: only a hand-written row could set them. */
    static Set<AfiSafi> families(int mask) {
        if ((mask & ~((1 << FAMILY_BITS.size()) - 1)) != 0) {
            throw new IllegalArgumentException("the families mask has bits beyond ipv6Labeled(5)");
        }
        Set<AfiSafi> out = EnumSet.noneOf(AfiSafi.class);
        for (int bit = 0; bit < FAMILY_BITS.size(); bit++) {
            if ((mask & (1 << bit)) != 0) {
                out.add(FAMILY_BITS.get(bit));
            }
        }
        return out;
    }
}
