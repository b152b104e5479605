package org.l3vpnd.engine.bgp.session;

import org.l3vpnd.engine.bgp.wire.UpdateOutcome;
import org.l3vpnd.engine.net.AfiSafi;

/**
 * What the speaker tells the RIB about sessions. Implemented by the RIB; every call on the engine
 * loop, in session order: {@code established}, then any number of {@code update} and
 * {@code routeRefreshRequested}, then exactly one {@code down}.
 */
public interface SessionListener {
    void established(PeerSession session);

    /**
     * A decoded UPDATE that did not reset the session: {@link UpdateOutcome.Ok},
     * {@link UpdateOutcome.AttributeDiscard} or {@link UpdateOutcome.TreatAsWithdraw} (session
     * resets are handled by the speaker and end in {@link #down}). End-of-RIB markers arrive here
     * too ({@link org.l3vpnd.engine.bgp.wire.BgpUpdate#isEndOfRib()}).
     */
    void update(PeerSession session, UpdateOutcome outcome);

    /**
     * The peer asked for our routes of {@code family} again: {@code subtype} 0 = normal (RFC 2918),
     * 1 = BoRR, 2 = EoRR (RFC 7313; these mark the peer re-sending its own routes to us).
     */
    void routeRefreshRequested(PeerSession session, AfiSafi family, int subtype);

    /**
     * The session left Established. {@code retainRoutes} = graceful-restart helper mode: keep the
     * peer's routes as stale until restart time / EoR.
     */
    void down(PeerSession session, boolean retainRoutes);
}
