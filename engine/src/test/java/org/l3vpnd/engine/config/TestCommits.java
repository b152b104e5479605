package org.l3vpnd.engine.config;

/** Commits for test fixtures: a refused commit fails the test with the validators' errors. */
public final class TestCommits {

    private TestCommits() {
    }

    public static ConfigDelta put(ConfigService config, ConfigItem... items) {
        ConfigTransaction tx = config.begin();
        for (ConfigItem i : items) {
            tx.put(i);
        }
        return commit(config, tx);
    }

    public static ConfigDelta remove(ConfigService config, ItemKey... keys) {
        ConfigTransaction tx = config.begin();
        for (ItemKey k : keys) {
            tx.remove(k);
        }
        return commit(config, tx);
    }

    public static ConfigDelta commit(ConfigService config, ConfigTransaction tx) {
        try {
            return config.commit(tx);
        } catch (ConfigException e) {
            throw new AssertionError(e.errors().toString(), e);
        }
    }
}
