package org.l3vpnd.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class UiPathsTest {

    @Test
    void vrfLinksEncodeEverythingButUnreservedCharacters() {
        assertEquals("/vrfs/blue-1_a.b~c", UiPaths.vrf("blue-1_a.b~c"));
        assertEquals("/vrfs/a%2Fb%20c%25%3Bd%3F%23", UiPaths.vrf("a/b c%;d?#"));
        assertEquals("/vrfs/gr%C3%BCn", UiPaths.vrf("gr\u00fcn"));
    }

    @Test
    void dotNamesGoInTheQueryBecauseBrowsersDropDotSegments() {
        assertEquals("/vrfs?name=..", UiPaths.vrf(".."));
        assertEquals("/vrfs?name=.", UiPaths.vrf("."));
        assertEquals("/vrfs/...", UiPaths.vrf("..."));
        assertEquals("/vrfs?name=..&after=1.0.0.0%2F8%2C-%2C0.0", UiPaths.vrfRoutesAfter("..", "1.0.0.0/8,-,0.0"));
        assertEquals("/vrfs/x?after=a", UiPaths.vrfRoutesAfter("x", "a"));
    }

    @Test
    void segmentsAreSplitBeforeTheyAreDecoded() {
        for (String name : List.of("a/b", "<script>alert(1)</script>", "50%", "gr\u00fcn", "x\\y", " ")) {
            String href = UiPaths.vrf(name);
            assertEquals(Optional.of(List.of("vrfs", name)), UiPaths.segments(href), name);
        }
        assertEquals(Optional.of(List.of()), UiPaths.segments("/"));
        assertEquals(Optional.of(List.of("vrfs", "")), UiPaths.segments("/vrfs/"));
    }

    @Test
    void badEscapesAndBadUtf8AreRefused() {
        for (String bad : List.of("/vrfs/%", "/vrfs/%2", "/vrfs/%zz", "/vrfs/%C3%28", "/vrfs/\u00fc", "vrfs")) {
            assertTrue(UiPaths.segments(bad).isEmpty(), bad);
        }
    }
}
