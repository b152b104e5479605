/**
 * The running configuration and the one path by which it changes.
 *
 * <p>Invariants: a {@link org.l3vpnd.engine.config.RunningConfig} is immutable and always valid
 * (every registered validator accepted it); every committed change reached the
 * {@link org.l3vpnd.engine.config.ConfigStore} before it became visible; management front ends
 * (SNMP, web, configuration file) only ever build transactions, never touch engine state.
 */
package org.l3vpnd.engine.config;
