package org.l3vpnd.webui;

/** The coloured up/down marker of an operational status. Thread-safe (stateless). */
final class StatusBadge {

    private StatusBadge() {
    }

    static HtmlWriter.Styled of(boolean up) {
        return up ? new HtmlWriter.Styled("badge up", "up") : new HtmlWriter.Styled("badge down", "down");
    }
}
