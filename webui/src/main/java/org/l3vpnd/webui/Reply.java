package org.l3vpnd.webui;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * What a page produces: status, media type and the whole body, rendered before anything is sent,
 * so a page that fails half way turns into a clean error page rather than a truncated one.
 * Treated as immutable: the body array is never written after construction, so a reply (the
 * stylesheet's) may be shared by request threads.
 *
 * @param cacheControl the Cache-Control header value
 */
record Reply(int status, String contentType, byte[] body, String cacheControl) {

    /** Live state changes all the time, so pages are never served from a cache. */
    static final String NO_STORE = "no-store";

    static Reply html(int status, String html) {
        return new Reply(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), NO_STORE);
    }

    static Reply text(int status, String text) {
        return new Reply(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), NO_STORE);
    }

    /** Writes status, headers and (except for HEAD) the body, completing the callback. */
    void sendTo(Request request, Response response, Callback callback) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, cacheControl);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        boolean head = HttpMethod.HEAD.is(request.getMethod());
        response.write(true, head ? null : ByteBuffer.wrap(body), callback);
    }
}
