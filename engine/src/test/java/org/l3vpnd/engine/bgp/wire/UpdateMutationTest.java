package org.l3vpnd.engine.bgp.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.l3vpnd.engine.bgp.wire.UpdateOutcome.Action;

/**
 * Takes valid UPDATEs, damages them thousands of times (bits, bytes, length fields, attribute
 * flags, truncation, padding) and feeds them through the real pipeline stages. Every result must
 * be one of the RFC 7606 outcomes or a header error, never an exception, and every accepted
 * result must survive re-encoding unchanged.
 */
class UpdateMutationTest {
    private static final int ROUNDS = 20_000;
    private static final String[] GOLDEN = {"update-ipv4.hex", "update-vpnv4.hex", "update-vpnv6-6vpe.hex",
            "update-vpnv4-withdraw.hex", "update-labeled-ipv6.hex", "update-as4-from-old-peer.hex"};

    @ParameterizedTest(name = "4-octet AS {0}")
    @ValueSource(booleans = {true, false})
    void everyMutationYieldsAnRfc7606Outcome(boolean fourOctetAs) {
        NegotiatedCapabilities caps = NegotiatedCapabilities.allFamilies(fourOctetAs, false);
        List<byte[]> corpus = corpus(caps);
        Random r = new Random(fourOctetAs ? 7606 : 6793);
        Map<Action, Integer> seen = new EnumMap<>(Action.class);
        int headerErrors = 0;
        AttributeInterner interner = new AttributeInterner();
        EmbeddedChannel channel = null;
        for (int i = 0; i < ROUNDS; i++) {
            byte[] original = corpus.get(r.nextInt(corpus.size()));
            byte[] mutated = mutate(original, r);
            if (channel == null) {
                channel = new EmbeddedChannel(new BgpFrameDecoder(), new BgpMessageDecoder(interner));
                channel.pipeline().get(BgpMessageDecoder.class).capabilities(caps);
            }
            try {
                channel.writeInbound(Unpooled.wrappedBuffer(mutated));
                channel.checkException();
            } catch (RuntimeException e) {
                fail("round " + i + " threw for " + WireTestSupport.toHex(mutated), e);
            }
            for (Object event; (event = channel.readInbound()) != null; ) {
                if (event instanceof BgpDecodeError err) {
                    assertEquals(BgpNotification.MESSAGE_HEADER_ERROR, err.notification().code(), err.toString());
                    headerErrors++;
                    // The framer stops after a header error, as the session would close: start afresh.
                    channel.finishAndReleaseAll();
                    channel = null;
                    break;
                } else if (event instanceof UpdateOutcome outcome) {
                    check(outcome, caps, mutated);
                    seen.merge(outcome.action(), 1, Integer::sum);
                } else {
                    fail("unexpected event " + event);
                }
            }
            if (channel != null && channel.inboundMessages().isEmpty() && r.nextInt(50) == 0) {
                // A header length the mutation left too long keeps the framer waiting; flush it now and then.
                channel.finishAndReleaseAll();
                channel = null;
            }
        }
        // The mutations are strong enough to reach every approach, not only resets.
        for (Action a : Action.values()) {
            assertTrue(seen.getOrDefault(a, 0) > 100, "too few " + a + ": " + seen);
        }
        assertTrue(headerErrors > 100, "header errors: " + headerErrors);
    }

    @ParameterizedTest(name = "4-octet AS {0}")
    @ValueSource(booleans = {true, false})
    void randomBodiesNeverEscapeTheOutcomes(boolean fourOctetAs) {
        NegotiatedCapabilities caps = NegotiatedCapabilities.allFamilies(fourOctetAs, !fourOctetAs);
        Random r = new Random(4271);
        UpdateDecoder decoder = new UpdateDecoder(new AttributeInterner());
        for (int i = 0; i < 5_000; i++) {
            byte[] body = new byte[4 + r.nextInt(200)];
            r.nextBytes(body);
            // Plausible length fields make the garbage reach the attribute and NLRI parsers.
            int withdrawn = r.nextInt(8);
            body[0] = 0;
            body[1] = (byte) withdrawn;
            if (withdrawn + 4 <= body.length) {
                int attrs = body.length - withdrawn - 4 - r.nextInt(4);
                body[withdrawn + 2] = (byte) (Math.max(attrs, 0) >>> 8);
                body[withdrawn + 3] = (byte) Math.max(attrs, 0);
            }
            UpdateOutcome outcome = decoder.decode(Unpooled.wrappedBuffer(body), caps);
            check(outcome, caps, body);
        }
    }

