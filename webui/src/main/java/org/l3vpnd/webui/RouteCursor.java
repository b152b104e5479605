package org.l3vpnd.webui;

import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.rib.Route;

/**
 * A position in a VRF's route table: the key of the last route a page showed, as text
 * ({@code prefix,next-hop-or-dash,policy}). The next page starts strictly after that key, so
 * routes added or removed in between neither repeat nor shift the page, as an offset would.
 * Thread-safe (stateless).
 */
final class RouteCursor {

    private static final String NO_NEXT_HOP = "-";

    private RouteCursor() {
    }

    static String of(Route route) {
        return route.prefix() + "," + (route.nextHop() == null ? NO_NEXT_HOP : route.nextHop().toString())
                + "," + MibLabels.policy(route);
    }

    /**
     * The lookup key the cursor names; the route itself need not exist any more.
     *
     * @throws IllegalArgumentException when the text is not a cursor
     */
    static Route parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a route cursor has three comma-separated parts");
        }
        IpPrefix prefix = IpPrefix.parse(parts[0]);
        IpAddress nextHop = parts[1].equals(NO_NEXT_HOP) ? null : IpAddress.parse(parts[1]);
        return Route.probe(prefix, parsePolicy(parts[2]), nextHop);
    }

    private static int[] parsePolicy(String dotted) {
        if (dotted.isEmpty()) {
            return new int[0];
        }
        String[] subIds = dotted.split("\\.", -1);
        if (subIds.length > Route.MAX_POLICY_LENGTH) {
            throw new IllegalArgumentException("policy has too many sub-identifiers");
        }
        int[] policy = new int[subIds.length];
        for (int i = 0; i < subIds.length; i++) {
            // parseUnsignedInt would also take a leading '+'; a sub-identifier is digits only.
            if (subIds[i].isEmpty() || !subIds[i].chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("policy sub-identifier \"" + subIds[i] + "\" is not a number");
            }
            policy[i] = Integer.parseUnsignedInt(subIds[i]);
        }
        return policy;
    }
}
