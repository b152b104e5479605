package org.l3vpnd.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.net.RouteDistinguisher;
import org.l3vpnd.engine.net.RouteTarget;

class VrfValidatorTest {

    private final VrfValidator validator = new VrfValidator();

    static Vrf vrf(String name, String rd) {
        return new Vrf(name, null, "", rd == null ? null : RouteDistinguisher.parse(rd), 0, 0, 0, Vrf.ADMIN_UP, true,
                StorageType.VOLATILE);
    }

    static Vrf withLimits(Vrf v, long mid, long high, long max) {
        return new Vrf(v.name(), v.vpnId(), v.description(), v.rd(), mid, high, max, v.adminStatus(), v.inService(),
                v.storage());
    }

    static VrfInterface binding(String vrf, int ifIndex) {
        return new VrfInterface(vrf, ifIndex, 2, null, true, StorageType.VOLATILE);
    }

    static StaticRoute route(String vrf, String dest, String nextHop, int type) {
        return new StaticRoute(vrf, IpPrefix.parse(dest), null, nextHop == null ? null : IpAddress.parse(nextHop), 0,
                type, 0, null, null, true, StorageType.VOLATILE);
    }

    private List<ConfigError> check(RunningConfig running, ConfigItem... candidateItems) {
        List<ConfigItem> items = new ArrayList<>(running.all(Vrf.class));
        items.addAll(Arrays.asList(candidateItems));
        return validator.validate(running, RunningConfig.of(items));
    }

    private List<ConfigError> check(ConfigItem... items) {
        return validator.validate(RunningConfig.EMPTY, RunningConfig.of(Arrays.asList(items)));
    }

    private static void assertOnly(List<ConfigError> errors, ConfigError.Kind kind, String fragment) {
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(kind, errors.get(0).kind(), errors.toString());
        assertTrue(errors.get(0).reason().contains(fragment), errors.get(0).reason());
    }

    @Test
    void aSoundConfigurationPasses() {
        assertEquals(List.of(), check(
                vrf("red", "65000:1"), vrf("blue", "65000:2"), vrf("green", null),
                new VrfRouteTarget("red", 1, VrfRouteTarget.Type.BOTH, RouteTarget.parse("65000:1"), "", true,
                        StorageType.VOLATILE),
                new VrfRouteTarget("red", 2, VrfRouteTarget.Type.IMPORT, null, "", false, StorageType.VOLATILE),
                binding("red", 3), binding("blue", 4),
                route("red", "10.0.0.0/8", "192.0.2.1", StaticRoute.TYPE_REMOTE),
                route("red", "10.1.0.0/16", "::ffff:192.0.2.1", StaticRoute.TYPE_REMOTE),
                route("blue", "10.0.0.0/8", null, StaticRoute.TYPE_BLACKHOLE),
                route("blue", "2001:db8::/32", "2001:db8::1", StaticRoute.TYPE_REMOTE),
                withLimits(vrf("limits", "65000:9"), 10, 10, 20)));
    }

    @Test
    void namesAreOneTo31OctetsOfUtf8WithoutControls() {
        assertOnly(check(vrf("", null)), ConfigError.Kind.BAD_VALUE, "1 to 31 octets");
        assertOnly(check(vrf("x".repeat(32), null)), ConfigError.Kind.BAD_VALUE, "not 32");
        // 16 two-octet characters: 16 characters but 32 octets.
        assertOnly(check(vrf("\u00e9".repeat(16), null)), ConfigError.Kind.BAD_VALUE, "not 32");
        assertEquals(List.of(), check(vrf("\u00e9".repeat(15), null)));
        assertOnly(check(vrf("red\tblue", null)), ConfigError.Kind.BAD_VALUE, "U+0009");
        assertOnly(check(vrf("bad\ud800", null)), ConfigError.Kind.BAD_VALUE, "not valid UTF-8");
    }

    @Test
    void badValuesOfTheVrfRow() {
        Vrf v = vrf("red", null);
        assertOnly(check(new Vrf("red", new byte[5], "", null, 0, 0, 0, 1, true, StorageType.VOLATILE)),
                ConfigError.Kind.BAD_VALUE, "VPN-ID");
        assertEquals(List.of(), check(new Vrf("red", new byte[7], "", null, 0, 0, 0, 1, true, StorageType.VOLATILE)));
        assertOnly(check(new Vrf("red", null, "", null, 0, 0, 0, 4, true, StorageType.VOLATILE)),
                ConfigError.Kind.BAD_VALUE, "admin status");
        assertOnly(check(withLimits(v, 0, 0, 1L << 32)), ConfigError.Kind.BAD_VALUE, "maximum routes");
    }

    @Test
    void midAboveHighConflicts() {
        assertOnly(check(withLimits(vrf("red", null), 11, 10, 0)), ConfigError.Kind.CONFLICT, "above the high");
        assertEquals(List.of(), check(withLimits(vrf("red", null), 11, 0, 0)), "a zero threshold is off");
    }

    @Test
    void routeDistinguishersAreUniqueAndTheNewcomerIsBlamed() {
        RunningConfig running = RunningConfig.of(List.of(vrf("red", "65000:1")));
        List<ConfigError> errors = check(running, vrf("blue", "65000:1"));
        assertOnly(errors, ConfigError.Kind.CONFLICT, "already used by VRF 'red'");
        assertEquals(Vrf.keyOf("blue"), errors.get(0).key());
        // The lexically first VRF is the newcomer here: still the one blamed.
        RunningConfig runningZ = RunningConfig.of(List.of(vrf("zebra", "65000:1")));
        errors = check(runningZ, vrf("aardvark", "65000:1"));
        assertEquals(Vrf.keyOf("aardvark"), errors.get(0).key());
        assertEquals(List.of(), check(vrf("a", null), vrf("b", null)), "unset RDs do not clash");
    }

