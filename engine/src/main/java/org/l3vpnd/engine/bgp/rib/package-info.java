/**
 * The BGP RIB (RFC 4271 3.2): per instance and family, the Adj-RIBs-In, the Loc-RIB and the
 * Adj-RIBs-Out, with the decision process, route reflection (RFC 4456), update generation and
 * the receiving side of graceful restart (RFC 4724) and enhanced route refresh (RFC 7313).
 * {@link org.l3vpnd.engine.bgp.rib.BgpRib} is the façade and the session layer's
 * {@link org.l3vpnd.engine.bgp.session.SessionListener}.
 *
 * <p>Storage, built for a million VPN routes: a table maps a flat
 * {@link org.l3vpnd.engine.bgp.rib.RouteKey} (RD and prefix in one object) to a linked list of
 * {@link org.l3vpnd.engine.bgp.rib.Path}s in an open-addressing map, best path first; a path is
 * an interned attribute set, a label and a peer id, nothing more. A peer's Adj-RIB-In is the set
 * of paths carrying its id, not a copy. An Adj-RIB-Out maps keys to the path last announced, by
 * identity, so a change costs one map lookup to classify.
 *
 * <p>Invariants:
 * <ul>
 *   <li>Everything is owned by the engine loop: no locks, no threads, no per-route tasks.</li>
 *   <li>Per key at most one path per source; the first path is the best, flagged, or none is.</li>
 *   <li>Looped routes (our AS from external peers; our router ID as ORIGINATOR_ID or our cluster
 *       ID in CLUSTER_LIST from internal peers) never enter; they withdraw what the peer had.</li>
 *   <li>Internal routes reach internal peers only by reflection, with ORIGINATOR_ID and
 *       CLUSTER_LIST maintained, for every family.</li>
 *   <li>Update generation never queues more than one round of packed messages per peer and
 *       family; pending work is a set of keys bounded by the table size; a peer that is not
 *       writable stops its own generation until its writability callback, and no one else's.</li>
 *   <li>End-of-RIB follows the initial table transfer of each family exactly once per session.</li>
 * </ul>
 */
package org.l3vpnd.engine.bgp.rib;
