package org.l3vpnd.engine.bgp.wire;

/**
 * What the inbound codec chain hands to the session handler: a decoded message, the outcome of
 * decoding an UPDATE (which may itself call for a session reset), or a fatal decode error. Sealed
 * so that the handler's dispatch covers every case.
 */
public sealed interface InboundEvent permits BgpMessage, UpdateOutcome, BgpDecodeError {
}