    @Test
    void swappingTwoRdsInOneTransactionIsFine() {
        RunningConfig running = RunningConfig.of(List.of(vrf("red", "65000:1"), vrf("blue", "65000:2")));
        RunningConfig swapped = RunningConfig.of(List.of(vrf("red", "65000:2"), vrf("blue", "65000:1")));
        assertEquals(List.of(), validator.validate(running, swapped));
    }

    @Test
    void referencesNeedAnExistingVrf() {
        assertOnly(check(vrf("red", null), binding("blue", 3)), ConfigError.Kind.CONFLICT, "'blue', which does not exist");
        assertOnly(check(vrf("red", null), new VrfRouteTarget("blue", 1, VrfRouteTarget.Type.IMPORT,
                RouteTarget.parse("65000:1"), "", true, StorageType.VOLATILE)), ConfigError.Kind.CONFLICT, "route target");
        assertOnly(check(vrf("red", null), route("blue", "10.0.0.0/8", null, StaticRoute.TYPE_BLACKHOLE)),
                ConfigError.Kind.CONFLICT, "static route");
    }

    @Test
    void anInterfaceBelongsToOneVrf() {
        RunningConfig running = RunningConfig.of(List.of(vrf("red", null), vrf("blue", null), binding("red", 3)));
        List<ConfigError> errors = validator.validate(running, RunningConfig.of(List.of(vrf("red", null),
                vrf("blue", null), binding("red", 3), binding("blue", 3))));
        assertOnly(errors, ConfigError.Kind.CONFLICT, "already bound to VRF 'red'");
        assertEquals(VrfInterface.keyOf("blue", 3), errors.get(0).key());
    }

    @Test
    void anActiveRouteTargetNeedsAValue() {
        assertOnly(check(vrf("red", null), new VrfRouteTarget("red", 1, VrfRouteTarget.Type.EXPORT, null, "", true,
                StorageType.VOLATILE)), ConfigError.Kind.CONFLICT, "needs a route target value");
    }

    @Test
    void staticRouteRules() {
        assertOnly(check(vrf("red", null), route("red", "10.0.0.0/8", null, StaticRoute.TYPE_REMOTE)),
                ConfigError.Kind.CONFLICT, "needs a next hop");
        assertOnly(check(vrf("red", null), route("red", "10.0.0.0/8", "2001:db8::1", StaticRoute.TYPE_REMOTE)),
                ConfigError.Kind.CONFLICT, "is IPv6 but the destination 10.0.0.0/8 is IPv4");
        assertOnly(check(vrf("red", null), route("red", "2001:db8::/32", "192.0.2.1", StaticRoute.TYPE_REMOTE)),
                ConfigError.Kind.CONFLICT, "is IPv4");
        assertOnly(check(vrf("red", null), new StaticRoute("red", IpPrefix.parse("10.0.0.0/8"), null, null, 0, 9, 0,
                null, null, true, StorageType.VOLATILE)), ConfigError.Kind.BAD_VALUE, "route type");
        assertOnly(check(vrf("red", null), new StaticRoute("red", IpPrefix.parse("10.0.0.0/8"), null, null, 0, 5,
                1L << 32, null, null, true, StorageType.VOLATILE)), ConfigError.Kind.BAD_VALUE, "next-hop AS");
        assertOnly(check(vrf("red", null), new StaticRoute("red", IpPrefix.parse("10.0.0.0/8"), new int[110], null, 0,
                5, 0, null, null, true, StorageType.VOLATILE)), ConfigError.Kind.BAD_VALUE, "more than SNMP allows");
        // Host bits can never reach the validator: IpPrefix refuses them when it is built.
        assertThrows(IllegalArgumentException.class, () -> IpPrefix.parse("10.0.0.1/8"));
    }

    @Test
    void maxRoutesAboveTheDeviceLimitIsAResourceError() {
        Vrf big = withLimits(vrf("red", null), 0, 0, 1000);
        assertEquals(List.of(), check(big), "no limit known");
        List<ConfigError> errors = validator.validate(RunningConfig.EMPTY,
                RunningConfig.of(List.of(big, Setting.of(VrfValidator.MAX_POSSIBLE_ROUTES, "999"))));
        assertOnly(errors, ConfigError.Kind.NO_RESOURCES, "(999)");
        assertOnly(new VrfValidator(500).validate(RunningConfig.EMPTY, RunningConfig.of(List.of(big))),
                ConfigError.Kind.NO_RESOURCES, "(500)");
    }

    @Test
    void worksThroughTheConfigService() throws ConfigException {
        ConfigService service = new ConfigService(ConfigStore.NONE, RunningConfig.EMPTY);
        service.addValidator(validator);
        service.commit(service.begin().put(vrf("red", "65000:1")));
        ConfigException e = assertThrows(ConfigException.class,
                () -> service.commit(service.begin().put(vrf("blue", "65000:1"))));
        assertEquals(ConfigError.Kind.CONFLICT, e.errors().get(0).kind());
        assertTrue(e.getMessage().contains("Vrf 'blue'"), e.getMessage());
        // Deleting a VRF that still has a binding is refused; deleting both at once is fine.
        service.commit(service.begin().put(binding("red", 7)));
        assertThrows(ConfigException.class, () -> service.commit(service.begin().remove(Vrf.keyOf("red"))));
        service.commit(service.begin().remove(Vrf.keyOf("red")).remove(VrfInterface.keyOf("red", 7)));
    }
}
