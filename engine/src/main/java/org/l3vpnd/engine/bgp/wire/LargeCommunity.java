package org.l3vpnd.engine.bgp.wire;

/** One RFC 8092 large community: three unsigned 32-bit fields. */
public record LargeCommunity(long globalAdministrator, long localData1, long localData2) {
    public LargeCommunity {
        if ((globalAdministrator | localData1 | localData2) >>> 32 != 0 || globalAdministrator < 0
                || localData1 < 0 || localData2 < 0) {
            throw new IllegalArgumentException("large community field outside 0..4294967295");
        }
    }

    @Override
    public String toString() {
        return globalAdministrator + ":" + localData1 + ":" + localData2;
    }
}
