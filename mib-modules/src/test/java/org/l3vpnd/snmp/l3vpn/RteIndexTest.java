package org.l3vpnd.snmp.l3vpn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.rib.Route;
import org.l3vpnd.snmp.table.IndexBounds;
import org.snmp4j.PDU;

/** The route index: encode∘decode = identity, key order = OID order (the engine's comparator included). */
class RteIndexTest {

    private static final String[] NAMES = {"a", "b", "zz", "aaa", "vrf-ü", "x".repeat(31)};

    @Test
    void encodingRoundTripsAndOrdersLikeOids() {
        Random random = new Random(7);
        List<RteIndex.Key> keys = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            keys.add(randomKey(random));
        }
        for (RteIndex.Key k : keys) {
            int[] enc = encode(k);
            assertEquals(PDU.noError, IndexBounds.parse(RteIndex.CODEC.layout().cursor(), enc, 0, enc.length),
                    k::toString);
            RteIndex.Key back = RteIndex.CODEC.decode(enc, 0, enc.length);
            assertArrayEquals(enc, encode(back));
            assertEquals(0, RteIndex.ORDER.compare(k, back));
        }
        for (int i = 0; i + 1 < keys.size(); i++) {
            RteIndex.Key a = keys.get(i);
            RteIndex.Key b = keys.get(i + 1);
            assertEquals(Integer.signum(Arrays.compareUnsigned(encode(a), encode(b))),
                    Integer.signum(RteIndex.ORDER.compare(a, b)), () -> a + " vs " + b);
        }
    }

    @Test
    void knownEncoding() {
        RteIndex.Key k = new RteIndex.Key(VrfName.of("vrfA"),
                Route.probe(IpPrefix.parse("10.0.0.0/8"), null, IpAddress.parse("192.168.1.1")));
        assertArrayEquals(new int[] {4, 118, 114, 102, 65, 1, 4, 10, 0, 0, 0, 8, 2, 0, 0, 1, 4, 192, 168, 1, 1},
                encode(k));
    }

    private static int[] encode(RteIndex.Key k) {
        int[] buf = new int[128];
        return Arrays.copyOf(buf, RteIndex.CODEC.encode(k, buf, 0));
    }

    private static RteIndex.Key randomKey(Random r) {
        boolean v6 = r.nextInt(4) == 0;
        IpAddress a = v6 ? IpAddress.ofIpv6(r.nextInt(4) == 0 ? 0 : r.nextLong(), r.nextLong())
                : IpAddress.ofIpv4(r.nextInt(3) == 0 ? r.nextInt(4) << 24 : r.nextInt());
        IpPrefix p = IpPrefix.masked(a, r.nextInt(v6 ? 129 : 33));
        int[] policy = r.nextInt(3) == 0 ? new int[r.nextInt(4)] : null;
        if (policy != null) {
            for (int i = 0; i < policy.length; i++) {
                policy[i] = r.nextInt(3) - 1;
            }
        }
        IpAddress nh = switch (r.nextInt(3)) {
            case 0 -> null;
            case 1 -> IpAddress.ofIpv4(r.nextInt(4) - 2);
            default -> IpAddress.ofIpv6(r.nextLong(), r.nextInt(3));
        };
        return new RteIndex.Key(VrfName.of(NAMES[r.nextInt(NAMES.length)]), Route.probe(p, policy, nh));
    }
}
