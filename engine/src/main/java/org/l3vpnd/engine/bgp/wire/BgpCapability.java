package org.l3vpnd.engine.bgp.wire;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A capability advertised in OPEN (RFC 5492). Codes this router acts on have their own record;
 * any other is kept as {@link Opaque} so it can be logged and, if needed, reported as unsupported.
 */
public sealed interface BgpCapability {
    int MULTIPROTOCOL = 1;
    int ROUTE_REFRESH = 2;
    int GRACEFUL_RESTART = 64;
    int FOUR_OCTET_AS = 65;
    int ENHANCED_ROUTE_REFRESH = 70;

    int code();

    /** Multiprotocol extensions (RFC 4760): one AFI/SAFI pair, codes kept raw so unknown pairs survive. */
    record Multiprotocol(int afi, int safi) implements BgpCapability {
        public Multiprotocol {
            if (afi < 0 || afi > 0xffff || safi < 0 || safi > 0xff) {
                throw new IllegalArgumentException("AFI/SAFI out of range: " + afi + "/" + safi);
            }
        }

        @Override
        public int code() {
            return MULTIPROTOCOL;
        }
    }

    /** Route refresh (RFC 2918). */
    record RouteRefresh() implements BgpCapability {
        @Override
        public int code() {
            return ROUTE_REFRESH;
        }
    }

    /** Enhanced route refresh (RFC 7313). */
    record EnhancedRouteRefresh() implements BgpCapability {
        @Override
        public int code() {
            return ENHANCED_ROUTE_REFRESH;
        }
    }

    /** Support for 4-octet AS numbers (RFC 6793), carrying the speaker's real AS. */
    record FourOctetAs(long as) implements BgpCapability {
        public FourOctetAs {
            if (as < 0 || as > 0xffffffffL) {
                throw new IllegalArgumentException("AS " + as + " is outside 0..4294967295");
            }
        }

        @Override
        public int code() {
            return FOUR_OCTET_AS;
        }
    }

    /**
     * Graceful restart (RFC 4724): the restart flags (R = 0x8, and N = 0x4 from RFC 8538), the
     * restart time in seconds (12 bits) and, per AFI/SAFI, whether forwarding state was kept.
     */
    record GracefulRestart(int restartFlags, int restartTimeSeconds, List<Family> families) implements BgpCapability {
        public static final int FLAG_RESTARTING = 0x8;
        public static final int FLAG_NOTIFICATION = 0x4;

        public GracefulRestart {
            if (restartFlags < 0 || restartFlags > 0xf || restartTimeSeconds < 0 || restartTimeSeconds > 0xfff) {
                throw new IllegalArgumentException(
                        "graceful restart flags " + restartFlags + " / time " + restartTimeSeconds + " out of range");
            }
            families = List.copyOf(families);
        }

        public boolean restarting() {
            return (restartFlags & FLAG_RESTARTING) != 0;
        }

        @Override
        public int code() {
            return GRACEFUL_RESTART;
        }

        /** One AFI/SAFI of the capability; bit 0x80 of the flags is "forwarding state preserved". */
        public record Family(int afi, int safi, int flags) {
            public static final int FLAG_FORWARDING_PRESERVED = 0x80;

            public Family {
                if (afi < 0 || afi > 0xffff || safi < 0 || safi > 0xff || flags < 0 || flags > 0xff) {
                    throw new IllegalArgumentException("graceful restart family out of range");
                }
            }

            public boolean forwardingPreserved() {
                return (flags & FLAG_FORWARDING_PRESERVED) != 0;
            }
        }
    }

    /** A capability this codec does not interpret, kept byte for byte. */
    record Opaque(int code, byte[] value) implements BgpCapability {
        public Opaque {
            if (code < 0 || code > 0xff || value.length > 0xff) {
                throw new IllegalArgumentException("capability code " + code + " or length " + value.length + " out of range");
            }
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        int valueLength() {
            return value.length;
        }

        byte[] valueUnsafe() {
            return value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Opaque x && x.code == code && Arrays.equals(x.value, value);
        }

        @Override
        public int hashCode() {
            return code * 31 + Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "Opaque[code=" + code + ", value=" + HexFormat.of().formatHex(value) + "]";
        }
    }
}
