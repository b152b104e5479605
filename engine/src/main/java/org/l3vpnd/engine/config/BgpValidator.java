package org.l3vpnd.engine.config;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;

/**
 * The rules of BGP configuration: the global settings ({@code bgp.*}, extension MIB
 * l3vpndBgpGlobal) and the {@link BgpPeer} rows. Pure and thread-safe.
 *
 * <p>Two kinds of rule, as the MIB states them:
 * <ul>
 *   <li>values (ranges, addresses that can never be a peer) are checked on every item, whatever its
 *       service state, and reported as {@link ConfigError.Kind#BAD_VALUE};</li>
 *   <li>consistency (the local address family, the families a peer may carry, the VRF of a CE
 *       peer, keepalive against hold time, a configured local AS and router ID) is required of
 *       in-service peers only, so that a notInService row can be edited step by step; reported as
 *       {@link ConfigError.Kind#CONFLICT}.</li>
 * </ul>
 * Where a global setting and a peer conflict, the one this transaction changed is blamed, so an
 * operator is told about what they just wrote.
 */
public final class BgpValidator implements ConfigValidator {

    /** InetAddressType of the listen address: "unknown" (all addresses), "ipv4" or "ipv6". */
    public static final String LISTEN_ADDRESS_TYPE = "bgp.listenAddressType";
    /** The address BGP listens on: empty (all addresses) or IPv4/IPv6 text matching the type. */
    public static final String LISTEN_ADDRESS = "bgp.listenAddress";
    /** The TCP port BGP listens on; 0 = accept no connections. */
    public static final String LISTEN_PORT = "bgp.listenPort";

    /** Defaults of the global settings, the MIB's DEFVALs. */
    public static final long DEFAULT_LOCAL_AS = 0;
    public static final String DEFAULT_ROUTER_ID = "0.0.0.0";
    public static final String DEFAULT_CLUSTER_ID = "0.0.0.0";
    public static final String DEFAULT_ADMIN_STATUS = "up";
    public static final int DEFAULT_HOLD_TIME = 90;
    public static final int DEFAULT_KEEPALIVE = 30;
    public static final int DEFAULT_CONNECT_RETRY = 120;
    public static final boolean DEFAULT_GR_ENABLE = false;
    public static final int DEFAULT_GR_RESTART_TIME = 120;
    public static final String DEFAULT_LISTEN_ADDRESS_TYPE = "unknown";
    public static final String DEFAULT_LISTEN_ADDRESS = "";
    public static final int DEFAULT_LISTEN_PORT = 179;

    static final long AS_MAX = 0xffffffffL;
    static final int MAX_HOLD_TIME = 65535;
    static final int MIN_HOLD_TIME = 3;
    static final int MAX_KEEPALIVE = 21845;
    static final int MAX_PORT = 65535;
    static final int MAX_GR_RESTART_TIME = 4095;
    static final int MAX_VRF_NAME_OCTETS = 31;
    static final int MAX_DESCRIPTION_OCTETS = 255;

    /** The families a CE-PE session may carry: plain unicast of the VRF's tables. */
    private static final Set<AfiSafi> CE_FAMILIES = EnumSet.of(AfiSafi.IPV4_UNICAST, AfiSafi.IPV6_UNICAST);

    @Override
    public List<ConfigError> validate(RunningConfig running, RunningConfig candidate) {
        List<ConfigError> errors = new ArrayList<>();
        Globals g = checkGlobals(running, candidate, errors);
        for (BgpPeer p : candidate.all(BgpPeer.class)) {
            checkPeerValues(p, errors);
            if (p.inService()) {
                checkPeerConsistency(candidate, g, p, errors);
            }
        }
        checkGlobalsNeededByPeers(running, candidate, g, errors);
        return errors;
    }

    /** The global values the peer rules need; fields are null when the setting is unreadable. */
    private record Globals(Long localAs, IpAddress routerId, Integer holdTime) {
    }

