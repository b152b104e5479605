/**
 * Read-create SNMP tables over the configuration service: a generic
 * {@link org.l3vpnd.snmp.table.ConfigTable} that a {@link org.l3vpnd.snmp.table.TableDefinition}
 * (columns, index grammar, row source, row writer) turns into one table.
 *
 * <p>Invariants: the running configuration (and, for live columns, the engine's lock-free views) is
 * the only copy of a row; nothing here stores rows except the notReady ones, which cannot be
 * configuration yet ({@link org.l3vpnd.snmp.table.PendingRows}: memory only, bounded, aged out).
 * Key order equals the OID order of the encoded index, so GET is one lookup and GETNEXT one
 * ceiling lookup per column, whatever OID the manager starts from
 * ({@link org.l3vpnd.snmp.table.IndexBounds}). All edits of one SET request go into that request's
 * one configuration transaction and are validated as a whole at its last varbind: a request takes
 * effect completely or not at all. RowStatus and StorageType follow RFC 2579; errors follow the
 * check order of RFC 3416 section 4.2.5.
 */
package org.l3vpnd.snmp.table;
