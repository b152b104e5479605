package org.l3vpnd.webui;

import java.util.Collection;

import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.NotifyTarget;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.SnmpUser;

/**
 * {@code /snmp}: notification targets and SNMPv3 users. Secrets stay out: user keys are never
 * read, and a v1/v2c target's security name is its community string, a password in all but name,
 * so it is not shown either. Thread-safe (immutable).
 */
final class SnmpPage {

    static final String COMMUNITY_HIDDEN = "(community hidden)";

    private final ConfigService config;
    private final Layout layout;

    SnmpPage(ConfigService config, Layout layout) {
        this.config = config;
        this.layout = layout;
    }

    Reply render() {
        RunningConfig running = config.running();
        HtmlWriter body = new HtmlWriter();
        writeTargets(body, running.all(NotifyTarget.class));
        writeUsers(body, running.all(SnmpUser.class));
        return Reply.html(200, layout.page("SNMP", Layout.Section.SNMP, body));
    }

    private static void writeTargets(HtmlWriter body, Collection<NotifyTarget> targets) {
        body.element("h2", "Notification targets");
        if (targets.isEmpty()) {
            body.paragraph("No notification targets are configured.");
            return;
        }
        body.tableStart("Name", "Address", "Port", "Version", "Security name", "Security level", "Sends", "Storage");
        for (NotifyTarget t : targets) {
            boolean v3 = t.version().equals("v3");
            body.row(t.name(), t.address(), Integer.toString(t.port()), t.version(),
                    v3 ? t.securityName() : COMMUNITY_HIDDEN,
                    v3 ? t.securityLevel() : MibLabels.NONE,
                    t.inform() ? "informs" : "traps", MibLabels.storage(t.storage()));
        }
        body.tableEnd();
    }

    private static void writeUsers(HtmlWriter body, Collection<SnmpUser> users) {
        body.element("h2", "SNMPv3 users");
        if (users.isEmpty()) {
            body.paragraph("No SNMPv3 users are configured.");
            return;
        }
        body.tableStart("Name", "Authentication", "Privacy", "Access", "Storage");
        for (SnmpUser u : users) {
            body.row(u.name(), u.authProtocol(), u.privProtocol(), u.readWrite() ? "read-write" : "read-only",
                    MibLabels.storage(u.storage()));
        }
        body.tableEnd();
    }
}
