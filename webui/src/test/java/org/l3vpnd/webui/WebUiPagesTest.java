package org.l3vpnd.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What each page shows, fetched over HTTP from a WebUi on an ephemeral port. */
class WebUiPagesTest {

    private static TestRouter router;
    private static WebUi ui;
    private static UiClient client;

    @BeforeAll
    static void start() throws Exception {
        router = new TestRouter();
        ui = new WebUi(new InetSocketAddress("127.0.0.1", 0), router.config, router.view, "1.2.3-test");
        ui.start();
        client = new UiClient(ui.port());
    }

    @AfterAll
    static void stop() {
        ui.close();
    }

    @Test
    void overviewShowsSystemSettingsCountsAndVersion() throws Exception {
        HttpResponse<String> r = client.get("/");
        assertEquals(200, r.statusCode());
        assertEquals("text/html;charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow()
                .replace(" ", ""));
        String html = r.body();
        assertTrue(html.contains("pe1 &lt;b&gt;edge&lt;/b&gt;"), "sysName, escaped");
        assertTrue(html.contains("noc@example.net"));
        assertTrue(html.contains("rack 4 &amp; row 2"));
        assertTrue(html.contains("1.2.3-test"));
        assertTrue(html.contains("<th scope=\"row\">Configured VRFs</th><td><a href=\"/vrfs\">6</a></td>"), html);
        assertTrue(html.contains("<th scope=\"row\">Active VRFs</th><td>2</td>"));
        assertTrue(html.contains("<th scope=\"row\">Connected interfaces</th><td>3</td>"));
    }

    @Test
    void vrfListShowsEveryConfiguredVrfWithLiveColumns() throws Exception {
        String html = client.get("/vrfs").body();
        assertTrue(html.contains("<a href=\"/vrfs/blue\">blue</a></td><td>65000:1</td><td>up</td>"
                + "<td><span class=\"badge up\">up</span></td><td>1 / 2</td><td>2</td>"
                + "<td>Customer &lt;Blue&gt; &amp; Co</td>"), html);
        assertTrue(html.contains("<a href=\"/vrfs/big\">big</a>"));
        assertTrue(html.contains("<td>500</td>"), "route count of the big VRF");
        assertTrue(html.contains(">&lt;script&gt;alert(1)&lt;/script&gt;</a>"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt;"));
        // Configured but not applied by the engine yet: listed, with dashes for live values.
        assertTrue(html.contains("<a href=\"/vrfs/pending\">pending</a></td><td>\u2014</td><td>up</td>"
                + "<td>\u2014</td><td>\u2014</td><td>\u2014</td>"), html);
    }

    @Test
    void vrfPageShowsConfigTargetsInterfacesCountersAndRoutes() throws Exception {
        HttpResponse<String> r = client.get("/vrfs/blue");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<h1>VRF blue</h1>"));
        assertTrue(html.contains("<th scope=\"row\">Route distinguisher</th><td>65000:1</td>"));
        assertTrue(html.contains("<th scope=\"row\">Description</th><td>Customer &lt;Blue&gt; &amp; Co</td>"));
        assertTrue(html.contains("<th scope=\"row\">Imports</th><td>65000:101, 65000:103</td>"), html);
        assertTrue(html.contains("<th scope=\"row\">Exports</th><td>65000:102, 65000:103</td>"));
        assertTrue(html.contains("<td>1</td><td>import</td><td>65000:101</td>"));
        assertTrue(html.contains("<td>2</td><td>export</td><td>65000:102</td>"));
        assertTrue(html.contains("<td>3</td><td>both</td><td>65000:103</td>"));
        assertTrue(html.contains("<td>3</td><td>eth1 to &lt;cust&gt;</td><td>enterprise</td><td>bgp</td>"), html);
        assertTrue(html.contains("<td>4</td><td>\u2014</td><td>enterprise</td><td>\u2014</td>"));
        assertTrue(html.contains("<th scope=\"row\">Oper status</th><td><span class=\"badge up\">up</span></td>"));
        assertTrue(html.contains("<th scope=\"row\">Interfaces active / associated</th><td>1 / 2</td>"));
        assertTrue(html.contains("<th scope=\"row\">Routes added</th><td>2</td>"));
        assertTrue(html.contains("<td>192.0.2.0/24</td><td>\u2014</td><td>local (connected)</td><td>local</td>"
                + "<td>3</td>"), html);
        assertTrue(html.contains("<td>198.51.100.0/24</td><td>192.0.2.254</td><td>netmgmt (static)</td>"
                + "<td>remote</td><td>3</td><td>\u2014</td><td>10</td><td>0.0</td>"), html);
        assertFalse(html.contains("Next 200 routes"), "two routes fit on one page");
    }

    @Test
    void hostileVrfNameIsReachableFromItsLinkAndShownEscaped() throws Exception {
        String list = client.get("/vrfs").body();
        String href = UiClient.linkWithText(list, "&lt;script&gt;alert(1)&lt;/script&gt;");
        assertEquals("/vrfs/%3Cscript%3Ealert%281%29%3C%2Fscript%3E", href);
        HttpResponse<String> r = client.get(href);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<h1>VRF &lt;script&gt;alert(1)&lt;/script&gt;</h1>"));
        assertTrue(r.body().contains("<th scope=\"row\">Oper status</th><td><span class=\"badge down\">down</span>"));
        assertTrue(r.body().contains("<th scope=\"row\">Route distinguisher</th><td>\u2014</td>"));
    }

    @Test
    void namesWithSlashesPercentDotsAndUmlautsRoundTripThroughTheirLinks() throws Exception {
        String list = client.get("/vrfs").body();
        for (String name : new String[] {TestRouter.SLASH_VRF, TestRouter.DOTS_VRF, TestRouter.UMLAUT_VRF}) {
            String href = UiClient.linkWithText(list, Html.escape(name));
            HttpResponse<String> r = client.get(href);
            assertEquals(200, r.statusCode(), name + " via " + href);
            assertTrue(r.body().contains("<h1>VRF " + Html.escape(name) + "</h1>"), name);
        }
    }

    @Test
    void vrfTheEngineHasNotAppliedShowsConfigOnly() throws Exception {
        HttpResponse<String> r = client.get("/vrfs/pending");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("The engine has not applied this VRF yet."));
        assertTrue(r.body().contains("not applied"), "its description");
    }

    @Test
    void snmpPageShowsUserNamesAndProtocolsButNoSecrets() throws Exception {
        HttpResponse<String> r = client.get("/snmp");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<td>ops&lt;admin&gt;</td><td>SHA-256</td><td>AES-128</td><td>read-write</td>"),
                html);
        assertTrue(html.contains("<td>monitor</td><td>SHA-1</td><td>none</td><td>read-only</td>"));
        assertTrue(html.contains("<td>nms-v2c</td><td>192.0.2.50</td><td>162</td><td>v2c</td>"
                + "<td>(community hidden)</td>"));
        assertTrue(html.contains("<td>nms-v3</td><td>2001:db8::50</td><td>10162</td><td>v3</td><td>trapuser</td>"
                + "<td>authPriv</td><td>informs</td>"));
        assertFalse(html.contains(TestRouter.COMMUNITY));
        String lower = html.toLowerCase();
        for (String keyForm : new String[] {"deadbeef", "de:ad:be:ef", "cafebabe", "ca:fe:ba:be"}) {
            assertFalse(lower.contains(keyForm), keyForm);
        }
    }

