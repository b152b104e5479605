package org.l3vpnd.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.l3vpnd.persistence.SampleItems.assertSameConfig;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l3vpnd.engine.config.ConfigChange;
import org.l3vpnd.engine.config.ConfigDelta;
import org.l3vpnd.engine.config.ConfigException;
import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.ConfigTransaction;
import org.l3vpnd.engine.config.InterfaceSetting;
import org.l3vpnd.engine.config.ItemKey;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.Setting;
import org.l3vpnd.engine.config.StorageType;

class H2ConfigStoreTest {

    @TempDir
    Path dir;

    /** A kind the store has no table for. */
    record Unmapped(String id, StorageType storage) implements ConfigItem {
        @Override
        public ItemKey key() {
            return new ItemKey(Unmapped.class, id);
        }
    }

    /** A mapper whose migration was forgotten. */
    static final class UnmappedMapper extends RecordTableMapper<Unmapped> {
        UnmappedMapper() {
            super(Unmapped.class, "unmapped", List.of("id"), List.of("storage"));
        }

        @Override
        protected void writeKey(RowWriter w, Unmapped u) throws SQLException {
            w.text(u.id());
        }

        @Override
        protected void writeValues(RowWriter w, Unmapped u) throws SQLException {
            w.storage(u.storage());
        }

        @Override
        protected Unmapped read(RowReader r) throws SQLException {
            return new Unmapped(r.text("id"), r.storage());
        }
    }

    @Test
    void mapperWithoutItsTableFailsAtOpen() {
        ItemMappers withForgottenMigration = new ItemMappers(List.of(new SettingMapper(), new UnmappedMapper()));
        assertThrows(StoreException.class, () -> H2ConfigStore.open(dir, withForgottenMigration).close());
    }

    @Test
    void everyStoredKindHasSamples() {
        assertEquals(ItemMappers.standard().kinds(), SampleItems.kinds(SampleItems.persistent()),
                "a new mapper needs sample items in SampleItems");
    }

    @Test
    void everyKindRoundTrips() throws Exception {
        List<ConfigItem> items = SampleItems.persistent();
        try (H2ConfigStore store = H2ConfigStore.open(dir)) {
            ConfigService service = new ConfigService(store, store.load());
            ConfigTransaction tx = service.begin();
            items.forEach(tx::put);
            service.commit(tx);
        }
        try (H2ConfigStore reopened = H2ConfigStore.open(dir)) {
            assertSameConfig(RunningConfig.of(items), reopened.load());
        }
    }

    @Test
    void modifiedItemReplacesItsRow() throws Exception {
        try (H2ConfigStore store = H2ConfigStore.open(dir)) {
            ConfigService service = new ConfigService(store, store.load());
            service.commit(service.begin().put(Setting.of("system.name", "old")));
            service.commit(service.begin().put(new Setting("system.name", "new", StorageType.PERMANENT)));
        }
        assertSameConfig(RunningConfig.of(List.of(new Setting("system.name", "new", StorageType.PERMANENT))),
                reload());
    }

    @Test
    void volatileItemsAreNotStored() throws Exception {
        try (H2ConfigStore store = H2ConfigStore.open(dir)) {
            ConfigService service = new ConfigService(store, store.load());
            long before = store.changeCounter();
            service.commit(service.begin()
                    .put(new Setting("temp", "x", StorageType.VOLATILE))
                    .put(new InterfaceSetting(2, "lab", StorageType.OTHER)));
            assertEquals(before, store.changeCounter(), "nothing stored, so no new generation");
        }
        assertSameConfig(RunningConfig.EMPTY, reload());
    }

    @Test
    void itemTurnedVolatileIsDeleted() throws Exception {
        try (H2ConfigStore store = H2ConfigStore.open(dir)) {
            ConfigService service = new ConfigService(store, store.load());
            service.commit(service.begin().put(Setting.of("a", "1")).put(Setting.of("b", "2")));
            service.commit(service.begin().put(new Setting("a", "1", StorageType.VOLATILE)));
        }
        assertSameConfig(RunningConfig.of(List.of(Setting.of("b", "2"))), reload());
    }

    @Test
    void itemTurnedPersistentIsStored() throws Exception {
        try (H2ConfigStore store = H2ConfigStore.open(dir)) {
            ConfigService service = new ConfigService(store, store.load());
            service.commit(service.begin().put(new Setting("a", "1", StorageType.VOLATILE)));
            service.commit(service.begin().put(Setting.of("a", "1")));
        }
        assertSameConfig(RunningConfig.of(List.of(Setting.of("a", "1"))), reload());
    }

