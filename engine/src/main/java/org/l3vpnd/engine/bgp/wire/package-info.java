/**
 * BGP-4 wire formats over Netty {@link io.netty.buffer.ByteBuf}s: messages (RFC 4271), capabilities
 * (RFC 5492, 4760, 2918, 7313, 6793, 4724), path attributes, and NLRI for IPv4/IPv6 unicast,
 * labeled unicast (RFC 8277) and VPN-IPv4/VPN-IPv6 (RFC 4364, 4659).
 *
 * <p>Pipeline: {@link org.l3vpnd.engine.bgp.wire.BgpFrameDecoder} cuts and checks frames, {@link
 * org.l3vpnd.engine.bgp.wire.BgpMessageDecoder} decodes them with the session's {@link
 * org.l3vpnd.engine.bgp.wire.NegotiatedCapabilities} into {@link
 * org.l3vpnd.engine.bgp.wire.InboundEvent}s, {@link org.l3vpnd.engine.bgp.wire.BgpMessageEncoder}
 * writes messages, and {@link org.l3vpnd.engine.bgp.wire.UpdatePacker} packs routes into as few
 * UPDATEs as fit.
 *
 * <p>Invariants:
 * <ul>
 *   <li>Decoding an UPDATE never throws. It yields exactly one RFC 7606 outcome: OK,
 *       attribute-discard, treat-as-withdraw (listing every route the message carried, MP_REACH
 *       NLRI included) or session-reset with the NOTIFICATION to send. Header and OPEN errors
 *       likewise arrive as {@link org.l3vpnd.engine.bgp.wire.BgpDecodeError} events.</li>
 *   <li>Decoded values are immutable. {@link org.l3vpnd.engine.bgp.wire.PathAttributes} holds all
 *       attributes but the NLRI (the MP_REACH next hop included) in 4-octet AS form, with value
 *       equality, and is interned so that routes share one instance.</li>
 *   <li>Encoding is the inverse of decoding: decode(encode(m)) equals m for every valid m, on
 *       2-octet and 4-octet AS sessions alike.</li>
 *   <li>Codec classes are stateless; the Netty handlers belong to one channel's event loop.</li>
 * </ul>
 */
package org.l3vpnd.engine.bgp.wire;
