package org.l3vpnd.engine.bgp.rib;

/**
 * How many routes of one family a peer has in the RIB, for management.
 *
 * @param received   paths held from the peer (its Adj-RIB-In); routes refused on receipt as loops
 *                   are not held
 * @param accepted   of those, the paths the decision process may select: their next hop resolves
 * @param advertised routes currently in the peer's Adj-RIB-Out
 * @param stale      the peer's paths of this family are kept as stale after a graceful restart
 */
public record FamilyRouteCounts(int received, int accepted, int advertised, boolean stale) {
}
