package org.l3vpnd.webui;

import org.eclipse.jetty.http.HttpStatus;

/** Renders error pages in the site's frame. Thread-safe (immutable). */
final class ErrorPages {

    private final Layout layout;

    ErrorPages(Layout layout) {
        this.layout = layout;
    }

    /** An error page; {@code detail} (which may quote a VRF name from the URL) is escaped. */
    Reply page(int status, String detail) {
        String reason = HttpStatus.getMessage(status);
        HtmlWriter body = new HtmlWriter();
        body.markup("<div class=\"error\">").paragraph(detail).markup("</div>");
        body.markup("<p><a href=\"" + UiPaths.OVERVIEW + "\">Back to the overview</a></p>");
        return Reply.html(status, layout.page(status + " " + reason, Layout.Section.NONE, body));
    }

    Reply notFound(String detail) {
        return page(HttpStatus.NOT_FOUND_404, detail);
    }

    Reply badRequest(String detail) {
        return page(HttpStatus.BAD_REQUEST_400, detail);
    }
}
