package org.l3vpnd.webui;

/** The one HTML escaper of the web UI. Thread-safe (stateless). */
public final class Html {

    private Html() {
    }

    /**
     * Escapes text for use in HTML element content and in quoted attribute values. Quotes are
     * escaped too, so the same call is safe in both places; {@code null} becomes the empty string.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        int i = firstSpecial(text);
        if (i < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int firstSpecial(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '&', '<', '>', '"', '\'' -> {
                    return i;
                }
                default -> {
                }
            }
        }
        return -1;
    }
}
