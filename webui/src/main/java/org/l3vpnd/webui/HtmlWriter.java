package org.l3vpnd.webui;

/**
 * Builds the body of a page. Data goes in through {@link #text}, {@link #element}, {@link #field}
 * and {@link #row}, which always escape it; only {@link #markup} appends as is, and it takes
 * markup written in this package's source, never values. One writer per request; not thread-safe.
 */
final class HtmlWriter {

    /** A table cell or value that links somewhere; {@code href} is a path built by {@link UiPaths}. */
    record Link(String href, Object text) {
    }

    /** A value shown with a CSS class (a status badge, a number column). */
    record Styled(String cssClass, Object text) {
    }

    private final StringBuilder out = new StringBuilder(8192);

    /** Appends constant markup from this package's source. Never pass configuration or state. */
    HtmlWriter markup(String trustedMarkup) {
        out.append(trustedMarkup);
        return this;
    }

    /** Appends a value as escaped text; links and styled values become their elements. */
    HtmlWriter text(Object value) {
        if (value instanceof Link link) {
            out.append("<a href=\"").append(Html.escape(link.href())).append("\">");
            text(link.text());
            out.append("</a>");
        } else if (value instanceof Styled styled) {
            out.append("<span class=\"").append(Html.escape(styled.cssClass())).append("\">");
            text(styled.text());
            out.append("</span>");
        } else {
            out.append(Html.escape(value == null ? "" : String.valueOf(value)));
        }
        return this;
    }

    /** {@code <tag>value</tag>}; {@code tag} is a constant of this package. */
    HtmlWriter element(String tag, Object value) {
        out.append('<').append(tag).append('>');
        text(value);
        out.append("</").append(tag).append('>');
        return this;
    }

    HtmlWriter paragraph(Object value) {
        return element("p", value);
    }

    /** Starts a two-column table of labelled values, filled with {@link #field}. */
    HtmlWriter fieldsStart() {
        out.append("<table class=\"fields\"><tbody>");
        return this;
    }

    HtmlWriter field(String label, Object value) {
        out.append("<tr><th scope=\"row\">");
        text(label);
        out.append("</th><td>");
        text(value);
        out.append("</td></tr>");
        return this;
    }

    HtmlWriter fieldsEnd() {
        out.append("</tbody></table>");
        return this;
    }

    /** Starts a data table with one header cell per heading, filled with {@link #row}. */
    HtmlWriter tableStart(String... headings) {
        out.append("<table class=\"data\"><thead><tr>");
        for (String h : headings) {
            out.append("<th scope=\"col\">");
            text(h);
            out.append("</th>");
        }
        out.append("</tr></thead><tbody>");
        return this;
    }

    HtmlWriter row(Object... cells) {
        out.append("<tr>");
        for (Object c : cells) {
            out.append("<td>");
            text(c);
            out.append("</td>");
        }
        out.append("</tr>");
        return this;
    }

    HtmlWriter tableEnd() {
        out.append("</tbody></table>");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
