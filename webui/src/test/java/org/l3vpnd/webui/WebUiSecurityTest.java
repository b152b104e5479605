package org.l3vpnd.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Headers, methods and escaping: what keeps operator input from becoming script. */
class WebUiSecurityTest {

    private static TestRouter router;
    private static WebUi ui;
    private static UiClient client;

    @BeforeAll
    static void start() throws Exception {
        router = new TestRouter();
        ui = new WebUi(new InetSocketAddress("127.0.0.1", 0), router.config, router.view, "<v>");
        ui.start();
        client = new UiClient(ui.port());
    }

    @AfterAll
    static void stop() {
        ui.close();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/vrfs", "/vrfs/blue", "/snmp", "/health", "/style.css", "/nope",
                "/vrfs/big?after=junk")) {
            assertSecurityHeaders(client.get(path).headers().map(), path);
        }
        assertSecurityHeaders(client.send("POST", "/").headers().map(), "POST /");
    }

    @Test
    void errorsJettyRaisesItselfCarryTheHeadersToo() throws Exception {
        // A path Jetty refuses before our handler runs: a NUL escape is illegal in any compliance mode.
        String response = rawRequest("GET /vrfs/%00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
        assertTrue(head.startsWith("http/1.1 400"), head);
        assertTrue(head.contains("content-security-policy: default-src 'self'"), head);
        assertTrue(head.contains("x-content-type-options: nosniff"), head);
        assertTrue(head.contains("x-frame-options: deny"), head);
        assertTrue(head.contains("referrer-policy: no-referrer"), head);
        assertFalse(response.toLowerCase(Locale.ROOT).contains("<script"));
    }

    @Test
    void onlyGetAndHeadAreAllowed() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            HttpResponse<String> r = client.send(method, "/vrfs/blue");
            assertEquals(405, r.statusCode(), method);
            assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElseThrow(), method);
        }
    }

    @Test
    void headAnswersLikeGetWithoutABody() throws Exception {
        HttpResponse<String> get = client.get("/vrfs/blue");
        HttpResponse<String> head = client.send("HEAD", "/vrfs/blue");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(get.headers().firstValue("Content-Length"), head.headers().firstValue("Content-Length"));
    }

    @Test
    void noServerVersionIsAdvertised() throws Exception {
        assertTrue(client.get("/").headers().firstValue("Server").isEmpty());
    }

    @Test
    void dynamicPagesAreNotCached() throws Exception {
        assertEquals("no-store", client.get("/vrfs").headers().firstValue("Cache-Control").orElseThrow());
    }

    /**
     * Walks every page reachable from the overview and the list (plus error pages that quote the
     * request): none holds a script element, so no operator-typed {@code <script>} got through.
     */
    @Test
    void noPageEverContainsARawScriptTag() throws Exception {
        Deque<String> todo = new ArrayDeque<>(List.of("/", "/vrfs", "/snmp",
                "/vrfs/%3Cscript%3Ealert(1)%3C%2Fscript%3E%3Cscript%3E",
                "/%3Cscript%3Ealert(1)%3C%2Fscript%3E"));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String path = todo.pop();
            if (!path.startsWith("/") || !seen.add(path) || path.contains("after=")) {
                continue;
            }
            String body = client.get(path).body();
            assertFalse(body.toLowerCase(Locale.ROOT).contains("<script"), path);
            assertFalse(body.contains("<img"), path);
            todo.addAll(UiClient.links(body));
        }
        assertTrue(seen.contains("/vrfs/%3Cscript%3Ealert%281%29%3C%2Fscript%3E"), "the hostile VRF's page was visited");
    }

    private static void assertSecurityHeaders(Map<String, List<String>> headers, String what) {
        assertEquals(List.of(SecurityHeaders.CONTENT_SECURITY_POLICY), headers.get("content-security-policy"), what);
        assertTrue(SecurityHeaders.CONTENT_SECURITY_POLICY.startsWith("default-src 'self'"));
        assertEquals(List.of("nosniff"), headers.get("x-content-type-options"), what);
        assertEquals(List.of("DENY"), headers.get("x-frame-options"), what);
        assertEquals(List.of("no-referrer"), headers.get("referrer-policy"), what);
    }

    private static String rawRequest(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", ui.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
