package org.l3vpnd.engine.bgp.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.l3vpnd.engine.bgp.wire.WireTestSupport.decode;
import static org.l3vpnd.engine.bgp.wire.WireTestSupport.encode;

import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** encode then decode is the identity, over random messages from fixed seeds. */
class WireRoundTripTest {

    @ParameterizedTest(name = "4-octet AS {0}, external {1}")
    @CsvSource({"true, false", "true, true", "false, true", "false, false"})
    void updates(boolean fourOctetAs, boolean external) {
        NegotiatedCapabilities caps = NegotiatedCapabilities.allFamilies(fourOctetAs, external);
        RandomWire random = new RandomWire(7606 + (fourOctetAs ? 1 : 0) + (external ? 2 : 0), caps);
        for (int i = 0; i < 5_000; i++) {
            BgpUpdate u = random.update();
            byte[] wire = encode(u, caps);
            int iteration = i;
            assertEquals(new UpdateOutcome.Ok(u), decode(wire, caps), () -> "iteration " + iteration + ": " + u);
        }
    }

    @Test
    void opens() {
        Random r = new Random(5492);
        for (int i = 0; i < 2_000; i++) {
            List<BgpCapability> caps = new ArrayList<>();
            for (int n = r.nextInt(40); n > 0; n--) {
                caps.add(switch (r.nextInt(6)) {
                    case 0 -> new BgpCapability.Multiprotocol(r.nextInt(65536), r.nextInt(256));
                    case 1 -> new BgpCapability.RouteRefresh();
                    case 2 -> new BgpCapability.EnhancedRouteRefresh();
                    case 3 -> new BgpCapability.FourOctetAs(r.nextInt() & 0xffffffffL);
                    case 4 -> new BgpCapability.GracefulRestart(r.nextInt(16), r.nextInt(4096), List.of(
                            new BgpCapability.GracefulRestart.Family(1, 128, r.nextInt(256))));
                    default -> {
                        byte[] v = new byte[r.nextInt(20)];
                        r.nextBytes(v);
                        yield new BgpCapability.Opaque(128 + r.nextInt(128), v);
                    }
                });
            }
            // Forty capabilities can exceed 255 octets, exercising the RFC 9072 extended form.
            BgpOpen open = new BgpOpen(4, r.nextInt(65536), r.nextInt(65536), r.nextInt(), caps);
            assertEquals(open, decode(encode(open, NegotiatedCapabilities.BEFORE_OPEN), NegotiatedCapabilities.BEFORE_OPEN));
        }
    }

    @Test
    void notificationsAndRouteRefreshes() {
        Random r = new Random(4271);
        NegotiatedCapabilities caps = NegotiatedCapabilities.BEFORE_OPEN;
        for (int i = 0; i < 1_000; i++) {
            byte[] data = new byte[r.nextInt(64)];
            r.nextBytes(data);
            BgpNotification n = new BgpNotification(r.nextInt(256), r.nextInt(256), data);
            assertEquals(n, decode(encode(n, caps), caps));
            BgpRouteRefresh rr = new BgpRouteRefresh(r.nextInt(65536), r.nextInt(256), r.nextInt(3));
            assertEquals(rr, decode(encode(rr, caps), caps));
        }
    }

    @Test
    void equalAttributeSetsAreSharedAfterDecoding() {
        NegotiatedCapabilities caps = WireTestSupport.ibgp4();
        RandomWire random = new RandomWire(1, caps);
        PathAttributes attrs = random.attributes(null);
        AttributeInterner interner = new AttributeInterner();
        UpdateDecoder decoder = new UpdateDecoder(interner);
        PathAttributes first = null;
        for (int i = 0; i < 100; i++) {
            BgpUpdate u = new BgpUpdate(List.of(), attrs, random.ipv4Prefixes(3), null, null);
            byte[] wire = encode(u, caps);
            UpdateOutcome.Ok ok = (UpdateOutcome.Ok) decoder.decode(
                    Unpooled.wrappedBuffer(wire, 19, wire.length - 19), caps);
            if (first == null) {
                first = ok.update().attributes();
            }
            assertSame(first, ok.update().attributes());
        }
        assertEquals(1, interner.size());
    }
}
