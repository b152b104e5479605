package org.l3vpnd.engine.bgp.wire;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * NOTIFICATION (RFC 4271 section 4.5): error code, subcode and data. The constants are the codes
 * this codec produces; values outside them are carried as received.
 */
public record BgpNotification(int code, int subcode, byte[] data) implements BgpMessage {
    public static final int MESSAGE_HEADER_ERROR = 1;
    public static final int OPEN_MESSAGE_ERROR = 2;
    public static final int UPDATE_MESSAGE_ERROR = 3;
    public static final int HOLD_TIMER_EXPIRED = 4;
    public static final int FSM_ERROR = 5;
    public static final int CEASE = 6;
    public static final int ROUTE_REFRESH_MESSAGE_ERROR = 7;

    // Message Header Error subcodes
    public static final int CONNECTION_NOT_SYNCHRONIZED = 1;
    public static final int BAD_MESSAGE_LENGTH = 2;
    public static final int BAD_MESSAGE_TYPE = 3;

    // OPEN Message Error subcodes
    public static final int UNSPECIFIC = 0;
    public static final int UNSUPPORTED_VERSION_NUMBER = 1;
    public static final int BAD_PEER_AS = 2;
    public static final int BAD_BGP_IDENTIFIER = 3;
    public static final int UNSUPPORTED_OPTIONAL_PARAMETER = 4;
    public static final int UNACCEPTABLE_HOLD_TIME = 6;
    public static final int UNSUPPORTED_CAPABILITY = 7;

    // UPDATE Message Error subcodes
    public static final int MALFORMED_ATTRIBUTE_LIST = 1;
    public static final int UNRECOGNIZED_WELL_KNOWN_ATTRIBUTE = 2;
    public static final int MISSING_WELL_KNOWN_ATTRIBUTE = 3;
    public static final int ATTRIBUTE_FLAGS_ERROR = 4;
    public static final int ATTRIBUTE_LENGTH_ERROR = 5;
    public static final int INVALID_ORIGIN_ATTRIBUTE = 6;
    public static final int INVALID_NEXT_HOP_ATTRIBUTE = 8;
    public static final int OPTIONAL_ATTRIBUTE_ERROR = 9;
    public static final int INVALID_NETWORK_FIELD = 10;
    public static final int MALFORMED_AS_PATH = 11;

    // ROUTE-REFRESH Message Error subcode (RFC 7313)
    public static final int INVALID_MESSAGE_LENGTH = 1;

    private static final byte[] NO_DATA = new byte[0];

    public BgpNotification {
        if (code < 0 || code > 0xff || subcode < 0 || subcode > 0xff) {
            throw new IllegalArgumentException("NOTIFICATION code/subcode out of range: " + code + "/" + subcode);
        }
        data = data == null || data.length == 0 ? NO_DATA : data.clone();
    }

    public static BgpNotification of(int code, int subcode) {
        return new BgpNotification(code, subcode, NO_DATA);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    byte[] dataUnsafe() {
        return data;
    }

    @Override
    public int type() {
        return TYPE_NOTIFICATION;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BgpNotification n && n.code == code && n.subcode == subcode && Arrays.equals(n.data, data);
    }

    @Override
    public int hashCode() {
        return (code * 256 + subcode) * 31 + Arrays.hashCode(data);
    }

    /** "3/11 data=..." — code/subcode first so logs grep the same way as RFC tables. */
    @Override
    public String toString() {
        return code + "/" + subcode + (data.length == 0 ? "" : " data=" + HexFormat.of().formatHex(data));
    }
}