    private static void check(UpdateOutcome outcome, NegotiatedCapabilities caps, byte[] wire) {
        Supplier<String> context = () -> outcome + " for " + WireTestSupport.toHex(wire);
        for (UpdateOutcome.AttributeError e : outcome.errors()) {
            assertFalse(e.reason().startsWith("unexpected"), context);
            assertTrue(e.action().compareTo(outcome.action()) <= 0, context);
        }
        switch (outcome.action()) {
            case OK -> assertTrue(outcome.errors().isEmpty(), context);
            case SESSION_RESET -> {
                BgpNotification n = ((UpdateOutcome.SessionReset) outcome).notification();
                assertEquals(BgpNotification.UPDATE_MESSAGE_ERROR, n.code(), context);
                assertTrue(List.of(1, 2, 9, 10).contains(n.subcode()), context);
            }
            default -> assertTrue(outcome.errors().stream().anyMatch(e -> e.action() == outcome.action()), context);
        }
        BgpUpdate accepted = outcome instanceof UpdateOutcome.Ok ok ? ok.update()
                : outcome instanceof UpdateOutcome.AttributeDiscard d ? d.update() : null;
        // On 2-octet sessions a damaged path can put confederation segments where RFC 6793 cannot
        // restore them, so re-encoding is only an identity on 4-octet sessions.
        if (accepted != null && caps.fourOctetAs()) {
            assertEquals(new UpdateOutcome.Ok(accepted), WireTestSupport.decode(WireTestSupport.encode(accepted, caps), caps),
                    context);
        }
    }

    private static List<byte[]> corpus(NegotiatedCapabilities caps) {
        List<byte[]> corpus = new ArrayList<>();
        for (String name : GOLDEN) {
            corpus.add(WireTestSupport.hexResource(name));
        }
        RandomWire random = new RandomWire(42, caps);
        for (int i = 0; i < 300; i++) {
            corpus.add(WireTestSupport.encode(random.update(), caps));
        }
        return corpus;
    }

    /** One to four damages, then (usually) a header length that matches the new size. */
    static byte[] mutate(byte[] original, Random r) {
        byte[] m = original.clone();
        for (int n = 1 + r.nextInt(4); n > 0; n--) {
            int body = m.length - 19;
            int at = 19 + (body > 0 ? r.nextInt(body) : 0);
            switch (r.nextInt(7)) {
                case 0 -> {
                    if (body > 0) {
                        m[at] ^= (byte) (1 << r.nextInt(8));
                    }
                }
                case 1 -> {
                    if (body > 0) {
                        m[at] = (byte) r.nextInt(256);
                    }
                }
                case 2 -> {
                    // a length field: withdrawn routes length, total path attribute length, or any
                    // attribute's length octet, moved a little
                    if (m.length < 23) {
                        break;
                    }
                    int field = r.nextBoolean() ? 20 : Math.min(m.length - 1, 22 + ((m[19] & 0xff) << 8 | (m[20] & 0xff)));
                    int target = r.nextBoolean() ? field : at;
                    if (target < m.length) {
                        m[target] = (byte) (m[target] + r.nextInt(9) - 4);
                    }
                }
                case 3 -> {
                    if (body > 0) {
                        m[at] ^= (byte) (0x10 << r.nextInt(4)); // flag bits of a would-be attribute header
                    }
                }
                case 4 -> m = Arrays.copyOf(m, Math.max(19, m.length - 1 - r.nextInt(8)));
                case 5 -> {
                    int old = m.length;
                    m = Arrays.copyOf(m, old + 1 + r.nextInt(8));
                    for (int i = old; i < m.length; i++) {
                        m[i] = (byte) r.nextInt(256);
                    }
                }
                default -> {
                    if (body > 0) {
                        m[at] = (byte) (r.nextBoolean() ? 0 : 0xff);
                    }
                }
            }
        }
        if (r.nextInt(10) != 0) {
            m[16] = (byte) (m.length >>> 8);
            m[17] = (byte) m.length;
        }
        return m;
    }
}
