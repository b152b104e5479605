package org.l3vpnd.snmp.ifmib;

/** IANAifType-MIB values for the kernel's ARPHRD_* link types. Pure functions. */
final class IanaIfType {

    static final int OTHER = 1;
    static final int ETHERNET_CSMACD = 6;
    static final int PPP = 23;
    static final int SOFTWARE_LOOPBACK = 24;
    static final int TUNNEL = 131;

    private IanaIfType() {
    }

    /**
     * Bridges, VLANs, bonds, veths and VRF devices are all ARPHRD_ETHER to the kernel and so
     * ethernetCsmacd here; telling them apart needs more than the link type.
     */
    static int of(int arpHardwareType) {
        return switch (arpHardwareType) {
            case 1 -> ETHERNET_CSMACD;
            case 512 -> PPP;
            case 772 -> SOFTWARE_LOOPBACK;
            // ipip/vti, ip6tnl, sit, gre, ip6gre
            case 768, 769, 776, 778, 823 -> TUNNEL;
            default -> OTHER;
        };
    }
}
