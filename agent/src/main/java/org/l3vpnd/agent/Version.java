package org.l3vpnd.agent;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The appliance version, from the build. */
final class Version {

    private Version() {
    }

    static String current() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
