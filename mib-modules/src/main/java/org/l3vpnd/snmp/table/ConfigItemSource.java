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
 *
 * @param <K> index key
 * @param <I> item kind
 */
public final class ConfigItemSource<K, I extends ConfigItem> implements RowSource<K, ConfigItemSource.Row<K, I>> {

    /** An item under its index key. */
    public record Row<K, I>(K key, I item) {
    }

    private final ConfigRowIndex<K, Row<K, I>> index;
    private final BiFunction<I, Integer, Variable> cells;

    /**
     * @param kind  the item kind whose items are the rows
     * @param keyOf an item's index key
     * @param cells the value of a plain column of an item ({@code null} when it has none)
     */
    public ConfigItemSource(Supplier<RunningConfig> running, Class<I> kind, Function<I, K> keyOf, Comparator<K> order,
                            BiFunction<I, Integer, Variable> cells) {
        this.cells = cells;
        this.index = new ConfigRowIndex<>(running, config -> {
            List<Row<K, I>> rows = new ArrayList<>();
            for (I item : config.all(kind)) {
                rows.add(new Row<>(keyOf.apply(item), item));
            }
            return rows;
        }, Row::key, order);
    }

    @Override
    public Row<K, I> get(K key) {
        return index.get(key);
    }

    @Override
    public Row<K, I> ceiling(K key, boolean inclusive) {
        return index.ceiling(key, inclusive);
    }

    @Override
    public K key(Row<K, I> row) {
        return row.key();
    }

    @Override
    public Variable value(Row<K, I> row, int columnId) {
        return cells.apply(row.item(), columnId);
    }

    @Override
    public boolean inService(Row<K, I> row) {
        return row.item().inService();
    }

    @Override
    public StorageType storage(Row<K, I> row) {
        return row.item().storage();
    }
}
