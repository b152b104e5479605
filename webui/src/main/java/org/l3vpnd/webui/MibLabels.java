package org.l3vpnd.webui;

import java.util.ArrayList;
import java.util.List;

import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.rib.Route;

/**
 * Turns the MIB's numeric codes into the words an operator sees in an snmpwalk with the MIB
 * loaded, so the UI and the SNMP view read the same. Thread-safe (stateless).
 */
final class MibLabels {

    /** Shown where a value is not set; a dash reads better in a table than an empty cell. */
    static final String NONE = "\u2014";

    private static final String[] ROUTE_DIST_PROTOCOLS = {"none", "bgp", "ospf", "rip", "isis", "static", "other"};

    private MibLabels() {
    }

    static String adminStatus(int code) {
        return switch (code) {
            case Vrf.ADMIN_UP -> "up";
            case Vrf.ADMIN_DOWN -> "down";
            case Vrf.ADMIN_TESTING -> "testing";
            default -> "unknown(" + code + ")";
        };
    }

    /** IANAipRouteProtocol, with what the engine means by the two it originates. */
    static String routeProtocol(int code) {
        return switch (code) {
            case Route.PROTO_OTHER -> "other";
            case Route.PROTO_LOCAL -> "local (connected)";
            case Route.PROTO_NETMGMT -> "netmgmt (static)";
            case Route.PROTO_BGP -> "bgp";
            default -> "protocol " + code;
        };
    }

    static String routeType(int code) {
        return switch (code) {
            case Route.TYPE_OTHER -> "other";
            case Route.TYPE_REJECT -> "reject";
            case Route.TYPE_LOCAL -> "local";
            case Route.TYPE_REMOTE -> "remote";
            case Route.TYPE_BLACKHOLE -> "blackhole";
            default -> "unknown(" + code + ")";
        };
    }

    /** mplsL3VpnIfVpnClassification. */
    static String interfaceClassification(int code) {
        return switch (code) {
            case 1 -> "carrierOfCarrier";
            case 2 -> "enterprise";
            case 3 -> "interProvider";
            default -> "unknown(" + code + ")";
        };
    }

    /** mplsL3VpnIfVpnRouteDistProtocol: BITS, bit 0 the high bit of the first octet. */
    static String routeDistProtocols(byte[] bits) {
        List<String> names = new ArrayList<>();
        for (int bit = 0; bit < bits.length * 8; bit++) {
            if ((bits[bit / 8] & (0x80 >> (bit % 8))) != 0) {
                names.add(bit < ROUTE_DIST_PROTOCOLS.length ? ROUTE_DIST_PROTOCOLS[bit] : "bit" + bit);
            }
        }
        return names.isEmpty() ? NONE : String.join(", ", names);
    }

    static String storage(StorageType type) {
        return switch (type) {
            case OTHER -> "other";
            case VOLATILE -> "volatile";
            case NON_VOLATILE -> "nonVolatile";
            case PERMANENT -> "permanent";
            case READ_ONLY -> "readOnly";
        };
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    /** Octets as colon-separated hex; {@link #NONE} when there are none. */
    static String hex(byte[] octets) {
        if (octets.length == 0) {
            return NONE;
        }
        StringBuilder sb = new StringBuilder(octets.length * 3);
        for (byte b : octets) {
            if (sb.length() > 0) {
                sb.append(':');
            }
            sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return sb.toString();
    }

    /** A limit or threshold where 0 means "none". */
    static String limit(long value, String whenZero) {
        return value == 0 ? whenZero : Long.toString(value);
    }

    /** The route's policy OID in dotted form, as the index column shows it. */
    static String policy(Route route) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < route.policyLength(); i++) {
            sb.append(i == 0 ? "" : ".").append(Integer.toUnsignedString(route.policySubId(i)));
        }
        return sb.toString();
    }

    static String orNone(Object value) {
        if (value == null) {
            return NONE;
        }
        String s = value.toString();
        return s.isEmpty() ? NONE : s;
    }
}
