package org.l3vpnd.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OidTextTest {

    @Test
    void subIdentifiersAreUnsigned() {
        int[] subIds = {0, 1, Integer.MAX_VALUE, Integer.MIN_VALUE, -1};
        String text = OidText.format(subIds);
        assertEquals("0.1.2147483647.2147483648.4294967295", text);
        assertArrayEquals(subIds, OidText.parse(text));
    }

    @Test
    void emptyTextIsNoSubIdentifiers() {
        assertEquals("", OidText.format(new int[0]));
        assertArrayEquals(new int[0], OidText.parse(""));
    }

    @Test
    void malformedTextIsRefused() {
        for (String bad : new String[] {"1.", ".1", "1..2", "-1", "+1", "1.x", "4294967296"}) {
            assertThrows(IllegalArgumentException.class, () -> OidText.parse(bad), bad);
        }
    }
}
