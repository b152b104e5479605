package org.l3vpnd.engine.bgp.session;

import java.time.Duration;

/**
 * Timings that RFC 4271 leaves to the implementation. Immutable.
 *
 * @param idleHoldBase    how long a peer stays Idle after its first failed session; doubled for
 *                        each further failure in a row (DampPeerOscillations, RFC 4271 8.1.1)
 * @param idleHoldMax     the ceiling of that doubling
 * @param stableAfter     a session Established this long clears the failure count
 * @param openHoldSeconds the hold timer while waiting for the peer's OPEN (RFC 4271 suggests 4 min)
 * @param connectTimeout  how long one outgoing TCP connection attempt may take
 */
public record SpeakerTiming(Duration idleHoldBase, Duration idleHoldMax, Duration stableAfter, int openHoldSeconds,
                            Duration connectTimeout) {
    public static final SpeakerTiming DEFAULT = new SpeakerTiming(Duration.ofSeconds(5), Duration.ofSeconds(120),
            Duration.ofSeconds(60), 240, Duration.ofSeconds(10));

    public SpeakerTiming {
        if (idleHoldBase.isNegative() || idleHoldMax.compareTo(idleHoldBase) < 0 || openHoldSeconds < 3) {
            throw new IllegalArgumentException("inconsistent speaker timing");
        }
    }

    /** The Idle hold after {@code failures} failed sessions in a row (0 = none). */
    Duration idleHold(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        long millis = idleHoldBase.toMillis() << Math.min(failures - 1, 20);
        return Duration.ofMillis(Math.min(millis, idleHoldMax.toMillis()));
    }
}
