package org.l3vpnd.persistence;

/**
 * The configuration database could not be opened, read or written. A refused or failed commit is a
 * {@link org.l3vpnd.engine.config.ConfigException} instead; this is for what has no such contract
 * (opening, agent state), where the appliance can only stop.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
