/**
 * The connector between VRFs and the VPN (RFC 4364 section 4, the BIRD L3VPN design): each VRF has
 * its IP tables (its RIB, and its BGP table for CE sessions and imported paths), the provider
 * instance has one VPN table per family, and {@link org.l3vpnd.engine.vpn.VpnConnector} moves routes
 * between them. VRF→VPN adds the RD, the export route targets and a label from the
 * {@link org.l3vpnd.engine.label.LabelManager}; VPN→VRF passes best VPN paths whose route targets
 * meet the VRF's import set, with the RD stripped, and installs each VRF table's best path in the
 * VRF's RIB.
 *
 * <p>Invariants: routes imported from the VPN are never exported into it again; a PE's own VPN
 * routes are not imported back into the VRF they came from, but are into other VRFs importing
 * their targets; every exported route holds one label reference, released when it is withdrawn;
 * reconfiguration is a per-VRF diff (RD → re-export under the new RD, export targets → re-export,
 * import targets → refeed that VRF). Engine loop only; nothing here has its own thread or lock.
 *
 * <p>VRF RIB changes reach the connector as the VRF manager makes them
 * ({@link org.l3vpnd.engine.vpn.VrfRibRouteSource}): work per change, never a walk of every route.
 */
package org.l3vpnd.engine.vpn;
