package org.l3vpnd.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;

class BgpValidatorTest {

    private final BgpValidator validator = new BgpValidator();

    /** The settings an active peer needs. */
    private static final List<ConfigItem> GLOBALS = List.of(
            Setting.of(SettingNames.BGP_LOCAL_AS, "4200000000"), Setting.of(SettingNames.BGP_ROUTER_ID, "192.0.2.254"));

    /** A provider peer with the MIB's defaults. */
    static Builder peer(String vrf, String address) {
        return new Builder(vrf, address);
    }

    /** BgpPeer has many fields; tests change one or two. */
    static final class Builder {
        String vrf;
        IpAddress address;
        long remoteAs = 65001;
        IpAddress local;
        int remotePort = 179;
        int localPort;
        Set<AfiSafi> families = EnumSet.of(AfiSafi.IPV4_UNICAST);
        int hold = -1;
        int keepalive = -1;
        int connectRetry = -1;
        int mrai = -1;
        String description = "";
        boolean inService = true;

        Builder(String vrf, String address) {
            this.vrf = vrf;
            this.address = IpAddress.parse(address);
        }

        Builder remoteAs(long v) { remoteAs = v; return this; }
        Builder local(String a) { local = a == null ? null : IpAddress.parse(a); return this; }
        Builder ports(int remote, int localP) { remotePort = remote; localPort = localP; return this; }
        Builder families(AfiSafi... f) { families = f.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(f)); return this; }
        Builder timers(int h, int k) { hold = h; keepalive = k; return this; }
        Builder connectRetry(int v) { connectRetry = v; return this; }
        Builder mrai(int v) { mrai = v; return this; }
        Builder description(String d) { description = d; return this; }
        Builder notInService() { inService = false; return this; }

