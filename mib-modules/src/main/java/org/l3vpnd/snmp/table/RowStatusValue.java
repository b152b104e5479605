package org.l3vpnd.snmp.table;

/** The RowStatus values of RFC 2579. */
public final class RowStatusValue {
    public static final int ACTIVE = 1;
    public static final int NOT_IN_SERVICE = 2;
    public static final int NOT_READY = 3;
    public static final int CREATE_AND_GO = 4;
    public static final int CREATE_AND_WAIT = 5;
    public static final int DESTROY = 6;

    private RowStatusValue() {
    }
}
