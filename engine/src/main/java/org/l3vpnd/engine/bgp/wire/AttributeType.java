package org.l3vpnd.engine.bgp.wire;

/**
 * Path attribute type codes and flag bits (RFC 4271 section 4.3 and the RFCs that added types),
 * with the Optional/Transitive bits each recognized type must carry.
 */
final class AttributeType {
    static final int OPTIONAL = 0x80;
    static final int TRANSITIVE = 0x40;
    static final int PARTIAL = 0x20;
    static final int EXTENDED_LENGTH = 0x10;

    static final int ORIGIN = 1;
    static final int AS_PATH = 2;
    static final int NEXT_HOP = 3;
    static final int MULTI_EXIT_DISC = 4;
    static final int LOCAL_PREF = 5;
    static final int ATOMIC_AGGREGATE = 6;
    static final int AGGREGATOR = 7;
    static final int COMMUNITIES = 8;
    static final int ORIGINATOR_ID = 9;
    static final int CLUSTER_LIST = 10;
    static final int MP_REACH_NLRI = 14;
    static final int MP_UNREACH_NLRI = 15;
    static final int EXTENDED_COMMUNITIES = 16;
    static final int AS4_PATH = 17;
    static final int AS4_AGGREGATOR = 18;
    static final int LARGE_COMMUNITY = 32;

    private AttributeType() {}

    /**
     * The Optional and Transitive bits a recognized type must have, or -1 for types this codec
     * does not recognize.
     */
    static int expectedFlags(int type) {
        switch (type) {
            case ORIGIN:
            case AS_PATH:
            case NEXT_HOP:
            case LOCAL_PREF:
            case ATOMIC_AGGREGATE:
                return TRANSITIVE;
            case MULTI_EXIT_DISC:
            case ORIGINATOR_ID:
            case CLUSTER_LIST:
            case MP_REACH_NLRI:
            case MP_UNREACH_NLRI:
                return OPTIONAL;
            case AGGREGATOR:
            case COMMUNITIES:
            case EXTENDED_COMMUNITIES:
            case AS4_PATH:
            case AS4_AGGREGATOR:
            case LARGE_COMMUNITY:
                return OPTIONAL | TRANSITIVE;
            default:
                return -1;
        }
    }

    static boolean isRecognized(int type) {
        return expectedFlags(type) >= 0;
    }
}