    private static Globals checkGlobals(RunningConfig running, RunningConfig c, List<ConfigError> errors) {
        Long localAs = unsigned(c, SettingNames.BGP_LOCAL_AS, Long.toString(DEFAULT_LOCAL_AS), 0, AS_MAX,
                "local AS", errors);
        IpAddress routerId = ipv4(c, SettingNames.BGP_ROUTER_ID, DEFAULT_ROUTER_ID, "router ID", errors);
        ipv4(c, SettingNames.BGP_CLUSTER_ID, DEFAULT_CLUSTER_ID, "cluster ID", errors);
        oneOf(c, SettingNames.BGP_ADMIN_STATUS, DEFAULT_ADMIN_STATUS, "admin status", errors, "up", "down");
        oneOf(c, SettingNames.BGP_GR_ENABLE, Boolean.toString(DEFAULT_GR_ENABLE), "graceful restart", errors,
                "true", "false");
        Long hold = unsigned(c, SettingNames.BGP_HOLD_TIME, Integer.toString(DEFAULT_HOLD_TIME), 0, MAX_HOLD_TIME,
                "default hold time", errors);
        if (hold != null && hold > 0 && hold < MIN_HOLD_TIME) {
            errors.add(bad(Setting.keyOf(SettingNames.BGP_HOLD_TIME),
                    "default hold time must be 0 or 3 to 65535 seconds, not " + hold));
            hold = null;
        }
        Long keepalive = unsigned(c, SettingNames.BGP_KEEPALIVE, Integer.toString(DEFAULT_KEEPALIVE), 0,
                MAX_KEEPALIVE, "default keepalive", errors);
        if (hold != null && keepalive != null) {
            String why = keepaliveProblem(keepalive, hold);
            if (why != null) {
                boolean holdChanged = settingChanged(running, c, SettingNames.BGP_HOLD_TIME);
                boolean keepaliveChanged = settingChanged(running, c, SettingNames.BGP_KEEPALIVE);
                String blamed = holdChanged && !keepaliveChanged
                        ? SettingNames.BGP_HOLD_TIME : SettingNames.BGP_KEEPALIVE;
                errors.add(conflict(Setting.keyOf(blamed), "default keepalive " + why));
            }
        }
        unsigned(c, SettingNames.BGP_CONNECT_RETRY, Integer.toString(DEFAULT_CONNECT_RETRY), 1, MAX_HOLD_TIME,
                "default connect retry", errors);
        unsigned(c, SettingNames.BGP_GR_RESTART_TIME, Integer.toString(DEFAULT_GR_RESTART_TIME), 1,
                MAX_GR_RESTART_TIME, "graceful restart time", errors);
        unsigned(c, LISTEN_PORT, Integer.toString(DEFAULT_LISTEN_PORT), 0, MAX_PORT, "listen port", errors);
        checkListenAddress(c, errors);
        return new Globals(localAs, routerId, hold == null ? null : hold.intValue());
    }

    private static void checkListenAddress(RunningConfig c, List<ConfigError> errors) {
        String type = c.setting(LISTEN_ADDRESS_TYPE, DEFAULT_LISTEN_ADDRESS_TYPE);
        boolean typeOk = oneOf(c, LISTEN_ADDRESS_TYPE, DEFAULT_LISTEN_ADDRESS_TYPE, "listen address type", errors,
                "unknown", "ipv4", "ipv6");
        String text = c.setting(LISTEN_ADDRESS, DEFAULT_LISTEN_ADDRESS);
        IpAddress address = null;
        if (!text.isEmpty()) {
            try {
                address = IpAddress.parse(text);
            } catch (IllegalArgumentException e) {
                errors.add(bad(Setting.keyOf(LISTEN_ADDRESS), "listen address '" + text
                        + "' is neither empty nor an IPv4 or IPv6 address"));
                return;
            }
            if (address.isZero() || isMulticast(address)) {
                errors.add(bad(Setting.keyOf(LISTEN_ADDRESS), "listen address " + address
                        + " is not a unicast address; leave it empty to listen on all addresses"));
            }
        }
        if (!typeOk) {
            return;
        }
        String actual = address == null ? "unknown" : address.isIpv6() ? "ipv6" : "ipv4";
        if (!actual.equals(type)) {
            // Blame whichever of the two is not the default, i.e. the one somebody wrote.
            ItemKey blamed = c.get(Setting.class, LISTEN_ADDRESS).isPresent()
                    ? Setting.keyOf(LISTEN_ADDRESS) : Setting.keyOf(LISTEN_ADDRESS_TYPE);
            errors.add(conflict(blamed, "listen address '" + text + "' does not match the listen address type "
                    + type + "; set both together"));
        }
    }

