package org.l3vpnd.engine.bgp.session;

import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.SettingNames;
import org.l3vpnd.engine.net.IpAddress;

/**
 * The global BGP settings a session needs, read from one configuration snapshot. Immutable.
 * Values that do not parse fall back to the defaults, since the config validator (not this class)
 * is where bad input is refused.
 *
 * @param keepalive -1 = a third of the hold time
 */
record SpeakerSettings(long localAs, int routerId, boolean adminUp, int holdTime, int keepalive, int connectRetry,
                       boolean gracefulRestart, int restartTime) {
    static final int DEFAULT_HOLD = 90;
    static final int DEFAULT_CONNECT_RETRY = 120;
    static final int DEFAULT_RESTART_TIME = 120;

    static SpeakerSettings from(RunningConfig c) {
        return new SpeakerSettings(
                number(c, SettingNames.BGP_LOCAL_AS, 0),
                routerId(c.setting(SettingNames.BGP_ROUTER_ID, "0.0.0.0")),
                !"down".equalsIgnoreCase(c.setting(SettingNames.BGP_ADMIN_STATUS, "up").trim()),
                (int) number(c, SettingNames.BGP_HOLD_TIME, DEFAULT_HOLD),
                (int) number(c, SettingNames.BGP_KEEPALIVE, -1),
                (int) number(c, SettingNames.BGP_CONNECT_RETRY, DEFAULT_CONNECT_RETRY),
                Boolean.parseBoolean(c.setting(SettingNames.BGP_GR_ENABLE, "false").trim()),
                (int) Math.min(0xfff, number(c, SettingNames.BGP_GR_RESTART_TIME, DEFAULT_RESTART_TIME)));
    }

    /** Whether peers can run at all: an AS and a router ID are set and BGP is administratively up. */
    boolean runnable() {
        return adminUp && localAs > 0 && routerId != 0;
    }

    /** Whether a change from {@code before} to this must reset running sessions (their OPEN changes). */
    boolean resetsSessions(SpeakerSettings before) {
        return localAs != before.localAs || routerId != before.routerId
                || gracefulRestart != before.gracefulRestart || restartTime != before.restartTime;
    }

    /** The hold time we offer this peer: its own, else the global one; 1 and 2 are raised to 3. */
    int holdTimeFor(BgpPeer peer) {
        int hold = peer.holdTime() >= 0 ? peer.holdTime() : holdTime;
        return hold == 0 ? 0 : Math.min(0xffff, Math.max(3, hold));
    }

    /** The keepalive interval for a negotiated hold time: the configured one, but at most a third. */
    int keepaliveFor(BgpPeer peer, int negotiatedHold) {
        if (negotiatedHold == 0) {
            return 0;
        }
        int configured = peer.keepalive() >= 0 ? peer.keepalive() : keepalive;
        int third = Math.max(1, negotiatedHold / 3);
        return configured > 0 ? Math.min(configured, third) : third;
    }

    int connectRetryFor(BgpPeer peer) {
        return Math.max(1, peer.connectRetry() > 0 ? peer.connectRetry() : connectRetry);
    }

    boolean external(BgpPeer peer) {
        return peer.remoteAs() != localAs;
    }

    private static long number(RunningConfig c, String name, long fallback) {
        try {
            return Long.parseLong(c.setting(name, Long.toString(fallback)).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static int routerId(String text) {
        try {
            IpAddress a = IpAddress.parse(text.trim());
            return a.isIpv6() ? 0 : a.ipv4();
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
