package org.l3vpnd.persistence;

import java.nio.file.Path;
import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.Setting;
import org.l3vpnd.engine.config.SnmpUser;
import org.l3vpnd.engine.config.StorageType;

/**
 * Runs in a child JVM: opens the store, commits one item, prints {@value #PERSISTED} once persist()
 * has returned, then either waits to be killed or closes and exits.
 *
 * <p>Arguments: data directory, {@code hold} or {@code exit}, {@code setting} or {@code user}, name.
 */
public final class CommitInChildMain {

    static final String PERSISTED = "persisted";

    private CommitInChildMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        boolean hold = args[1].equals("hold");
        ConfigItem item = item(args[2], args[3]);
        H2ConfigStore store = H2ConfigStore.open(dataDir);
        ConfigService service = new ConfigService(store, store.load());
        service.commit(service.begin().put(item));
        System.out.println(PERSISTED);
        System.out.flush();
        if (hold) {
            // Never answered: the parent kills us, or our stdin closes when the parent dies.
            System.in.read();
        }
        store.close();
    }

    /** The item a child commits for these arguments, so the parent knows what to expect. */
    static ConfigItem item(String kind, String name) {
        return switch (kind) {
            case "setting" -> Setting.of(name, "value of " + name);
            case "user" -> new SnmpUser(name, "SHA-256", SampleItems.bytes(32, 3), "AES-128",
                    SampleItems.bytes(16, 9), true, StorageType.NON_VOLATILE);
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
    }
}
