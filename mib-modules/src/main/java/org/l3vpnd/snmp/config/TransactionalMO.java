package org.l3vpnd.snmp.config;

/**
 * Marks managed objects whose SETs become edits of one configuration transaction per request, so
 * that {@link RequestTransactions} can tell which varbind of a request is the last of them.
 */
public interface TransactionalMO {
}