        BgpPeer build() {
            return new BgpPeer(vrf, address, remoteAs, local, remotePort, localPort, families, hold, keepalive,
                    connectRetry, mrai, false, false, description, true, inService, StorageType.NON_VOLATILE);
        }
    }

    static Vrf vrf(String name) {
        return new Vrf(name, null, "", null, 0, 0, 0, Vrf.ADMIN_UP, true, StorageType.VOLATILE);
    }

    /** Validates the globals plus {@code items} as a new configuration. */
    private List<ConfigError> check(ConfigItem... items) {
        List<ConfigItem> all = new ArrayList<>(GLOBALS);
        all.addAll(Arrays.asList(items));
        return validator.validate(RunningConfig.EMPTY, RunningConfig.of(all));
    }

    private List<ConfigError> checkWithout(ConfigItem... items) {
        return validator.validate(RunningConfig.EMPTY, RunningConfig.of(Arrays.asList(items)));
    }

    private static void assertOnly(List<ConfigError> errors, ConfigError.Kind kind, String fragment) {
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(kind, errors.get(0).kind(), errors.toString());
        assertTrue(errors.get(0).reason().contains(fragment), errors.get(0).reason());
    }

    @Test
    void aSoundConfigurationPasses() {
        assertEquals(List.of(), checkWithout(), "no BGP configuration at all");
        assertEquals(List.of(), check(
                vrf("red"), vrf("blue"),
                peer("", "192.0.2.1").families(AfiSafi.values()).local("192.0.2.254").build(),
                peer("", "2001:db8::1").families(AfiSafi.VPNV6, AfiSafi.IPV6_LABELED).timers(0, 0).build(),
                peer("red", "10.0.0.1").families(AfiSafi.IPV4_UNICAST, AfiSafi.IPV6_UNICAST).timers(9, 3).build(),
                // The same CE address in another VRF.
                peer("blue", "10.0.0.1").remoteAs(4294967295L).ports(65535, 65535).connectRetry(65535).mrai(0)
                        .build(),
                peer("", "127.0.0.1").ports(1, 0).timers(65535, 21845).connectRetry(1).mrai(65535).build()));
    }

    @Test
    void remoteAsIsOneToFourOctetMax() {
        assertOnly(check(peer("", "192.0.2.1").remoteAs(0).build()), ConfigError.Kind.BAD_VALUE, "remote AS");
        assertOnly(check(peer("", "192.0.2.1").remoteAs(1L << 32).build()), ConfigError.Kind.BAD_VALUE, "remote AS");
        assertOnly(check(peer("", "192.0.2.1").remoteAs(0).notInService().build()), ConfigError.Kind.BAD_VALUE,
                "not 0");
        assertEquals(List.of(), check(peer("", "192.0.2.1").remoteAs(1).build()));
    }

    @Test
    void addressesMustBeUnicast() {
        assertOnly(check(peer("", "0.0.0.0").build()), ConfigError.Kind.BAD_VALUE, "peer address 0.0.0.0");
        assertOnly(check(peer("", "::").families(AfiSafi.IPV6_UNICAST).build()), ConfigError.Kind.BAD_VALUE,
                "peer address ::");
        assertOnly(check(peer("", "224.0.0.5").build()), ConfigError.Kind.BAD_VALUE, "not a unicast");
        assertOnly(check(peer("", "239.255.255.255").build()), ConfigError.Kind.BAD_VALUE, "not a unicast");
        assertOnly(check(peer("", "ff02::2").build()), ConfigError.Kind.BAD_VALUE, "not a unicast");
        assertOnly(check(peer("", "192.0.2.1").local("224.0.0.1").build()), ConfigError.Kind.BAD_VALUE,
                "local address 224.0.0.1");
        assertOnly(check(peer("", "192.0.2.1").local("0.0.0.0").build()), ConfigError.Kind.BAD_VALUE,
                "local address");
        assertEquals(List.of(), check(peer("", "223.255.255.255").build()));
        assertEquals(List.of(), check(peer("", "240.0.0.1").build()));
    }

    @Test
    void localAddressFamilyMustBeThePeers() {
        assertOnly(check(peer("", "192.0.2.1").local("2001:db8::2").build()), ConfigError.Kind.CONFLICT,
                "is IPv6 but the peer address 192.0.2.1 is IPv4");
        assertOnly(check(peer("", "2001:db8::1").local("192.0.2.2").build()), ConfigError.Kind.CONFLICT,
                "is IPv4 but");
        assertEquals(List.of(), check(peer("", "192.0.2.1").local("2001:db8::2").notInService().build()),
                "a notInService row is not held to consistency rules");
    }

    @Test
    void ports() {
        assertOnly(check(peer("", "192.0.2.1").ports(0, 0).build()), ConfigError.Kind.BAD_VALUE, "remote port");
        assertOnly(check(peer("", "192.0.2.1").ports(65536, 0).build()), ConfigError.Kind.BAD_VALUE, "remote port");
        assertOnly(check(peer("", "192.0.2.1").ports(179, -1).build()), ConfigError.Kind.BAD_VALUE, "local port");
        assertOnly(check(peer("", "192.0.2.1").ports(179, 65536).build()), ConfigError.Kind.BAD_VALUE, "local port");
    }

    @Test
    void holdTimeIsDefaultZeroOrThreeAndMore() {
        for (int bad : new int[] {-2, 1, 2, 65536}) {
            assertOnly(check(peer("", "192.0.2.1").timers(bad, -1).build()), ConfigError.Kind.BAD_VALUE,
                    "hold time must be -1 (default), 0 or 3 to 65535 seconds, not " + bad);
        }
        for (int good : new int[] {-1, 0, 3, 65535}) {
            assertEquals(List.of(), check(peer("", "192.0.2.1").timers(good, -1).build()), "hold " + good);
        }
    }

    @Test
    void keepaliveRangeAndLessThanHold() {
        assertOnly(check(peer("", "192.0.2.1").timers(-1, -2).build()), ConfigError.Kind.BAD_VALUE, "keepalive");
        assertOnly(check(peer("", "192.0.2.1").timers(-1, 21846).build()), ConfigError.Kind.BAD_VALUE, "keepalive");
        assertOnly(check(peer("", "192.0.2.1").timers(9, 9).build()), ConfigError.Kind.CONFLICT,
                "less than the hold time 9");
        assertOnly(check(peer("", "192.0.2.1").timers(0, 1).build()), ConfigError.Kind.CONFLICT, "must be 0");
        // A default hold time (-1) is the global one, 90 unless configured.
        assertOnly(check(peer("", "192.0.2.1").timers(-1, 90).build()), ConfigError.Kind.CONFLICT,
                "less than the hold time 90");
        assertEquals(List.of(), check(peer("", "192.0.2.1").timers(-1, 89).build()));
        assertOnly(check(Setting.of(SettingNames.BGP_HOLD_TIME, "30"), Setting.of(SettingNames.BGP_KEEPALIVE, "10"),
                peer("", "192.0.2.1").timers(-1, 30).build()), ConfigError.Kind.CONFLICT, "hold time 30");
        // A default keepalive is scaled down by the engine, never refused.
        assertEquals(List.of(), check(peer("", "192.0.2.1").timers(3, -1).build()));
        assertEquals(List.of(), check(peer("", "192.0.2.1").timers(0, -1).build()));
        assertEquals(List.of(), check(peer("", "192.0.2.1").timers(9, 9).notInService().build()));
    }

    @Test
    void connectRetryAndMrai() {
        for (int bad : new int[] {-2, 0, 65536}) {
            assertOnly(check(peer("", "192.0.2.1").connectRetry(bad).build()), ConfigError.Kind.BAD_VALUE,
                    "connect retry");
        }
        assertOnly(check(peer("", "192.0.2.1").mrai(-2).build()), ConfigError.Kind.BAD_VALUE, "advertisement");
        assertOnly(check(peer("", "192.0.2.1").mrai(65536).build()), ConfigError.Kind.BAD_VALUE, "advertisement");
    }

    @Test
    void familiesOfProviderAndCePeers() {
        assertOnly(check(peer("", "192.0.2.1").families().build()), ConfigError.Kind.CONFLICT, "at least one");
        assertEquals(List.of(), check(peer("", "192.0.2.1").families().notInService().build()));
        assertOnly(check(vrf("red"), peer("red", "10.0.0.1").families(AfiSafi.IPV4_UNICAST, AfiSafi.VPNV4).build()),
                ConfigError.Kind.CONFLICT, "IPv4 and IPv6 unicast only, not [VPNV4]");
        assertOnly(check(vrf("red"), peer("red", "10.0.0.1").families(AfiSafi.IPV4_LABELED).build()),
                ConfigError.Kind.CONFLICT, "IPV4_LABELED");
        assertOnly(check(vrf("red"), peer("red", "10.0.0.1").families().build()), ConfigError.Kind.CONFLICT,
                "at least one");
        assertEquals(List.of(), check(vrf("red"), peer("red", "10.0.0.1").families(AfiSafi.IPV6_UNICAST).build()));
    }

    @Test
    void aCePeersVrfMustExist() {
        List<ConfigError> errors = check(peer("red", "10.0.0.1").build());
        assertOnly(errors, ConfigError.Kind.CONFLICT, "VRF 'red', which does not exist");
        assertEquals(BgpPeer.keyOf("red", IpAddress.parse("10.0.0.1")), errors.get(0).key());
        assertEquals(List.of(), check(peer("red", "10.0.0.1").notInService().build()));
        assertEquals(List.of(), check(vrf("red"), peer("red", "10.0.0.1").build()));
    }

    @Test
    void vrfNameAndDescriptionLimits() {
        assertOnly(check(peer("x".repeat(32), "10.0.0.1").notInService().build()), ConfigError.Kind.BAD_VALUE,
                "at most 31 octets, not 32");
        assertOnly(check(peer("bad\ud800", "10.0.0.1").notInService().build()), ConfigError.Kind.BAD_VALUE,
                "UTF-8");
        assertOnly(check(peer("", "10.0.0.1").description("\u00e9".repeat(128)).build()), ConfigError.Kind.BAD_VALUE,
                "255 octets");
        assertEquals(List.of(), check(peer("", "10.0.0.1").description("\u00e9".repeat(127)).build()));
    }

    @Test
    void activePeersNeedLocalAsAndRouterId() {
        BgpPeer p = peer("", "192.0.2.1").build();
        List<ConfigError> errors = checkWithout(p);
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).reason().contains("local AS"), errors.toString());
        assertTrue(errors.get(1).reason().contains("router ID"), errors.toString());
        assertEquals(p.key(), errors.get(0).key(), "the new peer is blamed");
        assertEquals(List.of(), checkWithout(peer("", "192.0.2.1").notInService().build()));
        assertOnly(checkWithout(Setting.of(SettingNames.BGP_LOCAL_AS, "65000"), p), ConfigError.Kind.CONFLICT,
                "router ID");
        assertOnly(checkWithout(Setting.of(SettingNames.BGP_ROUTER_ID, "10.0.0.1"), p), ConfigError.Kind.CONFLICT,
                "local AS");
    }

    @Test
    void clearingTheLocalAsUnderActivePeersBlamesTheSetting() {
        BgpPeer p = peer("", "192.0.2.1").build();
        RunningConfig running = RunningConfig.of(List.of(GLOBALS.get(0), GLOBALS.get(1), p));
        RunningConfig candidate = running.with(java.util.Map.of(
                Setting.keyOf(SettingNames.BGP_LOCAL_AS), Setting.of(SettingNames.BGP_LOCAL_AS, "0")));
        List<ConfigError> errors = validator.validate(running, candidate);
        assertOnly(errors, ConfigError.Kind.CONFLICT, "local AS");
        assertEquals(Setting.keyOf(SettingNames.BGP_LOCAL_AS), errors.get(0).key());
        candidate = running.with(java.util.Map.of(
                Setting.keyOf(SettingNames.BGP_ROUTER_ID), Setting.of(SettingNames.BGP_ROUTER_ID, "0.0.0.0")));
        errors = validator.validate(running, candidate);
        assertOnly(errors, ConfigError.Kind.CONFLICT, "router ID");
        assertEquals(Setting.keyOf(SettingNames.BGP_ROUTER_ID), errors.get(0).key());
    }

    @Test
    void globalSettingValues() {
        assertOnly(checkWithout(Setting.of(SettingNames.BGP_LOCAL_AS, "4294967296")), ConfigError.Kind.BAD_VALUE,
                "local AS");
        assertOnly(checkWithout(Setting.of(SettingNames.BGP_LOCAL_AS, "-1")), ConfigError.Kind.BAD_VALUE, "local AS");
        assertOnly(checkWithout(Setting.of(SettingNames.BGP_LOCAL_AS, "AS65000")), ConfigError.Kind.BAD_VALUE,
                "local AS");
        assertOnly(checkWithout(Setting.of(SettingNames.BGP_ROUTER_ID, "2001:db8::1")), ConfigError.Kind.BAD_VALUE,
                "router ID must be an IPv4 address");
        assertOnly(checkWithout(Setting.of(SettingNames.BGP_ROUTER_ID, "10.0.0")), ConfigError.Kind.BAD_VALUE,
                "router ID");
        assertOnly(checkWithout(Setting.of(SettingNames.BGP_CLUSTER_ID, "010.0.0.1")), ConfigError.Kind.BAD_VALUE,
                "cluster ID");
        assertEquals(List.of(), checkWithout(Setting.of(SettingNames.BGP_CLUSTER_ID, "10.0.0.1")));
        assertOnly(checkWithout(Setting.of(SettingNames.BGP_ADMIN_STATUS, "sideways")), ConfigError.Kind.BAD_VALUE,
                "admin status");
        assertOnly(checkWithout(Setting.of(SettingNames.BGP_GR_ENABLE, "yes")), ConfigError.Kind.BAD_VALUE,
                "graceful restart");
        assertOnly(checkWithout(Setting.of(SettingNames.BGP_GR_RESTART_TIME, "4096")), ConfigError.Kind.BAD_VALUE,
                "graceful restart time");
        assertOnly(checkWithout(Setting.of(SettingNames.BGP_GR_RESTART_TIME, "0")), ConfigError.Kind.BAD_VALUE,
                "graceful restart time");
        assertOnly(checkWithout(Setting.of(SettingNames.BGP_CONNECT_RETRY, "0")), ConfigError.Kind.BAD_VALUE,
                "connect retry");
        assertOnly(checkWithout(Setting.of(SettingNames.BGP_HOLD_TIME, "2"), Setting.of(SettingNames.BGP_KEEPALIVE,
                "0")), ConfigError.Kind.BAD_VALUE, "default hold time");
        assertOnly(checkWithout(Setting.of(BgpValidator.LISTEN_PORT, "65536")), ConfigError.Kind.BAD_VALUE,
                "listen port");
        assertEquals(List.of(), checkWithout(Setting.of(BgpValidator.LISTEN_PORT, "0")));
    }

    @Test
    void defaultKeepaliveAgainstDefaultHold() {
        List<ConfigError> errors = checkWithout(Setting.of(SettingNames.BGP_HOLD_TIME, "30"));
        assertOnly(errors, ConfigError.Kind.CONFLICT, "less than the hold time 30");
        assertEquals(Setting.keyOf(SettingNames.BGP_HOLD_TIME), errors.get(0).key(), "the changed one is blamed");
        errors = checkWithout(Setting.of(SettingNames.BGP_HOLD_TIME, "0"), Setting.of(SettingNames.BGP_KEEPALIVE, "5"));
        assertOnly(errors, ConfigError.Kind.CONFLICT, "must be 0");
        assertEquals(Setting.keyOf(SettingNames.BGP_KEEPALIVE), errors.get(0).key());
        assertEquals(List.of(), checkWithout(Setting.of(SettingNames.BGP_HOLD_TIME, "0"),
                Setting.of(SettingNames.BGP_KEEPALIVE, "0")));
        assertEquals(List.of(), checkWithout(Setting.of(SettingNames.BGP_HOLD_TIME, "3"),
                Setting.of(SettingNames.BGP_KEEPALIVE, "1")));
    }

    @Test
    void listenAddressMatchesItsType() {
        assertEquals(List.of(), checkWithout(Setting.of(BgpValidator.LISTEN_ADDRESS_TYPE, "ipv4"),
                Setting.of(BgpValidator.LISTEN_ADDRESS, "192.0.2.1")));
        assertEquals(List.of(), checkWithout(Setting.of(BgpValidator.LISTEN_ADDRESS_TYPE, "ipv6"),
                Setting.of(BgpValidator.LISTEN_ADDRESS, "2001:db8::1")));
        List<ConfigError> errors = checkWithout(Setting.of(BgpValidator.LISTEN_ADDRESS_TYPE, "ipv4"));
        assertOnly(errors, ConfigError.Kind.CONFLICT, "does not match");
        assertEquals(Setting.keyOf(BgpValidator.LISTEN_ADDRESS_TYPE), errors.get(0).key());
        errors = checkWithout(Setting.of(BgpValidator.LISTEN_ADDRESS_TYPE, "ipv6"),
                Setting.of(BgpValidator.LISTEN_ADDRESS, "192.0.2.1"));
        assertOnly(errors, ConfigError.Kind.CONFLICT, "does not match");
        assertEquals(Setting.keyOf(BgpValidator.LISTEN_ADDRESS), errors.get(0).key());
        assertOnly(checkWithout(Setting.of(BgpValidator.LISTEN_ADDRESS_TYPE, "dns")), ConfigError.Kind.BAD_VALUE,
                "listen address type");
        assertOnly(checkWithout(Setting.of(BgpValidator.LISTEN_ADDRESS_TYPE, "ipv4"),
                Setting.of(BgpValidator.LISTEN_ADDRESS, "224.0.0.1")), ConfigError.Kind.BAD_VALUE, "not a unicast");
        assertOnly(checkWithout(Setting.of(BgpValidator.LISTEN_ADDRESS, "nowhere")), ConfigError.Kind.BAD_VALUE,
                "neither empty");
    }

    @Test
    void errorsAreKeyedToTheRow() {
        BgpPeer a = peer("", "192.0.2.1").remoteAs(0).build();
        BgpPeer b = peer("", "192.0.2.2").ports(0, 0).build();
        List<ConfigError> errors = check(a, b);
        assertEquals(2, errors.size(), errors.toString());
        assertEquals(a.key(), errors.get(0).key());
        assertEquals(b.key(), errors.get(1).key());
    }
}
