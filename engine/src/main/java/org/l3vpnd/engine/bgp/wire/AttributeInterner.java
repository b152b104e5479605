package org.l3vpnd.engine.bgp.wire;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Canonicalizes {@link PathAttributes} so that routes with equal attributes share one instance.
 * Entries are weak: an attribute set no route refers to any more is collected and its entry
 * purged, so the RIB never has to count references. Thread-safe: decoders on several Netty event
 * loops may intern concurrently.
 */
public final class AttributeInterner {
    private final ConcurrentHashMap<Entry, Entry> table = new ConcurrentHashMap<>();
    private final ReferenceQueue<PathAttributes> collected = new ReferenceQueue<>();

    /** The canonical instance equal to {@code attrs}: an earlier one if still alive, else {@code attrs}. */
    public PathAttributes intern(PathAttributes attrs) {
        purge();
        Entry probe = new Entry(attrs, collected);
        while (true) {
            Entry existing = table.putIfAbsent(probe, probe);
            if (existing == null) {
                return attrs;
            }
            PathAttributes live = existing.get();
            if (live != null) {
                probe.clear();
                return live;
            }
            // Collected between the lookup and now: replace the dead entry and retry.
            table.remove(existing, existing);
        }
    }

    /** Live and not yet purged entries; for tests and metrics. */
    public int size() {
        purge();
        return table.size();
    }

    private void purge() {
        for (Object ref; (ref = collected.poll()) != null; ) {
            table.remove(ref, ref);
        }
    }

    /**
     * A weak key whose equality is that of its referent while alive and identity once cleared, so
     * dead entries match only themselves and are found again for removal.
     */
    private static final class Entry extends WeakReference<PathAttributes> {
        private final int hash;

        Entry(PathAttributes attrs, ReferenceQueue<PathAttributes> queue) {
            super(attrs, queue);
            this.hash = attrs.hashCode();
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Entry e) || e.hash != hash) {
                return false;
            }
            PathAttributes mine = get();
            return mine != null && mine.equals(e.get());
        }
    }
}
