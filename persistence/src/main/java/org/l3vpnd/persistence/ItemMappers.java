package org.l3vpnd.persistence;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.l3vpnd.engine.config.ConfigItem;

/** The kinds of configuration item the store keeps, each with its mapper. Immutable. */
final class ItemMappers {

    private final Map<Class<? extends ConfigItem>, ItemMapper<?>> byKind = new LinkedHashMap<>();

    ItemMappers(List<ItemMapper<?>> mappers) {
        Set<String> tables = new HashSet<>();
        for (ItemMapper<?> m : mappers) {
            if (byKind.putIfAbsent(m.kind(), m) != null) {
                throw new IllegalArgumentException("two mappers for kind " + m.kind().getSimpleName());
            }
            if (!tables.add(m.table())) {
                throw new IllegalArgumentException("two mappers for table " + m.table());
            }
        }
    }

    /** Every kind the appliance stores. A new kind of item adds its mapper here. */
    static ItemMappers standard() {
        return new ItemMappers(List.of(
                new SettingMapper(),
                new InterfaceSettingMapper(),
                new SnmpUserMapper(),
                new NotifyTargetMapper(),
                new VrfMapper(),
                new VrfRouteTargetMapper(),
                new VrfInterfaceMapper(),
                new StaticRouteMapper(),
                new ManagementRowMapper(),
                new BgpPeerMapper()));
    }

    Optional<ItemMapper<?>> forKind(Class<? extends ConfigItem> kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    Collection<ItemMapper<?>> all() {
        return Collections.unmodifiableCollection(byKind.values());
    }

    Set<Class<? extends ConfigItem>> kinds() {
        return Collections.unmodifiableSet(byKind.keySet());
    }
}
