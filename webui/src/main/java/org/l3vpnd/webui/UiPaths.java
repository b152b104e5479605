package org.l3vpnd.webui;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The URL paths of the UI: building links and taking request paths apart. Thread-safe (stateless).
 *
 * <p>Request paths are split <em>before</em> they are decoded: a VRF name may hold any character,
 * '/' included, and its link carries it as {@code %2F}; decoding first would split the name.
 */
final class UiPaths {

    static final String OVERVIEW = "/";
    static final String VRFS = "/vrfs";
    static final String SNMP = "/snmp";
    static final String STYLE = "/style.css";
    /** The query parameter that names a VRF when the name cannot be a path segment. */
    static final String NAME_PARAM = "name";
    /** The query parameter that carries a route cursor (see {@link RouteCursor}). */
    static final String AFTER_PARAM = "after";

    private static final String HEX = "0123456789ABCDEF";

    private UiPaths() {
    }

    /**
     * The page of one VRF. Names "." and ".." go in the query instead, because browsers remove
     * such path segments (even percent-encoded) before the request is sent.
     */
    static String vrf(String name) {
        if (name.equals(".") || name.equals("..")) {
            return VRFS + "?" + NAME_PARAM + "=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        }
        return VRFS + "/" + encodeSegment(name);
    }

    /** The page of one VRF with its route table starting after the cursor's route. */
    static String vrfRoutesAfter(String name, String cursor) {
        String base = vrf(name);
        return base + (base.indexOf('?') < 0 ? "?" : "&") + AFTER_PARAM + "="
                + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
    }

    /** Percent-encodes every octet of the UTF-8 form except RFC 3986 unreserved characters. */
    static String encodeSegment(String segment) {
        StringBuilder sb = new StringBuilder(segment.length() + 8);
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
            }
        }
        return sb.toString();
    }

    /**
     * The decoded segments of a raw request path; "/" has none. Empty when the path does not start
     * with '/', has a bad percent escape or is not UTF-8.
     */
    static Optional<List<String>> segments(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        if (rawPath.length() == 1) {
            return Optional.of(out);
        }
        for (String raw : rawPath.substring(1).split("/", -1)) {
            Optional<String> decoded = decodeSegment(raw);
            if (decoded.isEmpty()) {
                return Optional.empty();
            }
            out.add(decoded.get());
        }
        return Optional.of(out);
    }

    static Optional<String> decodeSegment(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else if (c > 0x7f) {
                return Optional.empty();
            } else {
                bytes.write(c);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
