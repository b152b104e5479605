/**
 * BGP sessions (RFC 4271 section 8): one finite state machine per configured peer, TCP connections
 * over Netty (NIO), the OPEN exchange and capability negotiation, connection collisions (6.8),
 * timers, graceful restart (RFC 4724, helper and restarting speaker) and the hand-over of
 * Established sessions to the RIB through {@link org.l3vpnd.engine.bgp.session.SessionListener}
 * and {@link org.l3vpnd.engine.bgp.session.PeerSession}. {@link org.l3vpnd.engine.bgp.session.BgpSpeaker}
 * is the façade.
 *
 * <p>Threads and invariants:
 * <ul>
 *   <li>All session state (FSM states, connections, ConnectRetry and Idle-hold timers, the
 *       Established session objects) is owned by the engine loop. Every state change and every
 *       {@code SessionListener} and {@code PeerStateListener} call happens there.</li>
 *   <li>Netty event-loop threads only frame, decode and encode messages, count them, send
 *       KEEPALIVEs and watch the hold timer (whose expiry they answer with NOTIFICATION 4/0 before
 *       telling the engine loop), so a busy engine loop cannot make a session time out. They hand
 *       every inbound event to the engine loop with {@code EngineLoop.execute}; nothing waits on a
 *       socket. Accepted connections read nothing until the engine loop has matched them to a
 *       peer.</li>
 *   <li>Management threads read {@link org.l3vpnd.engine.bgp.session.PeerStatus} snapshots that the
 *       engine loop publishes, combined with atomic counters; they never touch FSM state.</li>
 *   <li>A peer has at most one outgoing and one incoming connection; at most one connection is
 *       ever Established, and a {@code PeerSession} is never reused after {@code down}: the RIB
 *       hears {@code established}, then updates, then exactly one {@code down}.</li>
 *   <li>Graceful restart keeps a peer's routes ({@code down(session, true)}) only when both OPENs
 *       carried the capability, the peer listed at least one family, and the session ended
 *       without an orderly NOTIFICATION: transport lost, hold timer expired, or the peer
 *       reconnected while its old session stood (RFC 4724 without the RFC 8538 N bit).</li>
 *   <li>Configuration arrives as {@code ConfigDelta}s; each commit is applied on the engine loop as
 *       one diff, so many changed fields of one peer cause at most one reset.</li>
 * </ul>
 */
package org.l3vpnd.engine.bgp.session;
