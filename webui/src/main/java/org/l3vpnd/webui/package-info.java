/**
 * A read-only web UI for browsing the router: server-rendered HTML on Jetty core handlers, no
 * servlet API, no templates, no JavaScript.
 *
 * <p>Threading: pages run on Jetty's request threads and read only immutable configuration
 * snapshots ({@link org.l3vpnd.engine.config.ConfigService#running()}) and the lock-free
 * {@link org.l3vpnd.engine.vrf.VrfView}; nothing here writes engine state or waits for the engine
 * loop.
 *
 * <p>Invariants: every value that comes from configuration or live state reaches the page through
 * {@link org.l3vpnd.webui.Html#escape} (an operator may name a VRF {@code <script>}); every
 * response, errors included, carries the {@link org.l3vpnd.webui.SecurityHeaders}; a page never
 * walks a whole RIB, it reads at most one page of routes by ordered-map lookups; SNMP keys and
 * community strings are never shown.
 */
package org.l3vpnd.webui;
