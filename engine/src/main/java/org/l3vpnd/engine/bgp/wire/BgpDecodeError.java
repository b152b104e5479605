package org.l3vpnd.engine.bgp.wire;

import java.util.Objects;

/**
 * A decode failure that ends the session: the session handler sends {@code notification} and
 * closes. {@code reason} is for the log only.
 */
public record BgpDecodeError(BgpNotification notification, String reason) implements InboundEvent {
    public BgpDecodeError {
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(reason, "reason");
    }
}
