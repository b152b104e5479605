package org.l3vpnd.webui;

import org.eclipse.jetty.http.HttpFields;

/**
 * The headers every response carries, error pages included. The UI has no script at all, so the
 * policy can forbid scripts outright: an escaping mistake then shows text instead of running it.
 * Thread-safe (stateless).
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(HttpFields.Mutable headers) {
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
    }
}
