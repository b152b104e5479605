/**
 * Durable storage of the configuration in an H2 file database: {@link
 * org.l3vpnd.persistence.H2ConfigStore} implements the engine's {@code ConfigStore}.
 *
 * <p>Invariants:
 * <ul>
 *   <li>Each item kind has one typed table (columns are the record's fields, a composite field
 *       split into its parts, the primary key is the item's key fields) and one mapper listed in
 *       {@code ItemMappers}; the store holds exactly the persistent items of the last committed
 *       configuration, never a volatile one. Only columns a record allows to be absent are
 *       nullable, and never a key column.</li>
 *   <li>One {@code persist} is one transaction: all of its rows and one increment of
 *       {@code config_generation}, or nothing. A change of a kind without a mapper refuses the whole
 *       delta unless neither side of the change is persistent.</li>
 *   <li>When {@code persist}, {@code engineId} or {@code incrementEngineBoots} returns, the data is
 *       in the file (WRITE_DELAY=0) and forced to the device (CHECKPOINT SYNC): a kill -9 or a power
 *       cut right after keeps it.</li>
 *   <li>The schema changes only through Flyway migrations in {@code db/migration}; a released
 *       migration is never edited.</li>
 *   <li>Neither logs nor exception messages carry row values: SNMP keys are row values.</li>
 *   <li>Other local processes share the database through H2's automatic mixed mode; the appliance
 *       notices their commits through the generation counter and reloads.</li>
 * </ul>
 */
package org.l3vpnd.persistence;
