package org.l3vpnd.snmp.l3vpn;

import java.util.Comparator;

import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.rib.Route;
import org.l3vpnd.snmp.table.IndexCodec;
import org.l3vpnd.snmp.table.IndexCursor;
import org.l3vpnd.snmp.table.IndexLayout;

/**
 * The mplsL3VpnVrfRteTable index: { VrfName, DestType, Dest, PfxLen, Policy, NHopType, NextHop }.
 * The key of a row within its VRF is a {@link Route} (a RIB route or a probe), whose
 * {@link Route#MANAGEMENT_ORDER} is this index's OID order; a lookup needs no conversion.
 *
 * <p>Domains: destination types ipv4(1) and ipv6(2) only (the routes a RIB can hold), addresses of
 * the type's size, a prefix length no shorter than the destination's set bits (host bits set are
 * an inconsistentName, RFC 4382), next-hop types unknown(0), ipv4(1), ipv6(2) with 0, 4 or 16
 * octets.
 */
final class RteIndex {

    /** A row's key: its VRF and its route key. */
    record Key(VrfName vrf, Route route) {
    }

    private static final int DEST_TYPE = 1;
    private static final int DEST = 2;

    static final Comparator<Key> ORDER = (a, b) -> {
        int c = VrfName.ORDER.compare(a.vrf(), b.vrf());
        return c != 0 ? c : Route.MANAGEMENT_ORDER.compare(a.route(), b.route());
    };

    static final IndexCodec<Key> CODEC = new IndexCodec<>() {
        private final IndexLayout layout = IndexLayout.builder()
                .octets(1, VrfName.MAX_OCTETS)
                .integer(1, 2)
                .octets(c -> addressSize(c.value(DEST_TYPE)), c -> addressSize(c.value(DEST_TYPE)))
                .integer(RteIndex::shortestPrefix, c -> addressSize(c.value(DEST_TYPE)) * 8L)
                .oid(0, Route.MAX_POLICY_LENGTH)
                .integer(0, 2)
                .octets(c -> addressSize(c.value(5)), c -> addressSize(c.value(5)))
                .build();

        @Override
        public IndexLayout layout() {
            return layout;
        }

        @Override
        public Key decode(int[] s, int from, int to) {
            int at = from;
            VrfName vrf = VrfName.fromSubIds(s, at + 1, s[at]);
            at += 1 + s[at] + 1;
            IpAddress dest = address(s, at + 1, s[at]);
            at += 1 + s[at];
            int length = s[at++];
            int[] policy = new int[s[at]];
            System.arraycopy(s, at + 1, policy, 0, policy.length);
            at += 1 + policy.length + 1;
            IpAddress nextHop = s[at] == 0 ? null : address(s, at + 1, s[at]);
            return new Key(vrf, Route.probe(IpPrefix.of(dest, length), policy, nextHop));
        }

        @Override
        public int encode(Key key, int[] out, int offset) {
            offset = key.vrf().encode(out, offset);
            Route r = key.route();
            IpPrefix p = r.prefix();
            out[offset++] = p.isIpv6() ? 2 : 1;
            offset = writeAddress(p.isIpv6(), p.high(), p.low(), out, offset);
            out[offset++] = p.length();
            out[offset++] = r.policyLength();
            for (int i = 0; i < r.policyLength(); i++) {
                out[offset++] = r.policySubId(i);
            }
            IpAddress nh = r.nextHop();
            out[offset++] = r.nextHopType();
            if (nh == null) {
                out[offset++] = 0;
                return offset;
            }
            return writeAddress(nh.isIpv6(), nh.high(), nh.low(), out, offset);
        }

        @Override
        public Comparator<Key> order() {
            return ORDER;
        }

        @Override
        public int checkCreatable(Key key) {
            return L3VpnIndexes.nameStatus(key.vrf());
        }
    };

    private RteIndex() {
    }

    /** Octets of an InetAddress of type ipv4(1) / ipv6(2); 0 for unknown(0). */
    static long addressSize(long type) {
        return type == 1 ? 4 : type == 2 ? 16 : 0;
    }

    /** The shortest prefix length that leaves no host bit of the destination set. */
    private static long shortestPrefix(IndexCursor c) {
        int start = c.elementStart(DEST);
        int n = (int) c.value(DEST);
        for (int i = n - 1; i >= 0; i--) {
            int octet = c.subId(start + i);
            if (octet != 0) {
                return i * 8L + 8 - Integer.numberOfTrailingZeros(octet);
            }
        }
        return 0;
    }

    private static IpAddress address(int[] s, int from, int count) {
        byte[] b = new byte[count];
        for (int i = 0; i < count; i++) {
            b[i] = (byte) s[from + i];
        }
        return IpAddress.fromBytes(b);
    }

    private static int writeAddress(boolean ipv6, long high, long low, int[] out, int offset) {
        int n = ipv6 ? 16 : 4;
        out[offset++] = n;
        for (int i = 0; i < n; i++) {
            long word = i < 8 ? high : low;
            out[offset++] = (int) (word >>> (56 - 8 * (i % 8))) & 0xff;
        }
        return offset;
    }
}
