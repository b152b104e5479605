package org.l3vpnd.engine.bgp.wire;

/**
 * Thrown inside the codecs for an error that the RFCs answer with a NOTIFICATION; the decoders
 * catch it and turn it into a {@link BgpDecodeError}, so it never leaves this package.
 */
final class WireException extends Exception {
    private final transient BgpNotification notification;

    WireException(BgpNotification notification, String reason) {
        super(reason, null, false, false);
        this.notification = notification;
    }

    BgpNotification notification() {
        return notification;
    }
}
