package org.l3vpnd.webui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code /style.css}, read once from the classpath. Thread-safe (immutable). */
final class StyleSheet {

    private static final String RESOURCE = "style.css";

    private final Reply reply;

    StyleSheet() {
        try (InputStream in = StyleSheet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the web UI jar");
            }
            // no-cache, not a max-age: the file is tiny, and a stale sheet after an upgrade confuses.
            reply = new Reply(200, "text/css; charset=utf-8", in.readAllBytes(), "no-cache");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Reply render() {
        return reply;
    }
}
