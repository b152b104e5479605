package org.l3vpnd.snmp.agent;

/**
 * A managed object that {@link BulkRequestHandler} may ask again, directly, for the next
 * repetition of a GETBULK column it has just answered, instead of looking the column's next
 * object up in the MOServer once per varbind.
 *
 * <p>Implement it only for an object that needs nothing from a lookup but the lookup's answer: it
 * is not an {@code UpdatableManagedObject}, needs no lock for reading, and has no
 * {@code MOServerLookupListener} that must see every varbind (such a listener sees the first
 * varbind of each column of a request). The answers are the same as with a lookup per varbind:
 * an object that answered the previous repetition is the one a lookup would find again, for as
 * long as it has a next cell in view.
 */
public interface BulkReusableObject {
}
