package org.l3vpnd.engine.bgp.rib;

import java.util.Objects;

import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.SettingNames;
import org.l3vpnd.engine.net.IpAddress;

/**
 * The global values the RIB's rules depend on. Immutable.
 *
 * @param localAs              our AS (4-octet value)
 * @param routerId             our BGP identifier; the next hop of local routes before next-hop-self
 * @param clusterId            the RFC 4456 cluster ID; the router ID unless configured
 * @param restartTimeSeconds   how long a gracefully restarting peer's routes are kept when its
 *                             OPEN did not say (RFC 4724 restart time)
 * @param stalePathTimeSeconds how long stale routes survive once the peer is back, waiting for its
 *                             End-of-RIB
 * @param ebgpMraiSeconds      MinRouteAdvertisementInterval for external peers without their own
 *                             (RFC 4271 10 suggests 30 s)
 * @param ibgpMraiSeconds      the same for internal peers. 0, not the RFC's suggested 5 s: a route
 *                             reflector should pass changes on at once, the batching per engine
 *                             task already packs bursts into few UPDATEs
 */
public record BgpRibSettings(long localAs, IpAddress routerId, IpAddress clusterId, int restartTimeSeconds,
                             int stalePathTimeSeconds, int ebgpMraiSeconds, int ibgpMraiSeconds) {
    public static final int DEFAULT_RESTART_TIME = 120;
    public static final int DEFAULT_STALE_PATH_TIME = 360;
    public static final int DEFAULT_EBGP_MRAI = 30;
    public static final int DEFAULT_IBGP_MRAI = 0;

    public BgpRibSettings {
        Objects.requireNonNull(routerId, "routerId");
        if (routerId.isIpv6()) {
            throw new IllegalArgumentException("a BGP identifier is an IPv4-format address");
        }
        if (clusterId == null || clusterId.isZero()) {
            clusterId = routerId;
        }
        if (localAs < 0 || localAs > 0xffffffffL) {
            throw new IllegalArgumentException("AS " + localAs + " out of range");
        }
    }

    public static BgpRibSettings of(long localAs, IpAddress routerId) {
        return new BgpRibSettings(localAs, routerId, null, DEFAULT_RESTART_TIME, DEFAULT_STALE_PATH_TIME,
                DEFAULT_EBGP_MRAI, DEFAULT_IBGP_MRAI);
    }

    /** Reads the BGP_* settings; absent or unreadable values take the defaults (AS 0, router ID 0.0.0.0). */
    public static BgpRibSettings from(RunningConfig config) {
        long as = parseLong(config.setting(SettingNames.BGP_LOCAL_AS, "0"), 0);
        IpAddress id = parseAddress(config.setting(SettingNames.BGP_ROUTER_ID, "0.0.0.0"));
        IpAddress cluster = parseAddress(config.setting(SettingNames.BGP_CLUSTER_ID, "0.0.0.0"));
        int restart = (int) parseLong(config.setting(SettingNames.BGP_GR_RESTART_TIME, ""), DEFAULT_RESTART_TIME);
        return new BgpRibSettings(as, id, cluster, restart, DEFAULT_STALE_PATH_TIME, DEFAULT_EBGP_MRAI,
                DEFAULT_IBGP_MRAI);
    }

    /** The router ID as an unsigned 32-bit value. */
    long routerIdValue() {
        return routerId.ipv4() & 0xffffffffL;
    }

    int clusterIdValue() {
        return clusterId.ipv4();
    }

    private static long parseLong(String text, long fallback) {
        try {
            long v = Long.parseLong(text.trim());
            return v < 0 || v > 0xffffffffL ? fallback : v;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static IpAddress parseAddress(String text) {
        try {
            IpAddress a = IpAddress.parse(text.trim());
            return a.isIpv6() ? IpAddress.ofIpv4(0) : a;
        } catch (IllegalArgumentException e) {
            return IpAddress.ofIpv4(0);
        }
    }
}
