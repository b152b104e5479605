/**
 * BGP sessions (RFC 4271 section 8): one finite state machine per configured peer, TCP connections
 * over Netty, the OPEN exchange and capability negotiation, connection collisions (6.8), timers,
 * graceful restart (RFC 4724, helper and restarting speaker) and the hand-over of Established
 * sessions to the RIB through {@link org.l3vpnd.engine.bgp.session.SessionListener} and
 * {@link org.l3vpnd.engine.bgp.session.PeerSession}. {@link org.l3vpnd.engine.bgp.session.BgpSpeaker}
 * is the façade.
 *
 * <p>Threads and invariants:
 * <ul>
 *   <li>All session state (FSM states, connections, ConnectRetry and idle-hold timers, the
 *       established session objects) is owned by the engine loop. Every state change and every
 *       {@code SessionListener} call happens there.</li>
 *   <li>Netty event-loop threads only frame, decode and encode messages, count them, send
 *       KEEPALIVEs and watch the hold timer (whose expiry they answer with NOTIFICATION 4/0 before
 *       telling the engine loop). They hand every inbound event to the engine loop with
 *       {@code EngineLoop.execute}; nothing waits on a socket.</li>
 *   <li>Management threads read {@link org.l3vpnd.engine.bgp.session.PeerStatus} snapshots published
 *       by the engine loop plus atomic counters; they never touch FSM state.</li>
 *   <li>A peer has at most one outgoing and one incoming connection; at most one of them is ever
 *       Established, and a session object is never reused after {@code down}.</li>
 *   <li>Configuration arrives as {@code ConfigDelta}s; each commit is applied on the engine loop as
 *       one reconciliation, so many changed fields of one peer cause one reset.</li>
 * </ul>
 */
package org.l3vpnd.engine.bgp.session;
