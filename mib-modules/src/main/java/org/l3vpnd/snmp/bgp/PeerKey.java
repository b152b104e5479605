package org.l3vpnd.snmp.bgp;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.snmp.table.ValueChecks;

/**
 * The l3vpndBgpPeerTable index { VrfName, AddrType, Addr } as a key: the routing instance's octets
 * as they appear in the OID (a GETNEXT bound may carry octets that are no UTF-8 text) and the
 * peer address. Key order is the OID order: name length, name octets unsigned, then the address
 * type (ipv4 before ipv6) and the address octets, which is {@link IpAddress}'s own order.
 * Immutable.
 */
final class PeerKey {

    static final int MAX_VRF_OCTETS = 31;

    /** RFC 2578 section 7.7 order of the encodings. Allocation-free. */
    static final Comparator<PeerKey> ORDER = PeerKey::compare;

    private final byte[] vrf;
    private final String vrfText;
    private final IpAddress address;

    private PeerKey(byte[] vrf, String vrfText, IpAddress address) {
        this.vrf = vrf;
        this.vrfText = vrfText;
        this.address = address;
    }

    static PeerKey of(String vrf, IpAddress address) {
        return new PeerKey(vrf.getBytes(StandardCharsets.UTF_8), vrf, address);
    }

    static PeerKey of(BgpPeer peer) {
        return of(peer.vrf(), peer.address());
    }

    /** From index sub-ids already checked against the layout. */
    static PeerKey fromSubIds(int[] s, int from, int vrfLength, IpAddress address) {
        byte[] b = new byte[vrfLength];
        for (int i = 0; i < vrfLength; i++) {
            b[i] = (byte) s[from + i];
        }
        return new PeerKey(b, new String(b, StandardCharsets.UTF_8), address);
    }

    /** The VRF name as configuration knows it; meaningful only when {@link #isText()}. */
    String vrf() {
        return vrfText;
    }

    IpAddress address() {
        return address;
    }

    /** Whether the name octets are UTF-8 text, i.e. could be configured. */
    boolean isText() {
        return ValueChecks.isUtf8(vrf);
    }

    /** VrfName (length, octets), AddrType, Addr (length, octets) into {@code out}; returns the offset after. */
    int encode(int[] out, int offset) {
        out[offset++] = vrf.length;
        for (byte b : vrf) {
            out[offset++] = b & 0xff;
        }
        return PeerIndexes.encodeAddress(address, out, offset);
    }

    /** Sub-ids {@link #encode} writes. */
    int encodedLength() {
        return 1 + vrf.length + 2 + (address.isIpv6() ? 16 : 4);
    }

    private static int compare(PeerKey a, PeerKey b) {
        int c = Integer.compare(a.vrf.length, b.vrf.length);
        if (c == 0) {
            c = Arrays.compareUnsigned(a.vrf, b.vrf);
        }
        return c != 0 ? c : a.address.compareTo(b.address);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PeerKey k && Arrays.equals(vrf, k.vrf) && address.equals(k.address);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(vrf) * 31 + address.hashCode();
    }

    @Override
    public String toString() {
        return "'" + vrfText + "'/" + address;
    }
}
