package org.l3vpnd.webui;

import java.util.Collection;
import java.util.Optional;

import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.vrf.VrfStatus;
import org.l3vpnd.engine.vrf.VrfView;

/**
 * {@code /vrfs}: every configured VRF with its live status. The list follows the running
 * configuration, which is what the operator committed; a VRF the engine has not applied yet shows
 * dashes for its live columns. Route counts are the RIB's counters, never a walk. Thread-safe.
 */
final class VrfListPage {

    private final ConfigService config;
    private final VrfView vrfs;
    private final Layout layout;

    VrfListPage(ConfigService config, VrfView vrfs, Layout layout) {
        this.config = config;
        this.vrfs = vrfs;
        this.layout = layout;
    }

    Reply render() {
        Collection<Vrf> configured = config.running().all(Vrf.class);
        HtmlWriter body = new HtmlWriter();
        if (configured.isEmpty()) {
            body.paragraph("No VRFs are configured.");
        } else {
            body.tableStart("Name", "Route distinguisher", "Admin", "Oper", "Interfaces active / associated",
                    "Routes", "Description");
            for (Vrf vrf : configured) {
                row(body, vrf, vrfs.vrf(vrf.name()));
            }
            body.tableEnd();
        }
        return Reply.html(200, layout.page("VRFs", Layout.Section.VRFS, body));
    }

    private static void row(HtmlWriter body, Vrf vrf, Optional<VrfStatus> status) {
        String admin = MibLabels.adminStatus(vrf.adminStatus()) + (vrf.inService() ? "" : " (not in service)");
        Object oper = status.<Object>map(s -> StatusBadge.of(s.operUp())).orElse(MibLabels.NONE);
        String interfaces = status.map(s -> s.activeInterfaces() + " / " + s.associatedInterfaces())
                .orElse(MibLabels.NONE);
        String routes = status.map(s -> Integer.toString(s.currentRoutes())).orElse(MibLabels.NONE);
        body.row(new HtmlWriter.Link(UiPaths.vrf(vrf.name()), vrf.name()), MibLabels.orNone(vrf.rd()), admin, oper,
                interfaces, routes, MibLabels.orNone(vrf.description()));
    }
}
