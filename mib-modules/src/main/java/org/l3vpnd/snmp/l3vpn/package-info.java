/**
 * MPLS-L3VPN-STD-MIB (RFC 4382): {@link org.l3vpnd.snmp.l3vpn.MplsL3VpnMib} registers its scalars
 * and tables; {@link org.l3vpnd.snmp.l3vpn.MplsL3VpnMib#notifier()} turns engine VRF events into
 * its notifications.
 *
 * <p>Invariants: configuration columns are the {@code Vrf}, {@code VrfRouteTarget},
 * {@code VrfInterface} and {@code StaticRoute} items of the running configuration, and SETs change
 * them only through the request's transaction; live columns and the route table are read from the
 * engine's {@code VrfView} and per-VRF RIBs, never copied. Every index is encoded by RFC 2578
 * section 7.7 with length-prefixed strings (nothing is IMPLIED), so VRFs sort by name length first.
 * RD and RT values read as the 8-octet RFC 4364 / RFC 4360 encoding; SETs accept those 8 octets or
 * text such as "65000:1".
 */
package org.l3vpnd.snmp.l3vpn;
