package org.l3vpnd.engine.bgp.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributeInternerTest {

    private static PathAttributes attrs(long med) {
        return new PathAttributesBuilder().origin(Origin.IGP).asPath(AsPath.sequence(65001, 65002)).med(med).build();
    }

    @Test
    void equalSetsShareOneInstance() {
        AttributeInterner interner = new AttributeInterner();
        PathAttributes a = interner.intern(attrs(1));
        PathAttributes b = attrs(1);
        assertNotSame(a, b);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertSame(a, interner.intern(b));
        assertNotSame(a, interner.intern(attrs(2)));
        assertEquals(2, interner.size());
    }

    @Test
    void unreferencedSetsAreForgotten() throws InterruptedException {
        AttributeInterner interner = new AttributeInterner();
        List<PathAttributes> held = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            PathAttributes a = interner.intern(attrs(i));
            if (i % 10 == 0) {
                held.add(a);
            }
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (interner.size() > held.size() && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(10);
        }
        assertEquals(held.size(), interner.size());
        for (PathAttributes a : held) {
            assertSame(a, interner.intern(attrs(a.med())));
        }
        assertTrue(held.size() == 100);
    }
}
