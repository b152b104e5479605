package org.l3vpnd.engine.bgp.rib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.bgp.wire.AsPath;
import org.l3vpnd.engine.bgp.wire.Nlri;
import org.l3vpnd.engine.bgp.wire.PathAttributes;
import org.l3vpnd.engine.bgp.wire.UpdateOutcome;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;

/** AS-loop detection on receipt, and what an external peer receives (RFC 4271 5.1, 9.1.2, 9.2). */
class ExternalPeerRulesTest {
    private final RibHarness h = new RibHarness();
    private final FakePeerSession ibgp = FakePeerSession.of("10.1.0.1", 65000, "1.0.0.1", false);
    private final FakePeerSession ebgp = FakePeerSession.of("172.16.0.1", 65100, "3.0.0.1", false);
    private final FakePeerSession ebgp2 = FakePeerSession.of("172.16.1.1", 65200, "3.0.0.2", false);

    ExternalPeerRulesTest() {
        h.up(ibgp);
        h.up(ebgp);
        h.up(ebgp2);
    }

    @AfterEach
    void close() {
        h.close();
    }

    private static Nlri.Unicast unicast(String p) {
        return new Nlri.Unicast(IpPrefix.parse(p));
    }

    @Test
    void ourOwnAsInTheAsPathIsALoop() {
        h.announce(ebgp, RibHarness.attrs("172.16.0.1", 65100).build(), "30.0.0.0/24");
        assertNotNull(h.best("30.0.0.0/24"));
        h.announce(ebgp, RibHarness.attrs("172.16.0.1", 65100, 65000, 65300).build(), "30.0.0.0/24", "31.0.0.0/24");
        assertNull(h.best("30.0.0.0/24"), "the looped re-announcement withdraws the earlier path");
        assertNull(h.best("31.0.0.0/24"));
        assertFalse(ibgp.table(AfiSafi.IPV4_UNICAST).containsKey(unicast("30.0.0.0/24")));
    }

    @Test
    void externalPeersGetOurAsPrependedNextHopSelfAndNoLocalPrefMedOrReflectionAttributes() {
        h.announce(ibgp, RibHarness.attrs("10.1.0.1", 65010).localPref(300).med(5)
                .originatorId(IpAddress.parse("7.7.7.7")).clusterList(9).build(), "32.0.0.0/24");
        PathAttributes a = ebgp.table(AfiSafi.IPV4_UNICAST).get(unicast("32.0.0.0/24")).attrs();
        assertEquals(AsPath.sequence(65000, 65010), a.asPath());
        assertEquals(IpAddress.parse("192.0.2.1"), a.nextHop(), "next hop = our address on that session");
        assertFalse(a.hasLocalPref());
        assertFalse(a.hasMed(), "a MED is not passed from one neighbouring AS to another");
        assertNull(a.originatorId());
        assertEquals(0, a.clusterList().length);
    }

    @Test
    void externalRoutesGoToInternalPeersWithLocalPrefAndTheirNextHop() {
        h.announce(ebgp, RibHarness.attrs("172.16.0.1", 65100).localPref(900).med(7).build(), "33.0.0.0/24");
        PathAttributes a = ibgp.table(AfiSafi.IPV4_UNICAST).get(unicast("33.0.0.0/24")).attrs();
        assertEquals(100, a.localPref(), "the external LOCAL_PREF is ignored, the degree of preference sent");
        assertEquals(7, a.med(), "MED goes on inside the AS");
        assertEquals(IpAddress.parse("172.16.0.1"), a.nextHop());
        assertEquals(AsPath.sequence(65100), a.asPath());
        // To the other external peer: prepended, and not back to the sender.
        assertEquals(AsPath.sequence(65000, 65100),
                ebgp2.table(AfiSafi.IPV4_UNICAST).get(unicast("33.0.0.0/24")).attrs().asPath());
        assertFalse(ebgp.table(AfiSafi.IPV4_UNICAST).containsKey(unicast("33.0.0.0/24")));
    }

    @Test
    void internalRoutesAreNotPassedToOtherInternalPeersWithoutReflection() {
        FakePeerSession other = FakePeerSession.of("10.1.0.2", 65000, "1.0.0.2", false);
        h.up(other);
        h.announce(ibgp, RibHarness.attrs("10.1.0.1", 65010).localPref(100).build(), "34.0.0.0/24");
        assertTrue(other.table(AfiSafi.IPV4_UNICAST).isEmpty());
        assertTrue(ebgp.table(AfiSafi.IPV4_UNICAST).containsKey(unicast("34.0.0.0/24")));
    }

    @Test
    void treatAsWithdrawRemovesTheRoutes() {
        h.announce(ebgp, RibHarness.attrs("172.16.0.1", 65100).build(), "35.0.0.0/24");
        h.run(() -> h.rib.update(ebgp, new UpdateOutcome.TreatAsWithdraw(List.of(IpPrefix.parse("35.0.0.0/24")),
                List.of(), List.of())));
        assertNull(h.best("35.0.0.0/24"));
        assertFalse(ibgp.table(AfiSafi.IPV4_UNICAST).containsKey(unicast("35.0.0.0/24")));
    }

    @Test
    void aBetterPathReplacesTheAdvertisementAndItsLossRestoresTheOther() {
        h.announce(ebgp, RibHarness.attrs("172.16.0.1", 65100, 1, 2).build(), "36.0.0.0/24");
        h.announce(ebgp2, RibHarness.attrs("172.16.1.1", 65200).build(), "36.0.0.0/24");
        assertEquals(AsPath.sequence(65200),
                ibgp.table(AfiSafi.IPV4_UNICAST).get(unicast("36.0.0.0/24")).attrs().asPath());
        assertEquals(AsPath.sequence(65000, 65200),
                ebgp.table(AfiSafi.IPV4_UNICAST).get(unicast("36.0.0.0/24")).attrs().asPath(),
                "the new best goes to the peer whose path lost");
        h.withdraw(ebgp2, "36.0.0.0/24");
        assertEquals(AsPath.sequence(65100, 1, 2),
                ibgp.table(AfiSafi.IPV4_UNICAST).get(unicast("36.0.0.0/24")).attrs().asPath());
        assertFalse(ebgp.table(AfiSafi.IPV4_UNICAST).containsKey(unicast("36.0.0.0/24")),
                "its own path is the best again, so the peer gets a withdrawal");
    }
}
