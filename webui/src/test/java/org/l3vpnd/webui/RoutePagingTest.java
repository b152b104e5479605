package org.l3vpnd.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.rib.Route;

/** The route table of a VRF with 500 routes, paged 200 at a time by cursor links. */
class RoutePagingTest {

    private static final Pattern ROUTE_ROW = Pattern.compile("<tr><td>(10\\.[0-9.]+/24)</td>");

    private TestRouter router;
    private WebUi ui;
    private UiClient client;

    @BeforeEach
    void start() throws Exception {
        router = new TestRouter();
        ui = new WebUi(new InetSocketAddress("127.0.0.1", 0), router.config, router.view, "test");
        ui.start();
        client = new UiClient(ui.port());
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void fiveHundredRoutesTakeThreePagesInIndexOrder() throws Exception {
        List<String> seen = new ArrayList<>();
        String path = "/vrfs/big";
        List<Integer> pageSizes = new ArrayList<>();
        while (path != null) {
            String html = client.get(path).body();
            List<String> page = routesOn(html);
            pageSizes.add(page.size());
            seen.addAll(page);
            assertTrue(html.contains("500 routes installed"), path);
            if (!path.equals("/vrfs/big")) {
                assertEquals("/vrfs/big#routes", UiClient.linkWithText(html, "\u00ab First page"));
            }
            path = nextLink(html);
        }
        assertEquals(List.of(200, 200, 100), pageSizes);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < TestRouter.BIG_ROUTES; i++) {
            expected.add(TestRouter.bigPrefix(i));
        }
        assertEquals(expected, seen);
    }

    @Test
    void nextLinkCarriesTheLastRouteShownAsCursor() throws Exception {
        String html = client.get("/vrfs/big").body();
        assertEquals("/vrfs/big?after=" + URLEncoder.encode(TestRouter.bigPrefix(199) + ",192.0.2.1,0.0",
                StandardCharsets.UTF_8) + "#routes", nextLink(html));
    }

    /** Unlike an offset, a cursor neither skips nor repeats routes when earlier ones go away. */
    @Test
    void removingShownRoutesBetweenPagesSkipsNothing() throws Exception {
        String first = client.get("/vrfs/big").body();
        String next = nextLink(first);
        for (int i = 0; i < 50; i++) {
            router.bigRib.remove(Route.probe(TestRouter.bigRoute(i).prefix(), null,
                    TestRouter.bigRoute(i).nextHop()));
        }
        List<String> second = routesOn(client.get(next).body());
        assertEquals(200, second.size());
        assertEquals(TestRouter.bigPrefix(200), second.get(0));
        assertEquals(TestRouter.bigPrefix(399), second.get(199));
    }

    @Test
    void cursorPastTheEndSaysSoAndOffersTheFirstPage() throws Exception {
        String html = client.get("/vrfs/big?after=" + URLEncoder.encode("200.0.0.0/24,-,0.0",
                StandardCharsets.UTF_8)).body();
        assertTrue(html.contains("No more routes after this point."));
        assertTrue(routesOn(html).isEmpty());
        assertEquals("/vrfs/big#routes", UiClient.linkWithText(html, "\u00ab First page"));
    }

    @Test
    void emptyRibSaysNoRoutes() throws Exception {
        String html = client.get("/vrfs/%3Cscript%3Ealert(1)%3C%2Fscript%3E").body();
        assertTrue(html.contains("No routes are installed."));
        assertFalse(html.contains("First page"));
    }

    private static List<String> routesOn(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = ROUTE_ROW.matcher(html.substring(html.indexOf("id=\"routes\"")));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String nextLink(String html) {
        Matcher m = Pattern.compile("href=\"([^\"]*)\">Next 200 routes \u00bb</a>").matcher(html);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }
}
