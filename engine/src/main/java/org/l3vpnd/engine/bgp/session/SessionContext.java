package org.l3vpnd.engine.bgp.session;

import org.l3vpnd.engine.loop.EngineLoop;

/**
 * What every peer FSM of one speaker shares: the loop, the transport, the RIB, the status board
 * and the current global settings. The mutable fields are engine loop only.
 */
final class SessionContext {
    final EngineLoop loop;
    final Transport transport;
    final SessionListener rib;
    final SpeakerTiming timing;
    final StatusBoard board;
    /** Engine loop only. */
    SpeakerSettings settings;
    /** Engine loop only. */
    RestartState restart = RestartState.NORMAL;

    SessionContext(EngineLoop loop, Transport transport, SessionListener rib, SpeakerTiming timing, StatusBoard board,
                   SpeakerSettings settings) {
        this.loop = loop;
        this.transport = transport;
        this.rib = rib;
        this.timing = timing;
        this.board = board;
        this.settings = settings;
    }

    long now() {
        return loop.clock().nowMillis();
    }
}
