package org.l3vpnd.agent.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser's view of the appliance: what an operator set over SNMP shows, escaped. */
class WebUiEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void overviewShowsWhatSnmpSetEscaped() throws Exception {
        Path data = dir.resolve("data");
        assertTrue(ApplianceProcess.addOpsUser(data).ok());
        int snmpPort = FreePort.udp();
        int httpPort = FreePort.tcp();
        try (ApplianceProcess app = ApplianceProcess.start(null, data, "--snmp", "127.0.0.1:" + snmpPort,
                "--http", "127.0.0.1:" + httpPort, "--bgp", "127.0.0.1:" + FreePort.tcp())) {
            assertTrue(app.printed("http listening on tcp 127.0.0.1:" + httpPort), app.output());
            NetSnmp ops = NetSnmp.ops("127.0.0.1", snmpPort);
            assertTrue(ops.set("1.3.6.1.2.1.1.5.0", "s", "<b>pe1</b>").ok());

            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + httpPort + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("&lt;b&gt;pe1&lt;/b&gt;"), page.body());
            assertFalse(page.body().contains("<b>pe1"), "operator input is escaped");
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));

            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort
                    + "/")).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, post.statusCode(), "the web UI is read-only");
        }
    }
}
