/**
 * BGP over SNMP: the BGP part of L3VPND-MIB (global settings, the read-create peer table, peer and
 * per-family state, the peer notifications) and BGP4-MIB (RFC 4273: globals, bgpPeerTable, its two
 * notifications).
 *
 * <p>Invariants: configuration is read from and written to the configuration service only (SETs
 * through the request's transaction, see {@code org.l3vpnd.snmp.table}); live state is read per
 * cell from a {@link org.l3vpnd.snmp.bgp.BgpStatusSource}, never copied. Every peer-indexed table
 * uses the index { VRF name (length-prefixed, empty = provider table), address type, address }, so
 * the same address may be a peer of several routing instances; BGP4-MIB, indexed by an IPv4
 * address alone, shows only the IPv4 peers of the provider table. 4-octet AS numbers read as
 * AS_TRANS where a MIB object has 16 bits.
 */
package org.l3vpnd.snmp.bgp;
