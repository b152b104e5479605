package org.l3vpnd.engine.bgp.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.l3vpnd.engine.net.AfiSafi.VPNV4;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.bgp.wire.AsPath;
import org.l3vpnd.engine.bgp.wire.MpNextHop;
import org.l3vpnd.engine.bgp.wire.Nlri;
import org.l3vpnd.engine.bgp.wire.Origin;
import org.l3vpnd.engine.bgp.wire.PathAttributes;
import org.l3vpnd.engine.bgp.wire.PathAttributesBuilder;
import org.l3vpnd.engine.bgp.wire.UpdatePacker;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.net.RouteDistinguisher;

/**
 * Back-pressure: writes beyond the channel's high-water mark make {@link PeerSession#send} say
 * stop, and {@link PeerSession#onWritable} runs once the queue has drained to the peer. (Whether
 * the queue drains before the peer reads depends on the kernel's socket buffers, so the test only
 * asserts the order stop, then writable.) A dead session refuses and releases what it is given.
 */
class FlowControlTest {
    private static final String SPEAKER = "127.0.0.4";
    private static final String PEER = "127.0.0.5";

    private SpeakerNode node;

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void sendSaysStopPastTheHighWaterMarkAndWritableFiresOnceDrained() throws Exception {
        node = new SpeakerNode("s", SPEAKER, 65000, "10.0.0.4", false);
        AtomicInteger sentBeforeStop = new AtomicInteger();
        AtomicInteger writable = new AtomicInteger();
        node.rib.onEstablished = session -> {
            List<ByteBuf> batch = batch(session);
            int sent = 0;
            boolean more = true;
            while (more && sent < 1_000_000) {
                for (ByteBuf m : batch) {
                    more &= session.send(m.retainedDuplicate());
                    sent++;
                }
            }
            batch.forEach(ByteBuf::release);
            sentBeforeStop.set(more ? -1 : sent);
            session.onWritable(writable::incrementAndGet);
        };
        node.commit(PeerConfig.to(PEER, 65001, 179).families(VPNV4).passive().build());
        node.awaitState(PEER, FsmState.ACTIVE);
        try (RawPeer peer = RawPeer.connect(PEER, SPEAKER, node.port())) {
            peer.establish(RawPeer.open(65001, 90, "10.9.9.9", List.of(VPNV4)));
            Await.until(SpeakerNode.WAIT, "the speaker to fill the connection", () -> sentBeforeStop.get() != 0);
            assertTrue(sentBeforeStop.get() > 0, "send never said stop");
            Thread drain = new Thread(() -> {
                try {
                    while (true) {
                        peer.read();
                    }
                } catch (IOException e) {
                    // closed at the end of the test
                }
            }, "drain");
            drain.setDaemon(true);
            drain.start();
            Await.until(SpeakerNode.WAIT, "onWritable after the peer read", () -> writable.get() > 0);
        }
        Await.until(SpeakerNode.WAIT, "the session to end", () -> node.rib.count(RecordingRib.Down.class) == 1);
        assertEquals(1, writable.get(), "an onWritable task runs once");
        PeerSession dead = node.session(PEER);
        ByteBuf late = Unpooled.buffer(19).writeZero(19);
        assertFalse(node.loop.call(() -> dead.send(late)));
        assertEquals(0, late.refCnt(), "a refused message is released");
        node.assertNoViolations();
    }

    /** Four or so full UPDATEs, to be sent again and again. */
    private static List<ByteBuf> batch(PeerSession session) {
        PathAttributes attrs = new PathAttributesBuilder().origin(Origin.IGP).asPath(AsPath.sequence(65000))
                .mpNextHop(MpNextHop.of(IpAddress.parse("192.0.2.1"))).build();
        List<Nlri> routes = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            routes.add(new Nlri.Vpn(RouteDistinguisher.ofAs2(65000, 1), IpPrefix.ofIpv4(0x0a000000 | i << 8, 24), 100));
        }
        return new UpdatePacker(session.capabilities(), ByteBufAllocator.DEFAULT).announce(VPNV4, attrs, routes);
    }
}
