package org.l3vpnd.snmp.l3vpn;

import java.util.Comparator;

import org.l3vpnd.snmp.table.IndexCodec;
import org.l3vpnd.snmp.table.IndexLayout;
import org.snmp4j.PDU;

/**
 * Index codecs of the VRF, interface-binding and route-target tables. Each index starts with the
 * VRF name, length-prefixed (no IMPLIED anywhere in the module).
 */
final class L3VpnIndexes {

    /** mplsL3VpnIfConfTable: { mplsL3VpnVrfName, mplsL3VpnIfConfIndex }. */
    record IfConfKey(VrfName vrf, int ifIndex) {
    }

    /** mplsL3VpnVrfRTTable: { mplsL3VpnVrfName, mplsL3VpnVrfRTIndex, mplsL3VpnVrfRTType }. */
    record RtKey(VrfName vrf, long index, int type) {
    }

    static final IndexCodec<VrfName> VRF = new IndexCodec<>() {
        private final IndexLayout layout = IndexLayout.builder().octets(1, VrfName.MAX_OCTETS).build();

        @Override
        public IndexLayout layout() {
            return layout;
        }

        @Override
        public VrfName decode(int[] s, int from, int to) {
            return VrfName.fromSubIds(s, from + 1, s[from]);
        }

        @Override
        public int encode(VrfName key, int[] out, int offset) {
            return key.encode(out, offset);
        }

        @Override
        public Comparator<VrfName> order() {
            return VrfName.ORDER;
        }

        @Override
        public int checkCreatable(VrfName key) {
            return nameStatus(key);
        }
    };

    static final IndexCodec<IfConfKey> IF_CONF = new IndexCodec<>() {
        private final IndexLayout layout = IndexLayout.builder().octets(1, VrfName.MAX_OCTETS)
                .integer(1, Integer.MAX_VALUE).build();
        private final Comparator<IfConfKey> order = Comparator.comparing(IfConfKey::vrf, VrfName.ORDER)
                .thenComparingInt(IfConfKey::ifIndex);

        @Override
        public IndexLayout layout() {
            return layout;
        }

        @Override
        public IfConfKey decode(int[] s, int from, int to) {
            return new IfConfKey(VrfName.fromSubIds(s, from + 1, s[from]), s[from + 1 + s[from]]);
        }

        @Override
        public int encode(IfConfKey key, int[] out, int offset) {
            offset = key.vrf().encode(out, offset);
            out[offset++] = key.ifIndex();
            return offset;
        }

        @Override
        public Comparator<IfConfKey> order() {
            return order;
        }

        @Override
        public int checkCreatable(IfConfKey key) {
            return nameStatus(key.vrf());
        }
    };

    static final IndexCodec<RtKey> RT = new IndexCodec<>() {
        private final IndexLayout layout = IndexLayout.builder().octets(1, VrfName.MAX_OCTETS)
                .integer(1, IndexLayout.MAX_SUB_ID).integer(1, 3).build();
        private final Comparator<RtKey> order = Comparator.comparing(RtKey::vrf, VrfName.ORDER)
                .thenComparingLong(RtKey::index).thenComparingInt(RtKey::type);

        @Override
        public IndexLayout layout() {
            return layout;
        }

        @Override
        public RtKey decode(int[] s, int from, int to) {
            int at = from + 1 + s[from];
            return new RtKey(VrfName.fromSubIds(s, from + 1, s[from]), s[at] & IndexLayout.MAX_SUB_ID, s[at + 1]);
        }

        @Override
        public int encode(RtKey key, int[] out, int offset) {
            offset = key.vrf().encode(out, offset);
            out[offset++] = (int) key.index();
            out[offset++] = key.type();
            return offset;
        }

        @Override
        public Comparator<RtKey> order() {
            return order;
        }

        @Override
        public int checkCreatable(RtKey key) {
            return nameStatus(key.vrf());
        }
    };

    private L3VpnIndexes() {
    }

    /** A VRF name index that is no UTF-8 text can never name a configured VRF. */
    static int nameStatus(VrfName name) {
        return name.isText() ? PDU.noError : PDU.inconsistentName;
    }
}
