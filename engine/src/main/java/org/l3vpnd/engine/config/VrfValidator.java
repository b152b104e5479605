package org.l3vpnd.engine.config;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.net.RouteDistinguisher;

/**
 * The rules of MPLS-L3VPN-STD-MIB configuration that no single item can check alone: VRF names and
 * values, route-distinguisher uniqueness, references from route targets, bindings and static
 * routes to their VRF, one VRF per interface, the device route limit. Pure and thread-safe.
 *
 * <p>Where two items conflict, the one this transaction changed is blamed, so an operator is
 * told about the row they just wrote, not the one that was there first.
 */
public final class VrfValidator implements ConfigValidator {

    /** Setting: the device-wide route limit (mplsL3VpnVrfConfMaxPossRts); 0 or absent = unknown, no limit. */
    public static final String MAX_POSSIBLE_ROUTES = "l3vpn.maxPossibleRoutes";

    static final int MAX_NAME_OCTETS = 31;
    static final int MAX_ADMIN_STRING_OCTETS = 255;
    static final long UNSIGNED32_MAX = 0xffffffffL;
    /** Sub-ids of an mplsL3VpnVrfRteTable column OID before the index (1.3.6.1.2.1.10.166.11.1.4.1.1.c). */
    private static final int RTE_COLUMN_OID_LENGTH = 14;
    private static final int MAX_OID_LENGTH = 128;

    private final long deviceRouteLimit;

    /** A validator whose device route limit comes from the {@link #MAX_POSSIBLE_ROUTES} setting only. */
    public VrfValidator() {
        this(0);
    }

    /** @param deviceRouteLimit the limit when the setting is absent or 0; 0 = none */
    public VrfValidator(long deviceRouteLimit) {
        if (deviceRouteLimit < 0) {
            throw new IllegalArgumentException("device route limit " + deviceRouteLimit + " is negative");
        }
        this.deviceRouteLimit = deviceRouteLimit;
    }

    /** The route limit in force for {@code config}: the setting if positive, else the constructor's. */
    public long deviceRouteLimit(RunningConfig config) {
        String text = config.setting(MAX_POSSIBLE_ROUTES, "0").trim();
        try {
            long v = Long.parseLong(text);
            return v > 0 ? v : deviceRouteLimit;
        } catch (NumberFormatException e) {
            return deviceRouteLimit;
        }
    }

    @Override
    public List<ConfigError> validate(RunningConfig running, RunningConfig candidate) {
        List<ConfigError> errors = new ArrayList<>();
        checkVrfs(running, candidate, errors);
        checkRouteTargets(candidate, errors);
        checkInterfaces(running, candidate, errors);
        checkStaticRoutes(candidate, errors);
        return errors;
    }

    private void checkVrfs(RunningConfig running, RunningConfig candidate, List<ConfigError> errors) {
        long limit = deviceRouteLimit(candidate);
        Map<RouteDistinguisher, Vrf> rdOwners = new HashMap<>();
        for (Vrf v : candidate.all(Vrf.class)) {
            checkName(v, errors);
            if (v.vpnId().length != 0 && v.vpnId().length != 7) {
                errors.add(bad(v, "VPN-ID must be empty or 7 octets (3-octet OUI and 4-octet index), not "
                        + v.vpnId().length + " octets"));
            }
            if (utf8Length(v.description()) > MAX_ADMIN_STRING_OCTETS) {
                errors.add(bad(v, "description is longer than " + MAX_ADMIN_STRING_OCTETS + " octets"));
            }
            if (v.adminStatus() < Vrf.ADMIN_UP || v.adminStatus() > Vrf.ADMIN_TESTING) {
                errors.add(bad(v, "admin status must be up(1), down(2) or testing(3), not " + v.adminStatus()));
            }
            checkUnsigned32(v, "mid-route threshold", v.midThreshold(), errors);
            checkUnsigned32(v, "high-route threshold", v.highThreshold(), errors);
            checkUnsigned32(v, "maximum routes", v.maxRoutes(), errors);
            if (v.midThreshold() != 0 && v.highThreshold() != 0 && v.midThreshold() > v.highThreshold()) {
                errors.add(conflict(v, "mid-route threshold " + v.midThreshold()
                        + " is above the high-route threshold " + v.highThreshold()));
            }
            if (limit != 0 && v.maxRoutes() > limit) {
                errors.add(new ConfigError(v.key(), "maximum routes " + v.maxRoutes()
                        + " is above what this device can hold (" + limit + ")", ConfigError.Kind.NO_RESOURCES));
            }
            if (v.rd() != null) {
                Vrf other = rdOwners.putIfAbsent(v.rd(), v);
                if (other != null) {
                    Vrf blamed = rdChanged(running, v) || !rdChanged(running, other) ? v : other;
                    Vrf owner = blamed == v ? other : v;
                    errors.add(conflict(blamed, "route distinguisher " + v.rd() + " is already used by VRF '"
                            + owner.name() + "'; each VRF of this PE needs its own"));
                }
            }
        }
    }

