package org.l3vpnd.snmp.bgp;

import java.util.Comparator;

import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.snmp.table.IndexCodec;
import org.l3vpnd.snmp.table.IndexLayout;
import org.snmp4j.PDU;

/**
 * Index codecs of the BGP tables: the peer tables of L3VPND-MIB, { VrfName, AddrType, Addr }
 * (+ Afi, Safi for the family table), and bgpPeerTable of BGP4-MIB, { bgpPeerRemoteAddr }.
 * Address types are ipv4(1) and ipv6(2) only, with 4 and 16 octets. Immutable, thread-safe.
 */
final class PeerIndexes {

    /** InetAddressType values (RFC 4001). */
    static final int TYPE_UNKNOWN = 0;
    static final int TYPE_IPV4 = 1;
    static final int TYPE_IPV6 = 2;

    /** Layout part numbers, for domains that depend on earlier parts. */
    private static final int PART_TYPE = 1;

    /**
     * One row of l3vpndBgpPeerFamTable: a peer and the AFI/SAFI of one of its families. Kept as
     * numbers, because a GET or GETNEXT may name a pair that is no family.
     */
    record FamKey(PeerKey peer, int afi, int safi) {
        static FamKey of(PeerKey peer, AfiSafi family) {
            return new FamKey(peer, family.afi(), family.safi());
        }
    }

    static final Comparator<FamKey> FAM_ORDER = (a, b) -> {
        int c = PeerKey.ORDER.compare(a.peer(), b.peer());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.afi(), b.afi());
        return c != 0 ? c : Integer.compare(a.safi(), b.safi());
    };

    static final IndexCodec<PeerKey> PEER = new IndexCodec<>() {
        private final IndexLayout layout = peerParts().build();

        @Override
        public IndexLayout layout() {
            return layout;
        }

        @Override
        public PeerKey decode(int[] s, int from, int to) {
            return decodePeer(s, from);
        }

        @Override
        public int encode(PeerKey key, int[] out, int offset) {
            return key.encode(out, offset);
        }

        @Override
        public Comparator<PeerKey> order() {
            return PeerKey.ORDER;
        }

        @Override
        public int checkCreatable(PeerKey key) {
            return key.isText() ? PDU.noError : PDU.inconsistentName;
        }
    };

    /** SAFI sub-ids run 1..128; the values between that name no family match no row. */
    static final IndexCodec<FamKey> FAM = new IndexCodec<>() {
        private final IndexLayout layout = peerParts().integer(AfiSafi.AFI_IPV4, AfiSafi.AFI_IPV6)
                .integer(AfiSafi.SAFI_UNICAST, AfiSafi.SAFI_VPN).build();

        @Override
        public IndexLayout layout() {
            return layout;
        }

        @Override
        public FamKey decode(int[] s, int from, int to) {
            PeerKey peer = decodePeer(s, from);
            int at = from + peer.encodedLength();
            return new FamKey(peer, s[at], s[at + 1]);
        }

        @Override
        public int encode(FamKey key, int[] out, int offset) {
            offset = key.peer().encode(out, offset);
            out[offset++] = key.afi();
            out[offset++] = key.safi();
            return offset;
        }

        @Override
        public Comparator<FamKey> order() {
            return FAM_ORDER;
        }
    };

    /** bgpPeerRemoteAddr: an IpAddress index, 4 sub-ids without a length; the key is the address. */
    static final IndexCodec<IpAddress> BGP4_PEER = new IndexCodec<>() {
        private final IndexLayout layout = IndexLayout.builder().fixedOctets(4).build();

        @Override
        public IndexLayout layout() {
            return layout;
        }

        @Override
        public IpAddress decode(int[] s, int from, int to) {
            return IpAddress.ofIpv4(s[from] << 24 | s[from + 1] << 16 | s[from + 2] << 8 | s[from + 3]);
        }

        @Override
        public int encode(IpAddress key, int[] out, int offset) {
            int a = key.ipv4();
            out[offset++] = a >>> 24;
            out[offset++] = a >>> 16 & 0xff;
            out[offset++] = a >>> 8 & 0xff;
            out[offset++] = a & 0xff;
            return offset;
        }

        @Override
        public Comparator<IpAddress> order() {
            return IpAddress::compareTo;
        }
    };

    private PeerIndexes() {
    }

    private static IndexLayout.Builder peerParts() {
        return IndexLayout.builder()
                .octets(0, PeerKey.MAX_VRF_OCTETS)
                .integer(TYPE_IPV4, TYPE_IPV6)
                .octets(c -> addressSize(c.value(PART_TYPE)), c -> addressSize(c.value(PART_TYPE)));
    }

    private static PeerKey decodePeer(int[] s, int from) {
        int vrfLength = s[from];
        int at = from + 1 + vrfLength + 1;
        byte[] b = new byte[s[at]];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s[at + 1 + i];
        }
        return PeerKey.fromSubIds(s, from + 1, vrfLength, IpAddress.fromBytes(b));
    }

    /** Octets of an InetAddress of type ipv4(1) / ipv6(2); 0 otherwise. */
    static long addressSize(long type) {
        return type == TYPE_IPV4 ? 4 : type == TYPE_IPV6 ? 16 : 0;
    }

    static int addressType(IpAddress a) {
        return a.isIpv6() ? TYPE_IPV6 : TYPE_IPV4;
    }

    /** InetAddressType, length and octets of an address. */
    static int encodeAddress(IpAddress a, int[] out, int offset) {
        out[offset++] = addressType(a);
        byte[] b = a.toBytes();
        out[offset++] = b.length;
        for (byte x : b) {
            out[offset++] = x & 0xff;
        }
        return offset;
    }
}
