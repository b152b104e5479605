package org.l3vpnd.engine.bgp.session;

import static org.l3vpnd.engine.net.AfiSafi.IPV4_UNICAST;
import static org.l3vpnd.engine.net.AfiSafi.IPV6_UNICAST;
import static org.l3vpnd.engine.net.AfiSafi.VPNV4;
import static org.l3vpnd.engine.net.AfiSafi.VPNV6;

import org.junit.jupiter.api.RepeatedTest;

class ScratchRepeatTest {
    @RepeatedTest(150)
    void repeat() {
        SpeakerNode a = new SpeakerNode("a", "127.0.0.2", 65000, "10.0.0.2", false);
        SpeakerNode b = new SpeakerNode("b", "127.0.0.3", 65000, "10.0.0.3", false);
        try {
            System.err.println("=== start");
            a.commit(PeerConfig.to("127.0.0.3", 65000, b.port()).from("127.0.0.2").families(VPNV4, VPNV6, IPV4_UNICAST).build());
            b.commit(PeerConfig.to("127.0.0.2", 65000, a.port()).from("127.0.0.3").families(VPNV4, IPV6_UNICAST, IPV4_UNICAST).build());
            a.awaitState("127.0.0.3", FsmState.ESTABLISHED);
            b.awaitState("127.0.0.2", FsmState.ESTABLISHED);
            System.err.println("=== RESULT a=" + a.rib + " b=" + b.rib);
        } finally {
            a.close();
            b.close();
        }
    }
}
