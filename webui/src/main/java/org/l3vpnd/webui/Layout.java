package org.l3vpnd.webui;

/**
 * The frame around every page: head, navigation, footer. Thread-safe (immutable).
 *
 * <p>No inline style or script anywhere: the Content-Security-Policy forbids both, and the one
 * stylesheet is served from this origin.
 */
final class Layout {

    /** Which navigation entry a page belongs to. */
    enum Section {
        OVERVIEW("Overview", UiPaths.OVERVIEW),
        VRFS("VRFs", UiPaths.VRFS),
        SNMP("SNMP", UiPaths.SNMP),
        NONE(null, null);

        private final String label;
        private final String href;

        Section(String label, String href) {
            this.label = label;
            this.href = href;
        }
    }

    private final String productVersion;

    Layout(String productVersion) {
        this.productVersion = productVersion;
    }

    String productVersion() {
        return productVersion;
    }

    /** A whole HTML document; {@code title} is escaped. */
    String page(String title, Section current, HtmlWriter body) {
        HtmlWriter doc = new HtmlWriter();
        doc.markup("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>");
        doc.text(title).text(" \u2013 l3vpnd");
        doc.markup("</title><link rel=\"stylesheet\" href=\"" + UiPaths.STYLE + "\"></head><body>"
                + "<header><span class=\"brand\">l3vpnd</span><nav>");
        for (Section s : Section.values()) {
            if (s.label == null) {
                continue;
            }
            doc.markup(s == current ? "<a class=\"current\" aria-current=\"page\" href=\"" : "<a href=\"")
                    .markup(s.href).markup("\">").text(s.label).markup("</a>");
        }
        doc.markup("</nav></header><main>");
        doc.element("h1", title);
        doc.markup(body.toString());
        doc.markup("</main><footer>l3vpnd ").text(productVersion).markup(" \u00b7 read-only view</footer>"
                + "</body></html>\n");
        return doc.toString();
    }
}
