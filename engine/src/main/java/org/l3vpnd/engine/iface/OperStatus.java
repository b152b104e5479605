package org.l3vpnd.engine.iface;

/**
 * Operational state of an interface, in the RFC 2863 vocabulary the kernel's {@code operstate}
 * attribute already uses.
 */
public enum OperStatus {
    UP, DOWN, TESTING, UNKNOWN, DORMANT, NOT_PRESENT, LOWER_LAYER_DOWN;

    /**
     * Interprets sysfs {@code operstate}. Many drivers (loopback, tunnels, tun) never set an RFC 2863
     * state and report "unknown" even while passing traffic, so for them the administrative flag
     * and the carrier decide, as they do for the kernel's own IFF_RUNNING.
     *
     * @param carrier {@code null} when the driver refuses to report one (it does while admin down)
     */
    public static OperStatus fromSysfs(String operstate, boolean adminUp, Boolean carrier) {
        return switch (operstate) {
            case "up" -> UP;
            case "down" -> DOWN;
            case "testing" -> TESTING;
            case "dormant" -> DORMANT;
            case "notpresent" -> NOT_PRESENT;
            case "lowerlayerdown" -> LOWER_LAYER_DOWN;
            default -> {
                if (!adminUp) {
                    yield DOWN;
                }
                if (carrier == null) {
                    yield UNKNOWN;
                }
                yield carrier ? UP : DOWN;
            }
        };
    }
}
