package org.l3vpnd.engine.config;

import java.util.List;

/** A commit that was refused or could not be made durable; nothing of it took effect. */
public class ConfigException extends Exception {

    private final transient List<ConfigError> errors;

    public ConfigException(List<ConfigError> errors) {
        super(errors.isEmpty() ? "configuration refused" : errors.get(0).toString());
        this.errors = List.copyOf(errors);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
        this.errors = List.of();
    }

    public List<ConfigError> errors() {
        return errors;
    }
}
