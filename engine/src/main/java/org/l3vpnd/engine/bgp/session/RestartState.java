package org.l3vpnd.engine.bgp.session;

/**
 * Whether this speaker is within the restart window after its own restart (RFC 4724 restarting
 * speaker): while it is, OPENs carry the R bit and, if forwarding state survived, the F bit per
 * family. An immutable value; the speaker swaps it.
 */
record RestartState(boolean restarting, boolean forwardingPreserved) {
    static final RestartState NORMAL = new RestartState(false, false);
}
