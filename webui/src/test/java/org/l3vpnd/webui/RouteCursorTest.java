package org.l3vpnd.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.rib.Route;

class RouteCursorTest {

    @Test
    void cursorNamesTheSameKeyAsTheRoute() {
        List<Route> routes = List.of(
                Route.connected(IpPrefix.parse("192.0.2.0/24"), 3, 0),
                new Route(IpPrefix.parse("2001:db8::/32"), null, IpAddress.parse("2001:db8::1"), Route.PROTO_BGP,
                        Route.TYPE_REMOTE, 0, 65001, null, null, 0),
                new Route(IpPrefix.parse("10.0.0.0/8"), new int[] {1, 3, 6, -1}, IpAddress.parse("192.0.2.1"),
                        Route.PROTO_NETMGMT, Route.TYPE_REMOTE, 0, 0, null, null, 0),
                new Route(IpPrefix.parse("0.0.0.0/0"), new int[0], null, Route.PROTO_NETMGMT, Route.TYPE_BLACKHOLE,
                        0, 0, null, null, 0));
        for (Route r : routes) {
            String text = RouteCursor.of(r);
            assertTrue(r.sameKey(RouteCursor.parse(text)), text);
        }
        assertEquals("10.0.0.0/8,192.0.2.1,1.3.6.4294967295", RouteCursor.of(routes.get(2)));
        assertEquals("0.0.0.0/0,-,", RouteCursor.of(routes.get(3)));
    }

    @Test
    void malformedCursorsAreRefused() {
        for (String bad : List.of("", "10.0.0.0/8", "10.0.0.0/8,-", "10.0.0.1/8,-,0.0", "10.0.0.0/8,x,0.0",
                "10.0.0.0/8,-,0..0", "10.0.0.0/8,-,+1", "10.0.0.0/8,-,4294967296", "10.0.0.0/8,-,0.0,extra")) {
            assertThrows(IllegalArgumentException.class, () -> RouteCursor.parse(bad), bad);
        }
    }
}