    @Test
    void healthIsPlainOk() throws Exception {
        HttpResponse<String> r = client.get("/health");
        assertEquals(200, r.statusCode());
        assertEquals("ok", r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
    }

    @Test
    void styleSheetIsServedAsCss() throws Exception {
        HttpResponse<String> r = client.get("/style.css");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        assertTrue(r.body().contains(".badge.up"));
        assertTrue(client.get("/").body().contains("<link rel=\"stylesheet\" href=\"/style.css\">"));
    }

    @Test
    void unknownPathsAndVrfsAre404Pages() throws Exception {
        for (String path : new String[] {"/nope", "/vrfs/blue/extra", "/vrfs/", "/style.css/x", "/health/"}) {
            HttpResponse<String> r = client.get(path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().contains("<h1>404 Not Found</h1>"), path);
        }
        HttpResponse<String> r = client.get("/vrfs/%3Cb%3Eghost%3C%2Fb%3E");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("No VRF named \u201c&lt;b&gt;ghost&lt;/b&gt;\u201d is configured."), r.body());
        assertEquals(404, client.get("/vrfs?name=ghost").statusCode());
    }

    @Test
    void malformedPathsAndCursorsAre400Pages() throws Exception {
        assertEquals(400, client.get("/vrfs/big?after=not-a-cursor").statusCode());
        assertEquals(400, client.get("/vrfs/big?after=10.0.0.1/24,-,0.0").statusCode(), "host bits set");
        assertEquals(400, client.get("/vrfs/big?after=10.0.0.0/24,-,0.x").statusCode());
        HttpResponse<String> badUtf8 = client.get("/vrfs/%C3%28");
        assertTrue(badUtf8.statusCode() == 400, "status " + badUtf8.statusCode());
    }
}