    private static boolean rdChanged(RunningConfig running, Vrf v) {
        return running.get(Vrf.class, v.name()).map(old -> !Objects.equals(old.rd(), v.rd())).orElse(true);
    }

    private static void checkName(Vrf v, List<ConfigError> errors) {
        String name = v.name();
        int octets = utf8Length(name);
        if (octets < 0) {
            errors.add(bad(v, "VRF name is not valid UTF-8 text (it holds an unpaired surrogate)"));
        } else if (octets < 1 || octets > MAX_NAME_OCTETS) {
            errors.add(bad(v, "VRF name must be 1 to " + MAX_NAME_OCTETS + " octets of UTF-8, not " + octets));
        }
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (Character.isISOControl(cp)) {
                errors.add(bad(v, String.format("VRF name contains the control character U+%04X at position %d",
                        cp, i)));
                break;
            }
            i += Character.charCount(cp);
        }
    }

    private static void checkRouteTargets(RunningConfig candidate, List<ConfigError> errors) {
        for (VrfRouteTarget t : candidate.all(VrfRouteTarget.class)) {
            checkVrfExists(candidate, t, t.vrf(), "route target", errors);
            if (t.index() < 1 || t.index() > UNSIGNED32_MAX) {
                errors.add(bad(t, "route target index must be 1 to 4294967295, not " + t.index()));
            }
            if (utf8Length(t.description()) > MAX_ADMIN_STRING_OCTETS) {
                errors.add(bad(t, "description is longer than " + MAX_ADMIN_STRING_OCTETS + " octets"));
            }
            if (t.inService() && t.rt() == null) {
                errors.add(conflict(t, "an active route target row needs a route target value"));
            }
        }
    }

    private static void checkInterfaces(RunningConfig running, RunningConfig candidate, List<ConfigError> errors) {
        Map<Integer, VrfInterface> owners = new HashMap<>();
        for (VrfInterface b : candidate.all(VrfInterface.class)) {
            checkVrfExists(candidate, b, b.vrf(), "interface binding", errors);
            if (b.ifIndex() < 1) {
                errors.add(bad(b, "ifIndex must be 1 or more, not " + b.ifIndex()));
            }
            if (b.classification() < 1 || b.classification() > 3) {
                errors.add(bad(b, "VPN classification must be carrierOfCarrier(1), enterprise(2) or "
                        + "interProvider(3), not " + b.classification()));
            }
            byte[] bits = b.routeDistProtocols();
            if (bits.length > 1 || (bits.length == 1 && (bits[0] & 0x01) != 0)) {
                errors.add(bad(b, "route distribution protocols has bits beyond other(6)"));
            }
            VrfInterface other = owners.putIfAbsent(b.ifIndex(), b);
            if (other != null) {
                boolean otherIsNew = running.get(other.key()).isEmpty();
                boolean thisIsNew = running.get(b.key()).isEmpty();
                VrfInterface blamed = thisIsNew || !otherIsNew ? b : other;
                VrfInterface owner = blamed == b ? other : b;
                errors.add(conflict(blamed, "interface " + b.ifIndex() + " is already bound to VRF '"
                        + owner.vrf() + "'; an interface belongs to at most one VRF"));
            }
        }
    }

    private static void checkStaticRoutes(RunningConfig candidate, List<ConfigError> errors) {
        for (StaticRoute r : candidate.all(StaticRoute.class)) {
            checkVrfExists(candidate, r, r.vrf(), "static route", errors);
            IpPrefix dest = r.destination();
            if (!IpPrefix.masked(dest.address(), dest.length()).equals(dest)) {
                errors.add(bad(r, "destination " + dest + " has host bits set"));
            }
            if (r.type() < StaticRoute.TYPE_OTHER || r.type() > StaticRoute.TYPE_BLACKHOLE) {
                errors.add(bad(r, "route type must be other(1), reject(2), local(3), remote(4) or blackhole(5), not "
                        + r.type()));
            }
            IpAddress nh = r.nextHop();
            if (r.type() == StaticRoute.TYPE_REMOTE && nh == null) {
                errors.add(conflict(r, "a remote(4) route needs a next hop"));
            }
            if (nh != null && nh.isIpv6() != dest.isIpv6() && !(nh.isIpv4Mapped() && !dest.isIpv6())) {
                errors.add(conflict(r, "next hop " + nh + " is " + family(nh.isIpv6()) + " but the destination "
                        + dest + " is " + family(dest.isIpv6())));
            }
            if (r.ifIndex() < 0) {
                errors.add(bad(r, "ifIndex must be 0 (none) or more, not " + r.ifIndex()));
            }
            if (r.nextHopAs() < 0 || r.nextHopAs() > UNSIGNED32_MAX) {
                errors.add(bad(r, "next-hop AS must be 0 to 4294967295, not " + r.nextHopAs()));
            }
            for (int m : r.metrics()) {
                if (m < -1) {
                    errors.add(bad(r, "metric " + m + " is neither -1 (unused) nor 0 or more"));
                    break;
                }
            }
            int xc = r.xcPointer().length;
            if (xc < 1 || xc > 24) {
                errors.add(bad(r, "cross-connect pointer must be 1 to 24 octets, not " + xc));
            }
            int oid = rteInstanceOidLength(r);
            if (oid > MAX_OID_LENGTH) {
                errors.add(bad(r, "policy of " + r.policy().length + " sub-identifiers makes the route's OID "
                        + oid + " sub-identifiers long, more than SNMP allows (" + MAX_OID_LENGTH + ")"));
            }
        }
    }

    /** Length of the route's column OIDs: column prefix plus every index component with its length. */
    private static int rteInstanceOidLength(StaticRoute r) {
        int name = Math.max(0, utf8Length(r.vrf()));
        int dest = r.destination().isIpv6() ? 16 : 4;
        int nh = r.nextHop() == null ? 0 : r.nextHop().isIpv6() ? 16 : 4;
        return RTE_COLUMN_OID_LENGTH + (1 + name) + 1 + (1 + dest) + 1 + (1 + r.policy().length) + 1 + (1 + nh);
    }

    private static void checkVrfExists(RunningConfig candidate, ConfigItem item, String vrf, String what,
                                       List<ConfigError> errors) {
        var parent = candidate.get(Vrf.class, vrf);
        if (parent.isEmpty()) {
            errors.add(conflict(item, what + " refers to VRF '" + vrf + "', which does not exist"));
        } else if (item.storage().persistent() && !parent.get().storage().persistent()) {
            // Kept across a restart while its VRF is not, it would refer to nothing after one.
            errors.add(conflict(item, what + " would be kept across restarts but VRF '" + vrf
                    + "' is volatile"));
        }
    }

    private static void checkUnsigned32(ConfigItem item, String what, long value, List<ConfigError> errors) {
        if (value < 0 || value > UNSIGNED32_MAX) {
            errors.add(bad(item, what + " must be 0 to 4294967295, not " + value));
        }
    }

    /** Octets of the UTF-8 encoding, or -1 when the text holds an unpaired surrogate. */
    static int utf8Length(String s) {
        try {
            ByteBuffer b = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(s));
            return b.remaining();
        } catch (CharacterCodingException e) {
            return -1;
        }
    }

    private static String family(boolean ipv6) {
        return ipv6 ? "IPv6" : "IPv4";
    }

    private static ConfigError bad(ConfigItem item, String reason) {
        return new ConfigError(item.key(), reason, ConfigError.Kind.BAD_VALUE);
    }

    private static ConfigError conflict(ConfigItem item, String reason) {
        return new ConfigError(item.key(), reason, ConfigError.Kind.CONFLICT);
    }
}
