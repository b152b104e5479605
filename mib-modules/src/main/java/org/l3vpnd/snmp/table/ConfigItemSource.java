package org.l3vpnd.snmp.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.StorageType;
import org.snmp4j.smi.Variable;

/**
 * The usual row source: one row per configuration item of one kind, in index order, RowStatus from
 * {@link ConfigItem#inService()} and StorageType from {@link ConfigItem#storage()}. Thread-safe.
 */
public final class ConfigItemSource {

    /** An item under its index key. */
    public record Row<K, I>(K key, I item) {
    }

    private ConfigItemSource() {
    }

    /**
     * @param kind  the item kind whose items are the rows
     * @param keyOf an item's index key
     * @param cells the value of a plain column of an item ({@code null} when it has none)
     * @param <K>   index key
     * @param <I>   item kind
     */
    public static <K, I extends ConfigItem> RowSource<K, Row<K, I>> of(Supplier<RunningConfig> running, Class<I> kind,
                                                                       Function<I, K> keyOf, Comparator<K> order,
                                                                       BiFunction<I, Integer, Variable> cells) {
        ConfigRowIndex<K, Row<K, I>> index = new ConfigRowIndex<>(running, config -> {
            List<Row<K, I>> rows = new ArrayList<>();
            for (I item : config.all(kind)) {
                rows.add(new Row<>(keyOf.apply(item), item));
            }
            return rows;
        }, Row::key, order);
        return index.source((row, column) -> cells.apply(row.item(), column), row -> row.item().inService(),
                row -> row.item().storage());
    }
}
