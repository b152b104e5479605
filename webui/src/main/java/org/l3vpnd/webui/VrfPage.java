package org.l3vpnd.webui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.InterfaceSetting;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.config.VrfInterface;
import org.l3vpnd.engine.config.VrfRouteTarget;
import org.l3vpnd.engine.rib.Route;
import org.l3vpnd.engine.vrf.VrfStatus;
import org.l3vpnd.engine.vrf.VrfView;

/**
 * {@code /vrfs/{name}}: one VRF's configuration, route targets, bound interfaces, counters and a
 * page of its routes. Configuration comes from one running-config snapshot, so the sections agree
 * with each other; live values come from the VRF view. Thread-safe (immutable).
 */
final class VrfPage {

    private final ConfigService config;
    private final VrfView vrfs;
    private final Layout layout;
    private final ErrorPages errors;

    VrfPage(ConfigService config, VrfView vrfs, Layout layout, ErrorPages errors) {
        this.config = config;
        this.vrfs = vrfs;
        this.layout = layout;
        this.errors = errors;
    }

    /** @param afterCursor the {@link RouteCursor} of the route page, or {@code null} for the first */
    Reply render(String name, String afterCursor) {
        RunningConfig running = config.running();
        Optional<Vrf> vrf = running.get(Vrf.class, name);
        if (vrf.isEmpty()) {
            return errors.notFound("No VRF named \u201c" + name + "\u201d is configured.");
        }
        Route after = null;
        if (afterCursor != null) {
            try {
                after = RouteCursor.parse(afterCursor);
            } catch (IllegalArgumentException e) {
                return errors.badRequest("The route position in this link is not valid: " + e.getMessage());
            }
        }
        Optional<VrfStatus> status = vrfs.vrf(name);
        HtmlWriter body = new HtmlWriter();
        writeConfiguration(body, vrf.get());
        writeStatus(body, status);
        writeRouteTargets(body, running.withIdPrefix(VrfRouteTarget.class, VrfRouteTarget.vrfPrefix(name)));
        writeInterfaces(body, running, running.withIdPrefix(VrfInterface.class, VrfInterface.vrfPrefix(name)));
        body.markup("<h2 id=\"" + RouteTable.ANCHOR_ID + "\">Routes</h2>");
        if (status.isPresent()) {
            RouteTable.write(body, name, status.get().rib(), after);
        } else {
            body.paragraph("The engine has not applied this VRF yet.");
        }
        return Reply.html(200, layout.page("VRF " + name, Layout.Section.VRFS, body));
    }

    private static void writeConfiguration(HtmlWriter body, Vrf vrf) {
        body.element("h2", "Configuration").fieldsStart()
                .field("Name", vrf.name())
                .field("Description", MibLabels.orNone(vrf.description()))
                .field("Route distinguisher", MibLabels.orNone(vrf.rd()))
                .field("VPN-ID", MibLabels.hex(vrf.vpnId()))
                .field("Admin status", MibLabels.adminStatus(vrf.adminStatus()))
                .field("In service", MibLabels.yesNo(vrf.inService()))
                .field("Route limit", MibLabels.limit(vrf.maxRoutes(), "no limit"))
                .field("Mid threshold", MibLabels.limit(vrf.midThreshold(), "none"))
                .field("High threshold", MibLabels.limit(vrf.highThreshold(), "none"))
                .field("Storage", MibLabels.storage(vrf.storage()))
                .fieldsEnd();
    }

    private static void writeStatus(HtmlWriter body, Optional<VrfStatus> status) {
        body.element("h2", "Status");
        if (status.isEmpty()) {
            body.paragraph("The engine has not applied this VRF yet.");
            return;
        }
        VrfStatus s = status.get();
        body.fieldsStart()
                .field("Oper status", StatusBadge.of(s.operUp()))
                .field("Interfaces active / associated", s.activeInterfaces() + " / " + s.associatedInterfaces())
                .field("Routes installed", s.currentRoutes())
                .field("Routes added", s.routesAdded())
                .field("Routes deleted", s.routesDeleted())
                .field("Routes dropped at the limit", s.routesDropped())
                .field("Illegal label violations", s.illegalLabelViolations())
                .fieldsEnd();
    }

    private static void writeRouteTargets(HtmlWriter body, Collection<VrfRouteTarget> targets) {
        body.element("h2", "Route targets");
        if (targets.isEmpty()) {
            body.paragraph("No route targets are configured.");
            return;
        }
        List<String> imports = new ArrayList<>();
        List<String> exports = new ArrayList<>();
        for (VrfRouteTarget t : targets) {
            if (t.rt() != null && t.inService()) {
                if (t.type().imports()) {
                    imports.add(t.rt().toString());
                }
                if (t.type().exports()) {
                    exports.add(t.rt().toString());
                }
            }
        }
        body.fieldsStart()
                .field("Imports", imports.isEmpty() ? MibLabels.NONE : String.join(", ", imports))
                .field("Exports", exports.isEmpty() ? MibLabels.NONE : String.join(", ", exports))
                .fieldsEnd();
        body.tableStart("Index", "Type", "Route target", "Description", "In service");
        for (VrfRouteTarget t : targets) {
            body.row(Long.toString(t.index()), t.type().name().toLowerCase(Locale.ROOT),
                    MibLabels.orNone(t.rt()), MibLabels.orNone(t.description()), MibLabels.yesNo(t.inService()));
        }
        body.tableEnd();
    }

    private static void writeInterfaces(HtmlWriter body, RunningConfig running, Collection<VrfInterface> bound) {
        body.element("h2", "Interfaces");
        if (bound.isEmpty()) {
            body.paragraph("No interfaces are bound.");
            return;
        }
        body.tableStart("ifIndex", "Alias", "Classification", "Route distribution", "In service");
        for (VrfInterface i : bound) {
            String alias = running.get(InterfaceSetting.class, InterfaceSetting.keyOf(i.ifIndex()).id())
                    .map(InterfaceSetting::alias).orElse(null);
            body.row(Integer.toString(i.ifIndex()), MibLabels.orNone(alias),
                    MibLabels.interfaceClassification(i.classification()),
                    MibLabels.routeDistProtocols(i.routeDistProtocols()), MibLabels.yesNo(i.inService()));
        }
        body.tableEnd();
    }
}