    private static void checkPeerValues(BgpPeer p, List<ConfigError> errors) {
        int nameOctets = VrfValidator.utf8Length(p.vrf());
        if (nameOctets < 0) {
            errors.add(bad(p, "VRF name is not valid UTF-8 text (it holds an unpaired surrogate)"));
        } else if (nameOctets > MAX_VRF_NAME_OCTETS) {
            errors.add(bad(p, "VRF name must be at most " + MAX_VRF_NAME_OCTETS + " octets, not " + nameOctets));
        }
        if (p.remoteAs() < 1 || p.remoteAs() > AS_MAX) {
            errors.add(bad(p, "remote AS must be 1 to 4294967295, not " + p.remoteAs()));
        }
        if (p.address().isZero() || isMulticast(p.address())) {
            errors.add(bad(p, "peer address " + p.address() + " is not a unicast address"));
        }
        IpAddress local = p.localAddress();
        if (local != null && (local.isZero() || isMulticast(local))) {
            errors.add(bad(p, "local address " + local + " is not a unicast address"));
        }
        if (p.remotePort() < 1 || p.remotePort() > MAX_PORT) {
            errors.add(bad(p, "remote port must be 1 to 65535, not " + p.remotePort()));
        }
        if (p.localPort() < 0 || p.localPort() > MAX_PORT) {
            errors.add(bad(p, "local port must be 0 (any) to 65535, not " + p.localPort()));
        }
        if (!validHoldTime(p.holdTime())) {
            errors.add(bad(p, "hold time must be -1 (default), 0 or 3 to 65535 seconds, not " + p.holdTime()));
        }
        if (p.keepalive() < -1 || p.keepalive() > MAX_KEEPALIVE) {
            errors.add(bad(p, "keepalive must be -1 (default) or 0 to 21845 seconds, not " + p.keepalive()));
        }
        if (p.connectRetry() != -1 && (p.connectRetry() < 1 || p.connectRetry() > MAX_HOLD_TIME)) {
            errors.add(bad(p, "connect retry must be -1 (default) or 1 to 65535 seconds, not " + p.connectRetry()));
        }
        if (p.mrai() < -1 || p.mrai() > MAX_HOLD_TIME) {
            errors.add(bad(p, "minimum route advertisement interval must be -1 (default) or 0 to 65535 seconds, not "
                    + p.mrai()));
        }
        int descOctets = VrfValidator.utf8Length(p.description());
        if (descOctets < 0 || descOctets > MAX_DESCRIPTION_OCTETS) {
            errors.add(bad(p, "description must be at most " + MAX_DESCRIPTION_OCTETS + " octets of UTF-8"));
        }
    }

    private static void checkPeerConsistency(RunningConfig c, Globals g, BgpPeer p, List<ConfigError> errors) {
        IpAddress local = p.localAddress();
        if (local != null && local.isIpv6() != p.address().isIpv6()) {
            errors.add(conflict(p, "local address " + local + " is " + family(local) + " but the peer address "
                    + p.address() + " is " + family(p.address())));
        }
        if (p.families().isEmpty()) {
            errors.add(conflict(p, "an active peer needs at least one address family"));
        } else if (!p.providerPeer() && !CE_FAMILIES.containsAll(p.families())) {
            Set<AfiSafi> extra = EnumSet.copyOf(p.families());
            extra.removeAll(CE_FAMILIES);
            errors.add(conflict(p, "a peer in VRF '" + p.vrf() + "' may carry IPv4 and IPv6 unicast only, not "
                    + extra));
        }
        if (!p.providerPeer() && c.get(Vrf.class, p.vrf()).isEmpty()) {
            errors.add(conflict(p, "peer refers to VRF '" + p.vrf() + "', which does not exist"));
        }
        // Out-of-range timers were reported as values already.
        if (p.keepalive() >= 0 && p.keepalive() <= MAX_KEEPALIVE && validHoldTime(p.holdTime())) {
            Integer hold = p.holdTime() >= 0 ? Integer.valueOf(p.holdTime()) : g.holdTime();
            String why = hold == null ? null : keepaliveProblem(p.keepalive(), hold);
            if (why != null) {
                errors.add(conflict(p, "keepalive " + why));
            }
        }
    }

