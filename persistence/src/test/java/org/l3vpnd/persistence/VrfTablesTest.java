package org.l3vpnd.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.l3vpnd.persistence.SampleItems.assertSameConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l3vpnd.engine.config.ConfigException;
import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.ConfigTransaction;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.StaticRoute;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.config.VrfValidator;
import org.l3vpnd.engine.net.RouteDistinguisher;

/** The VRF tables beyond the plain round trip: keys that differ in one column, NULLs, stored forms. */
class VrfTablesTest {

    @TempDir
    Path dir;

    @Test
    void samplesAreAValidConfiguration() {
        // Otherwise the round trip would prove only that the store keeps nonsense.
        assertEquals(List.of(), new VrfValidator().validate(RunningConfig.EMPTY,
                RunningConfig.of(SampleItems.persistent())));
    }

    @Test
    void deleteRemovesOnlyTheRowWithThatKey() throws Exception {
        List<ConfigItem> items = SampleItems.persistent();
        List<StaticRoute> routes = SampleItems.staticRoutes();
        // Each removed item has a neighbour whose key differs in one column only.
        List<ConfigItem> removed = List.of(
                routes.get(1),                       // no next hop; routes.get(0) has one
                routes.get(2),                       // other policy than routes.get(0)
                SampleItems.routeTargets().get(0),   // IMPORT; EXPORT has the same index
                SampleItems.vrfInterfaces().get(0),
                SampleItems.vrfs().get(1));
        try (H2ConfigStore store = H2ConfigStore.open(dir)) {
            ConfigService service = new ConfigService(store, store.load());
            ConfigTransaction tx = service.begin();
            items.forEach(tx::put);
            service.commit(tx);
            ConfigTransaction removal = service.begin();
            removed.forEach(i -> removal.remove(i.key()));
            service.commit(removal);
        }
        List<ConfigItem> kept = new ArrayList<>(items);
        kept.removeAll(removed);
        assertSameConfig(RunningConfig.of(kept), reload());
    }

    @Test
    void routeDistinguisherCanBeSetAndCleared() throws Exception {
        Vrf none = SampleItems.vrfs().get(1);
        // The all-zero RD is a value, not the absence of one.
        Vrf zero = withRd(none, RouteDistinguisher.ZERO);
        try (H2ConfigStore store = H2ConfigStore.open(dir)) {
            ConfigService service = new ConfigService(store, store.load());
            service.commit(service.begin().put(none));
            assertNull(RawDatabase.single(dir, "SELECT rd FROM vrf"));

            service.commit(service.begin().put(zero));
            assertSameConfig(RunningConfig.of(List.of(zero)), store.load());
            assertEquals(8L, RawDatabase.single(dir, "SELECT OCTET_LENGTH(rd) FROM vrf"));

            service.commit(service.begin().put(none));
            assertNull(RawDatabase.single(dir, "SELECT rd FROM vrf"));
        }
        assertSameConfig(RunningConfig.of(List.of(none)), reload());
    }

    @Test
    void routeColumnsHoldTheDocumentedForms() throws Exception {
        commit(SampleItems.staticRoutes().get(1), SampleItems.staticRoutes().get(2),
                SampleItems.staticRoutes().get(4));
        assertEquals(0L, RawDatabase.single(dir,
                "SELECT OCTET_LENGTH(next_hop) FROM static_route WHERE type = " + StaticRoute.TYPE_BLACKHOLE));
        assertEquals("0.0", RawDatabase.single(dir,
                "SELECT policy FROM static_route WHERE type = " + StaticRoute.TYPE_BLACKHOLE));
        assertEquals(1L, RawDatabase.single(dir,
                "SELECT COUNT(*) FROM static_route WHERE policy = '1.3.6.1.4.1.4294967295'"));
        assertEquals(16L, RawDatabase.single(dir,
                "SELECT OCTET_LENGTH(dest_address) FROM static_route WHERE dest_family = "
                        + StaticRouteMapper.FAMILY_IPV6));
    }

    @Test
    void rowWithFamilyNotMatchingItsAddressIsRefused() throws Exception {
        commit(SampleItems.staticRoutes().get(1));
        RawDatabase.execute(dir, "UPDATE static_route SET dest_family = " + StaticRouteMapper.FAMILY_IPV6);
        try (H2ConfigStore store = H2ConfigStore.open(dir)) {
            assertThrows(ConfigException.class, store::load);
        }
    }

    private void commit(ConfigItem... items) throws ConfigException {
        try (H2ConfigStore store = H2ConfigStore.open(dir)) {
            ConfigService service = new ConfigService(store, store.load());
            ConfigTransaction tx = service.begin();
            List.of(items).forEach(tx::put);
            service.commit(tx);
        }
    }

    private RunningConfig reload() throws ConfigException {
        try (H2ConfigStore store = H2ConfigStore.open(dir)) {
            return store.load();
        }
    }

    private static Vrf withRd(Vrf v, RouteDistinguisher rd) {
        return new Vrf(v.name(), v.vpnId(), v.description(), rd, v.midThreshold(), v.highThreshold(),
                v.maxRoutes(), v.adminStatus(), v.inService(), StorageType.NON_VOLATILE);
    }
}
