package org.l3vpnd.engine.bgp.session;

import org.l3vpnd.engine.bgp.wire.BgpNotification;

/**
 * Why a connection ended, as the peer FSM needs to know it: the NOTIFICATION sent or received
 * (null if none), a reason for people, and how it counts. Immutable.
 *
 * @param graceful whether graceful restart may keep the peer's routes (RFC 4724 without the N bit:
 *                 the transport was lost or the hold timer expired, not an orderly NOTIFICATION)
 * @param failure  whether it counts towards Idle-hold damping
 * @param quiet    a collision loser or a replaced connection: not reported as the peer's last error
 */
record Ending(BgpNotification notification, boolean sent, String reason, boolean graceful, boolean failure,
              boolean quiet) {
    static final int CEASE_ADMIN_SHUTDOWN = 2;
    static final int CEASE_PEER_DECONFIGURED = 3;
    static final int CEASE_CONNECTION_REJECTED = 5;
    static final int CEASE_OTHER_CONFIGURATION_CHANGE = 6;
    static final int CEASE_COLLISION_RESOLUTION = 7;

    /** An error we detected and answer with {@code n}. */
    static Ending error(BgpNotification n, String reason) {
        return new Ending(n, true, reason, false, true, false);
    }

    static Ending received(BgpNotification n) {
        return new Ending(n, false, name(n), false, true, false);
    }

    static Ending transportLost(String reason) {
        return new Ending(null, false, reason, true, true, false);
    }

    static Ending holdTimerExpired() {
        return new Ending(BgpNotification.of(BgpNotification.HOLD_TIMER_EXPIRED, 0), true, "hold timer expired",
                true, true, false);
    }

    /** An operator or configuration action: Cease with {@code subcode}, no damping. */
    static Ending cease(int subcode, String reason) {
        return new Ending(BgpNotification.of(BgpNotification.CEASE, subcode), true, reason, false, false, false);
    }

    static Ending collision(String reason) {
        return new Ending(BgpNotification.of(BgpNotification.CEASE, CEASE_COLLISION_RESOLUTION), true, reason, false,
                false, true);
    }

    /**
     * The peer closed a connection that was not Established with Cease 6/7: it resolved a
     * collision. Quiet, but it counts towards damping, so that a peer that keeps refusing us as
     * "already established" is not retried at once.
     */
    static Ending collisionLost(BgpNotification n) {
        return new Ending(n, false, name(n), false, true, true);
    }

    static boolean isCollision(BgpNotification n) {
        return n.code() == BgpNotification.CEASE && n.subcode() == CEASE_COLLISION_RESOLUTION;
    }

    /** The peer refused the connection or closed it as a collision loser (6/5, 6/7). */
    boolean refusedByPeer() {
        return !sent && notification != null && notification.code() == BgpNotification.CEASE
                && (notification.subcode() == CEASE_CONNECTION_REJECTED
                        || notification.subcode() == CEASE_COLLISION_RESOLUTION);
    }

    /** An outgoing attempt given up for a fresh one (ConnectRetry expired while connecting). */
    static Ending abandoned() {
        return new Ending(null, false, "connect attempt abandoned", false, false, true);
    }

    /** The peer restarted: its new connection replaces this one, whose routes GR keeps. */
    static Ending replaced() {
        return new Ending(null, false, "replaced by a new connection from the peer", true, false, true);
    }

    /** A short name of a NOTIFICATION's error (RFC 4271 6, RFC 4486, RFC 6608, RFC 7313). */
    static String name(BgpNotification n) {
        String[] codes = {"", "message header error", "OPEN message error", "UPDATE message error",
            "hold timer expired", "finite state machine error", "cease", "ROUTE-REFRESH message error"};
        String[] cease = {"", "maximum number of prefixes reached", "administrative shutdown", "peer de-configured",
            "administrative reset", "connection rejected", "other configuration change",
            "connection collision resolution", "out of resources", "hard reset", "BFD down"};
        String text = n.code() < codes.length ? codes[n.code()] : "error " + n.code();
        if (n.code() == BgpNotification.CEASE && n.subcode() > 0 && n.subcode() < cease.length) {
            text = cease[n.subcode()];
        }
        if (n.code() == BgpNotification.CEASE && (n.subcode() == CEASE_ADMIN_SHUTDOWN || n.subcode() == 4)) {
            String message = shutdownCommunication(n.data());
            text = message.isEmpty() ? text : text + ": " + message;
        }
        return text;
    }

    /** RFC 9003: a length octet and UTF-8 text after administrative shutdown and reset. */
    private static String shutdownCommunication(byte[] data) {
        if (data.length == 0 || (data[0] & 0xff) != data.length - 1) {
            return "";
        }
        return new String(data, 1, data.length - 1, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** "sent 6/2 (administrative shutdown)" style text for the status view and the log. */
    String describe() {
        if (notification == null) {
            return reason;
        }
        return (sent ? "sent " : "received ") + notification.code() + "/" + notification.subcode() + " (" + reason + ")";
    }
}
