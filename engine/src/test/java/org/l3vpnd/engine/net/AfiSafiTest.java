package org.l3vpnd.engine.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AfiSafiTest {
    @Test
    void lookupByCodesFindsEveryConstantAndNothingElse() {
        for (AfiSafi a : AfiSafi.values()) {
            assertEquals(Optional.of(a), AfiSafi.fromCodes(a.afi(), a.safi()));
        }
        assertEquals(AfiSafi.VPNV6, AfiSafi.lookup(2, 128));
        assertNull(AfiSafi.lookup(1, 2));
        assertNull(AfiSafi.lookup(25, 65));
        assertTrue(AfiSafi.fromCodes(3, 1).isEmpty());
        assertTrue(AfiSafi.VPNV4.hasRouteDistinguisher() && AfiSafi.VPNV4.hasLabel());
        assertTrue(AfiSafi.IPV6_LABELED.hasLabel() && AfiSafi.IPV6_LABELED.isIpv6());
        assertFalse(AfiSafi.IPV4_UNICAST.hasLabel());
    }

    @Test
    void labelFieldPacksTwentyBitsAndTheBottomOfStackBit() {
        int field = MplsLabel.toField(16, true);
        assertEquals(0x000101, field);
        assertEquals(16, MplsLabel.labelOf(field));
        assertTrue(MplsLabel.isBottomOfStack(field));
        assertEquals(0x800000, MplsLabel.toField(MplsLabel.WITHDRAW_COMPAT, false));
        assertTrue(MplsLabel.isReserved(MplsLabel.IMPLICIT_NULL));
        assertFalse(MplsLabel.isReserved(16));
        assertThrows(IllegalArgumentException.class, () -> MplsLabel.toField(1 << 20, true));
    }
}
