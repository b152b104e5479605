/**
 * Per-VRF routing tables in the compact form the management view needs.
 *
 * <p>Invariants: a {@link org.l3vpnd.engine.rib.Route} is immutable, and routes of the common case
 * share their policy, metric and cross-connect arrays, so a route costs its prefix, its next hop
 * and a few words. A {@link org.l3vpnd.engine.rib.VrfRib} is written by the engine loop only and
 * read lock-free by any thread; it is ordered exactly as the mplsL3VpnVrfRteTable index of one VRF
 * orders rows, so a management walk is a sequence of ordered-map lookups, and its counters are
 * maintained per change, never computed by walking the table. Which routes enter a RIB (limits,
 * preference between sources) is decided by the owner, {@code org.l3vpnd.engine.vrf}.
 */
package org.l3vpnd.engine.rib;
