package org.l3vpnd.webui;

import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.NotifyTarget;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.SettingNames;
import org.l3vpnd.engine.config.SnmpUser;
import org.l3vpnd.engine.vrf.VrfView;

/** {@code /}: who the router is and how many VRFs it runs. Thread-safe (immutable). */
final class OverviewPage {

    private final ConfigService config;
    private final VrfView vrfs;
    private final Layout layout;

    OverviewPage(ConfigService config, VrfView vrfs, Layout layout) {
        this.config = config;
        this.vrfs = vrfs;
        this.layout = layout;
    }

    Reply render() {
        RunningConfig running = config.running();
        HtmlWriter body = new HtmlWriter();
        body.element("h2", "System").fieldsStart()
                .field("Name", running.setting(SettingNames.SYS_NAME, MibLabels.NONE))
                .field("Contact", running.setting(SettingNames.SYS_CONTACT, MibLabels.NONE))
                .field("Location", running.setting(SettingNames.SYS_LOCATION, MibLabels.NONE))
                .field("Version", layout.productVersion())
                .fieldsEnd();
        body.element("h2", "VPNs").fieldsStart()
                .field("Configured VRFs", new HtmlWriter.Link(UiPaths.VRFS, vrfs.configuredVrfs()))
                .field("Active VRFs", vrfs.activeVrfs())
                .field("Connected interfaces", vrfs.connectedInterfaces())
                .fieldsEnd();
        body.element("h2", "Management").fieldsStart()
                .field("SNMPv3 users", new HtmlWriter.Link(UiPaths.SNMP, running.all(SnmpUser.class).size()))
                .field("Notification targets", running.all(NotifyTarget.class).size())
                .fieldsEnd();
        return Reply.html(200, layout.page("Overview", Layout.Section.OVERVIEW, body));
    }
}
