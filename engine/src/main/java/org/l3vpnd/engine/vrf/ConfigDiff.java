package org.l3vpnd.engine.vrf;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.l3vpnd.engine.config.ConfigChange;
import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.RunningConfig;

/** The changes between two snapshots for the kinds the VRF manager follows. Pure. */
final class ConfigDiff {

    private ConfigDiff() {
    }

    /** Changes of the given kinds, each kind in id order; a merge walk of two id-ordered collections. */
    @SafeVarargs
    static List<ConfigChange> between(RunningConfig before, RunningConfig after,
                                      Class<? extends ConfigItem>... kinds) {
        List<ConfigChange> out = new ArrayList<>();
        for (Class<? extends ConfigItem> kind : kinds) {
            diffKind(before.all(kind), after.all(kind), out);
        }
        return out;
    }

    private static void diffKind(Iterable<? extends ConfigItem> before, Iterable<? extends ConfigItem> after,
                                 List<ConfigChange> out) {
        Iterator<? extends ConfigItem> a = before.iterator();
        Iterator<? extends ConfigItem> b = after.iterator();
        ConfigItem x = next(a);
        ConfigItem y = next(b);
        while (x != null || y != null) {
            int c = x == null ? 1 : y == null ? -1 : x.key().id().compareTo(y.key().id());
            if (c < 0) {
                out.add(new ConfigChange(x.key(), x, null));
                x = next(a);
            } else if (c > 0) {
                out.add(new ConfigChange(y.key(), null, y));
                y = next(b);
            } else {
                if (!Objects.equals(x, y)) {
                    out.add(new ConfigChange(y.key(), x, y));
                }
                x = next(a);
                y = next(b);
            }
        }
    }

    private static ConfigItem next(Iterator<? extends ConfigItem> it) {
        return it.hasNext() ? it.next() : null;
    }
}
