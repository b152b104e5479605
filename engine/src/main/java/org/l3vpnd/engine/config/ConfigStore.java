package org.l3vpnd.engine.config;

/**
 * Durable storage of the persistent part of the configuration. Implemented outside the engine
 * (the persistence module); the engine only calls it from {@link ConfigService#commit}.
 */
public interface ConfigStore {

    /** Reads every stored item. */
    RunningConfig load() throws ConfigException;

    /**
     * Makes the persistent items of {@code delta} durable, atomically: when this returns, a crash
     * keeps all of them; when it throws, none. Items whose storage is volatile are removed from the
     * store if an earlier version of them was stored.
     */
    void persist(ConfigDelta delta) throws ConfigException;

    /** A store that keeps nothing, for tests and volatile runs. */
    ConfigStore NONE = new ConfigStore() {
        @Override
        public RunningConfig load() {
            return RunningConfig.EMPTY;
        }

        @Override
        public void persist(ConfigDelta delta) {
        }
    };
}
