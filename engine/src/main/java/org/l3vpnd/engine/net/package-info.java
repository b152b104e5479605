/**
 * Compact immutable value types for addresses and VPN identifiers: {@link
 * org.l3vpnd.engine.net.IpAddress}, {@link org.l3vpnd.engine.net.IpPrefix}, {@link
 * org.l3vpnd.engine.net.RouteDistinguisher}, {@link org.l3vpnd.engine.net.RouteTarget}, {@link
 * org.l3vpnd.engine.net.SiteOfOrigin}, {@link org.l3vpnd.engine.net.ExtendedCommunity}, {@link
 * org.l3vpnd.engine.net.AfiSafi} and the {@link org.l3vpnd.engine.net.MplsLabel} helpers.
 *
 * <p>Invariants: every type is immutable and safe to share between threads; equal values are
 * {@code equals} with equal hash codes, and {@code compareTo} agrees with {@code equals}. Values are
 * validated on construction (an {@code IpPrefix} never has host bits set; an RD or RT never has an
 * unknown type), so holders never re-check them. Text forms round-trip: {@code parse(x.toString())}
 * equals {@code x}; binary forms likewise through {@code fromBytes(x.toBytes())}. Errors are
 * {@link java.lang.IllegalArgumentException}s whose messages name the offending text and field.
 *
 * <p>This package depends on nothing but the JDK: no Netty, SNMP, H2 or Jetty, so every module and
 * every thread can use it.
 */
package org.l3vpnd.engine.net;
