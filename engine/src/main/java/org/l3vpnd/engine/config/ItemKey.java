package org.l3vpnd.engine.config;

import java.util.Objects;

/**
 * Identity of a configuration item: its kind (the record class) and an id unique within the kind.
 * Ids are built by each item type from its own key fields.
 */
public record ItemKey(Class<? extends ConfigItem> kind, String id) implements Comparable<ItemKey> {

    public ItemKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public int compareTo(ItemKey o) {
        int c = kind.getName().compareTo(o.kind.getName());
        return c != 0 ? c : id.compareTo(o.id);
    }

    /** Joins key parts with a separator no SNMP octet-string index of ours would be split on by mistake. */
    public static String join(Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append('\u0000');
            }
            sb.append(parts[i]);
        }
        return sb.toString();
    }
}
