package org.l3vpnd.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.NotifyTarget;
import org.l3vpnd.engine.config.Setting;
import org.l3vpnd.engine.config.SettingNames;
import org.l3vpnd.engine.config.StorageType;

/**
 * The appliance's configuration file: listeners, and items that seed the configuration. A seed item
 * is used only when the store has no item with its key yet, so values later set over SNMP win.
 *
 * <pre>
 * # comment
 * listen snmp|http|bgp [ADDR:]PORT
 * set NAME "VALUE"
 * notify NAME v1|v2c COMMUNITY HOST:PORT [inform]
 * notify NAME v3 USER noAuthNoPriv|authNoPriv|authPriv HOST:PORT [inform]
 * </pre>
 */
record ConfigFile(Map<String, HostPort> listeners, List<ConfigItem> seeds) {

    private static final Set<String> SETTINGS = Set.of(SettingNames.SYS_CONTACT, SettingNames.SYS_NAME,
            SettingNames.SYS_LOCATION, SettingNames.AUTHEN_TRAPS, SettingNames.L3VPN_NOTIFICATIONS,
            SettingNames.L3VPN_ILLEGAL_LABEL_THRESHOLD, SettingNames.L3VPN_MAX_THRESH_TIME);

    Optional<HostPort> listener(String name) {
        return Optional.ofNullable(listeners.get(name));
    }

    /** Parses the text; errors name the source and line. */
    static ConfigFile parse(String source, String text) {
        Map<String, HostPort> listeners = new TreeMap<>();
        List<ConfigItem> seeds = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            List<String> words;
            try {
                words = tokenize(lines[n]);
                if (words.isEmpty()) {
                    continue;
                }
                switch (words.get(0)) {
                    case "listen" -> {
                        expect(words, 3);
                        String which = words.get(1);
                        if (!Set.of("snmp", "http", "bgp").contains(which)) {
                            throw new IllegalArgumentException("unknown listener '" + which + "'");
                        }
                        listeners.put(which, HostPort.parse(words.get(2), "http".equals(which) ? "127.0.0.1"
                                : "0.0.0.0"));
                    }
                    case "set" -> {
                        expect(words, 3);
                        if (!SETTINGS.contains(words.get(1))) {
                            throw new IllegalArgumentException("unknown setting '" + words.get(1) + "'");
                        }
                        seeds.add(Setting.of(words.get(1), words.get(2)));
                    }
                    case "notify" -> seeds.add(notifyTarget(words));
                    default -> throw new IllegalArgumentException("unknown statement '" + words.get(0) + "'");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + (n + 1) + ": " + e.getMessage(), e);
            }
        }
        return new ConfigFile(listeners, seeds);
    }

    private static NotifyTarget notifyTarget(List<String> w) {
        if (w.size() < 5) {
            throw new IllegalArgumentException("notify NAME VERSION SECURITY-NAME [LEVEL] HOST:PORT [inform]");
        }
        String version = w.get(2);
        int i = 4;
        String level = "noAuthNoPriv";
        if ("v3".equals(version)) {
            level = w.get(4);
            if (!Set.of("noAuthNoPriv", "authNoPriv", "authPriv").contains(level)) {
                throw new IllegalArgumentException("unknown security level '" + level + "'");
            }
            i = 5;
        } else if (!"v1".equals(version) && !"v2c".equals(version)) {
            throw new IllegalArgumentException("unknown SNMP version '" + version + "' (v1, v2c or v3)");
        }
        if (w.size() <= i) {
            throw new IllegalArgumentException("notify: missing HOST:PORT");
        }
        HostPort to = HostPort.parse(w.get(i), "127.0.0.1");
        boolean inform = false;
        if (w.size() > i + 1) {
            if (!"inform".equals(w.get(i + 1)) || w.size() > i + 2) {
                throw new IllegalArgumentException("notify: unexpected '" + w.get(i + 1) + "'");
            }
            inform = true;
        }
        return new NotifyTarget(w.get(1), to.host(), to.port(), version, w.get(3), level, inform,
                StorageType.NON_VOLATILE);
    }

    private static void expect(List<String> words, int count) {
        if (words.size() != count) {
            throw new IllegalArgumentException("'" + words.get(0) + "' takes " + (count - 1) + " arguments");
        }
    }

    /** Splits on blanks; double quotes group, backslash escapes inside quotes; '#' starts a comment. */
    static List<String> tokenize(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < line.length()) {
                    cur.append(line.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                if (cur == null) {
                    cur = new StringBuilder();
                }
            } else if (c == '#') {
                break;
            } else if (Character.isWhitespace(c)) {
                if (cur != null) {
                    out.add(cur.toString());
                    cur = null;
                }
            } else {
                if (cur == null) {
                    cur = new StringBuilder();
                }
                cur.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quote");
        }
        if (cur != null) {
            out.add(cur.toString());
        }
        return out;
    }
}
