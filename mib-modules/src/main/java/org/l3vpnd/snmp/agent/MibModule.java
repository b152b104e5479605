package org.l3vpnd.snmp.agent;

import org.snmp4j.agent.DuplicateRegistrationException;
import org.snmp4j.agent.MOServer;
import org.snmp4j.smi.OctetString;

/** A group of managed objects that the agent registers in its default context. */
public interface MibModule {

    void register(MOServer server, OctetString context) throws DuplicateRegistrationException;

    /** Stops background work (pollers, timers); the module's objects may stay registered. */
    default void close() {
    }
}
