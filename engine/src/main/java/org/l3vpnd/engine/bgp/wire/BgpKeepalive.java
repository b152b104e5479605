package org.l3vpnd.engine.bgp.wire;

/** KEEPALIVE: a bare header (RFC 4271 section 4.4). */
public record BgpKeepalive() implements BgpMessage {
    public static final BgpKeepalive INSTANCE = new BgpKeepalive();

    @Override
    public int type() {
        return TYPE_KEEPALIVE;
    }
}
