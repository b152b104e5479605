package org.l3vpnd.engine.bgp.wire;

/** ORIGIN attribute values (RFC 4271 section 5.1.1), in preference order. */
public enum Origin {
    IGP, EGP, INCOMPLETE;

    public int code() {
        return ordinal();
    }

    /** Null for undefined codes, which the UPDATE decoder treats as malformed. */
    public static Origin fromCode(int code) {
        return code >= 0 && code <= 2 ? values()[code] : null;
    }
}
