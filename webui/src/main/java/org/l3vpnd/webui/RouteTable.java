package org.l3vpnd.webui;

import org.l3vpnd.engine.rib.Route;
import org.l3vpnd.engine.rib.VrfRib;

/**
 * One page of a VRF's installed routes. Reads the live RIB by ordered lookups from the cursor on,
 * at most {@link #PAGE_SIZE} + 1 of them, so a page costs the same with ten routes or a million
 * and the RIB is never copied. Any thread (the RIB is read lock-free).
 */
final class RouteTable {

    static final int PAGE_SIZE = 200;
    /** The id of the routes heading: paging links land there rather than at the top of the page. */
    static final String ANCHOR_ID = "routes";
    private static final String ANCHOR = "#" + ANCHOR_ID;

    private RouteTable() {
    }

    /**
     * Writes the routes after {@code after} (from the first when {@code null}) and the links to
     * the first and next pages.
     */
    static void write(HtmlWriter out, String vrfName, VrfRib rib, Route after) {
        int installed = rib.size();
        Route next = after == null ? rib.first() : rib.higher(after);
        if (next == null) {
            out.paragraph(after == null ? "No routes are installed." : "No more routes after this point.");
            writeNavigation(out, vrfName, after, null);
            return;
        }
        out.markup("<p class=\"summary\">").text(installed).text(installed == 1 ? " route installed" : " routes installed")
                .text("; showing up to ").text(PAGE_SIZE).text(after == null ? " from the first." : " after ")
                .text(after == null ? "" : after.prefix() + ".").markup("</p>");
        out.tableStart("Destination", "Next hop", "Protocol", "Type", "Interface", "Next-hop AS", "Metric 1",
                "Policy", "Label stack (XC)");
        Route last = null;
        for (int shown = 0; next != null && shown < PAGE_SIZE; shown++) {
            row(out, next);
            last = next;
            next = rib.higher(next);
        }
        out.tableEnd();
        writeNavigation(out, vrfName, after, next == null ? null : last);
    }

    private static void row(HtmlWriter out, Route r) {
        out.row(r.prefix(),
                MibLabels.orNone(r.nextHop()),
                MibLabels.routeProtocol(r.protocol()),
                MibLabels.routeType(r.type()),
                r.ifIndex() == 0 ? MibLabels.NONE : Integer.toString(r.ifIndex()),
                r.nextHopAs() == 0 ? MibLabels.NONE : Long.toString(r.nextHopAs()),
                r.metric(1) < 0 ? MibLabels.NONE : Integer.toString(r.metric(1)),
                MibLabels.policy(r),
                r.hasXcPointer() ? MibLabels.hex(r.xcPointer()) : MibLabels.NONE);
    }

    /** {@code lastShown} is {@code null} when there is no next page. */
    private static void writeNavigation(HtmlWriter out, String vrfName, Route after, Route lastShown) {
        if (after == null && lastShown == null) {
            return;
        }
        out.markup("<nav class=\"pager\">");
        if (after != null) {
            out.text(new HtmlWriter.Link(UiPaths.vrf(vrfName) + ANCHOR, "\u00ab First page"));
        }
        if (lastShown != null) {
            out.text(new HtmlWriter.Link(UiPaths.vrfRoutesAfter(vrfName, RouteCursor.of(lastShown)) + ANCHOR,
                    "Next " + PAGE_SIZE + " routes \u00bb"));
        }
        out.markup("</nav>");
    }
}
