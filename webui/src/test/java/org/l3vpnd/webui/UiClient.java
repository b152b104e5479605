package org.l3vpnd.webui;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fetches pages of a running web UI, as a browser would, and picks links out of them. */
final class UiClient {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;

    UiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** {@code path} is sent as is: it must already be percent-encoded. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path);
    }

    HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Every link target in the page, with the HTML escaping of the attribute undone. */
    static List<String> links(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            out.add(unescape(m.group(1)));
        }
        return out;
    }

    /** The link whose text is exactly {@code escapedText} (as it appears in the HTML). */
    static String linkWithText(String html, String escapedText) {
        Matcher m = Pattern.compile("href=\"([^\"]*)\">" + Pattern.quote(escapedText) + "</a>").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no link with text " + escapedText);
        }
        return unescape(m.group(1));
    }

    private static String unescape(String attribute) {
        return attribute.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