    /** An active peer needs a local AS and a router ID; blame the setting if it changed, else the peer. */
    private static void checkGlobalsNeededByPeers(RunningConfig running, RunningConfig candidate, Globals g,
                                                  List<ConfigError> errors) {
        List<BgpPeer> active = candidate.all(BgpPeer.class).stream().filter(BgpPeer::inService).toList();
        if (active.isEmpty()) {
            return;
        }
        if (g.localAs() != null && g.localAs() == 0) {
            errors.add(conflict(blame(running, candidate, SettingNames.BGP_LOCAL_AS, active),
                    "an active BGP peer needs a local AS; set it before making peers active"));
        }
        if (g.routerId() != null && g.routerId().isZero()) {
            errors.add(conflict(blame(running, candidate, SettingNames.BGP_ROUTER_ID, active),
                    "an active BGP peer needs a router ID (BGP identifier); set it before making peers active"));
        }
    }

    private static ItemKey blame(RunningConfig running, RunningConfig candidate, String setting,
                                 List<BgpPeer> active) {
        if (settingChanged(running, candidate, setting)) {
            return Setting.keyOf(setting);
        }
        for (BgpPeer p : active) {
            if (!p.equals(running.get(BgpPeer.class, p.key().id()).orElse(null))) {
                return p.key();
            }
        }
        return active.get(0).key();
    }

    private static boolean settingChanged(RunningConfig running, RunningConfig candidate, String name) {
        return !Objects.equals(running.get(Setting.class, name).map(Setting::value),
                candidate.get(Setting.class, name).map(Setting::value));
    }

    private static boolean validHoldTime(int h) {
        return h == -1 || h == 0 || (h >= MIN_HOLD_TIME && h <= MAX_HOLD_TIME);
    }

    /** Why {@code keepalive} does not fit {@code hold}, or {@code null} when it does. */
    private static String keepaliveProblem(long keepalive, long hold) {
        if (hold == 0 && keepalive != 0) {
            return keepalive + " must be 0 when the hold time is 0 (no keepalives without a hold timer)";
        }
        if (hold > 0 && keepalive >= hold) {
            return keepalive + " must be less than the hold time " + hold;
        }
        return null;
    }

    /** A decimal setting within [min, max], or null (with an error) when it is not one. */
    private static Long unsigned(RunningConfig c, String name, String def, long min, long max, String what,
                                 List<ConfigError> errors) {
        String text = c.setting(name, def).trim();
        try {
            long v = Long.parseLong(text);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(bad(Setting.keyOf(name), what + " must be " + min + " to " + max + ", not '" + text + "'"));
        return null;
    }

    /** An IPv4 dotted-quad setting, or null (with an error) when it is not one. */
    private static IpAddress ipv4(RunningConfig c, String name, String def, String what, List<ConfigError> errors) {
        String text = c.setting(name, def).trim();
        try {
            IpAddress a = IpAddress.parse(text);
            if (!a.isIpv6()) {
                return a;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        errors.add(bad(Setting.keyOf(name), what + " must be an IPv4 address in dotted-quad form, not '" + text
                + "'"));
        return null;
    }

    private static boolean oneOf(RunningConfig c, String name, String def, String what, List<ConfigError> errors,
                                 String... allowed) {
        String text = c.setting(name, def);
        for (String a : allowed) {
            if (a.equals(text)) {
                return true;
            }
        }
        errors.add(bad(Setting.keyOf(name), what + " must be one of " + String.join(", ", allowed) + ", not '"
                + text + "'"));
        return false;
    }

    /** 224.0.0.0/4 and ff00::/8. */
    static boolean isMulticast(IpAddress a) {
        return a.isIpv6() ? (a.high() >>> 56) == 0xff : (a.ipv4() >>> 28) == 0xe;
    }

    private static String family(IpAddress a) {
        return a.isIpv6() ? "IPv6" : "IPv4";
    }

    private static ConfigError bad(ConfigItem item, String reason) {
        return bad(item.key(), reason);
    }

    private static ConfigError bad(ItemKey key, String reason) {
        return new ConfigError(key, reason, ConfigError.Kind.BAD_VALUE);
    }

    private static ConfigError conflict(ConfigItem item, String reason) {
        return conflict(item.key(), reason);
    }

    private static ConfigError conflict(ItemKey key, String reason) {
        return new ConfigError(key, reason, ConfigError.Kind.CONFLICT);
    }
}
