package org.l3vpnd.persistence;

import java.sql.SQLException;
import java.util.List;
import org.l3vpnd.engine.config.StaticRoute;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;

/**
 * {@link StaticRoute} rows in table {@code static_route}. The destination is split into family,
 * address and length, as the MIB indexes it; the policy is dotted text; a missing next hop is zero
 * octets, because the next hop is part of the primary key and H2 allows no NULL there.
 */
final class StaticRouteMapper extends RecordTableMapper<StaticRoute> {

    /** InetAddressType values (RFC 4001). */
    static final int FAMILY_IPV4 = 1;
    static final int FAMILY_IPV6 = 2;

    private static final byte[] NO_NEXT_HOP = new byte[0];

    StaticRouteMapper() {
        super(StaticRoute.class, "static_route",
                List.of("vrf", "dest_family", "dest_address", "dest_prefix_length", "policy", "next_hop"),
                List.of("if_index", "type", "next_hop_as", "metric1", "metric2", "metric3", "metric4", "metric5",
                        "xc_pointer", "in_service", "storage"));
    }

    @Override
    protected void writeKey(RowWriter w, StaticRoute s) throws SQLException {
        IpPrefix dest = s.destination();
        w.text(s.vrf()).integer(dest.isIpv6() ? FAMILY_IPV6 : FAMILY_IPV4).bytes(dest.addressBytes())
                .integer(dest.length()).text(OidText.format(s.policy()))
                .bytes(s.nextHop() == null ? NO_NEXT_HOP : s.nextHop().toBytes());
    }

    @Override
    protected void writeValues(RowWriter w, StaticRoute s) throws SQLException {
        w.integer(s.ifIndex()).integer(s.type()).bigint(s.nextHopAs());
        for (int metric : s.metrics()) {
            w.integer(metric);
        }
        w.bytes(s.xcPointer()).bool(s.inService()).storage(s.storage());
    }

    @Override
    protected StaticRoute read(RowReader r) throws SQLException {
        byte[] nextHop = r.bytes("next_hop");
        int[] metrics = {r.integer("metric1"), r.integer("metric2"), r.integer("metric3"),
                r.integer("metric4"), r.integer("metric5")};
        return new StaticRoute(r.text("vrf"), destination(r), OidText.parse(r.text("policy")),
                nextHop.length == 0 ? null : IpAddress.fromBytes(nextHop), r.integer("if_index"),
                r.integer("type"), r.bigint("next_hop_as"), metrics, r.bytes("xc_pointer"),
                r.bool("in_service"), r.storage());
    }

    private static IpPrefix destination(RowReader r) throws SQLException {
        IpAddress address = IpAddress.fromBytes(r.bytes("dest_address"));
        int family = r.integer("dest_family");
        if (family != (address.isIpv6() ? FAMILY_IPV6 : FAMILY_IPV4)) {
            throw new IllegalArgumentException("dest_family " + family + " does not match a "
                    + address.toBytes().length + "-octet destination address");
        }
        // Refuses host bits, which a hand-written row could set.
        return IpPrefix.of(address, r.integer("dest_prefix_length"));
    }
}