    @Test
    void deletedItemIsRemoved() throws Exception {
        List<ConfigItem> items = SampleItems.persistent();
        try (H2ConfigStore store = H2ConfigStore.open(dir)) {
            ConfigService service = new ConfigService(store, store.load());
            ConfigTransaction tx = service.begin();
            items.forEach(tx::put);
            service.commit(tx);
            ConfigTransaction removal = service.begin();
            items.forEach(i -> removal.remove(i.key()));
            service.commit(removal);
        }
        assertSameConfig(RunningConfig.EMPTY, reload());
    }

    @Test
    void failingDeltaAppliesNothing() throws Exception {
        try (H2ConfigStore store = H2ConfigStore.open(dir)) {
            ConfigService service = new ConfigService(store, store.load());
            service.commit(service.begin().put(Setting.of("kept", "1")));
            RawDatabase.execute(dir, "ALTER TABLE setting ADD CONSTRAINT no_poison CHECK (name <> 'poison')");
            long generation = store.changeCounter();

            // Keys sort InterfaceSetting before Setting: the interface row is written before the failure.
            ConfigTransaction tx = service.begin()
                    .put(new InterfaceSetting(7, "written first", StorageType.NON_VOLATILE))
                    .remove(Setting.keyOf("kept"))
                    .put(Setting.of("poison", "x"));
            assertThrows(ConfigException.class, () -> service.commit(tx));

            assertEquals(generation, store.changeCounter());
            assertSameConfig(RunningConfig.of(List.of(Setting.of("kept", "1"))), store.load());
        }
    }

    @Test
    void persistentItemOfUnknownKindRefusesTheDelta() throws Exception {
        try (H2ConfigStore store = H2ConfigStore.open(dir)) {
            Setting setting = Setting.of("a", "1");
            Unmapped unmapped = new Unmapped("x", StorageType.NON_VOLATILE);
            ConfigException e = assertThrows(ConfigException.class,
                    () -> store.persist(created(setting, unmapped)));
            assertEquals("no storage for kind Unmapped", e.getMessage());
            assertSameConfig(RunningConfig.EMPTY, store.load());
        }
    }

    @Test
    void volatileItemOfUnknownKindIsSkipped() throws Exception {
        try (H2ConfigStore store = H2ConfigStore.open(dir)) {
            Setting setting = Setting.of("a", "1");
            store.persist(created(setting, new Unmapped("x", StorageType.VOLATILE)));
            assertSameConfig(RunningConfig.of(List.of(setting)), store.load());
        }
    }

    @Test
    void commitsOfAnotherStoreAreNoticed() throws Exception {
        try (H2ConfigStore appliance = H2ConfigStore.open(dir); H2ConfigStore other = H2ConfigStore.open(dir)) {
            ConfigService applianceService = new ConfigService(appliance, appliance.load());
            applianceService.commit(applianceService.begin().put(Setting.of("own", "1")));
            assertFalse(appliance.hasUnseenChanges(), "its own commits are not news to the appliance");

            ConfigService otherService = new ConfigService(other, other.load());
            otherService.commit(otherService.begin().put(Setting.of("theirs", "2")));
            assertTrue(appliance.hasUnseenChanges());

            // A commit of its own in between must not hide the other store's commit.
            applianceService.commit(applianceService.begin().put(Setting.of("own", "3")));
            assertTrue(appliance.hasUnseenChanges());

            assertSameConfig(RunningConfig.of(List.of(Setting.of("own", "3"), Setting.of("theirs", "2"))),
                    appliance.load());
            assertFalse(appliance.hasUnseenChanges());
        }
    }

    @Test
    void changeCounterCountsStoringCommits() throws Exception {
        try (H2ConfigStore store = H2ConfigStore.open(dir)) {
            ConfigService service = new ConfigService(store, store.load());
            long start = store.changeCounter();
            service.commit(service.begin().put(Setting.of("a", "1")).put(Setting.of("b", "1")));
            service.commit(service.begin().remove(Setting.keyOf("a")));
            assertEquals(start + 2, store.changeCounter());
        }
    }

    private RunningConfig reload() throws ConfigException {
        try (H2ConfigStore store = H2ConfigStore.open(dir)) {
            return store.load();
        }
    }

    private static ConfigDelta created(ConfigItem... items) {
        List<ConfigChange> changes = Arrays.stream(items)
                .map(i -> new ConfigChange(i.key(), null, i)).toList();
        return new ConfigDelta(RunningConfig.EMPTY, RunningConfig.of(List.of(items)), changes);
    }
}
