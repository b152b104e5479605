package org.l3vpnd.engine.bgp.rib;

import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;

/**
 * Tells the decision process whether a path's next hop can be used (RFC 4271 9.1.2: routes whose
 * next hop is unresolvable are excluded) and what reaching it costs (the IGP-cost tie-break,
 * 9.1.2.2 e). For VPN families a next hop is usable only when a transport LSP reaches that PE;
 * the LSP layer will implement this and call {@link BgpRib#nextHopsChanged()} when answers change.
 *
 * <p>Called on the engine loop, once per path per decision: answer from a table, never block.
 */
public interface NextHopResolver {
    /** Every next hop reachable at equal cost: the stand-in until LSPs are wired. */
    NextHopResolver ALWAYS_REACHABLE = new NextHopResolver() {
        @Override
        public boolean reachable(AfiSafi family, IpAddress nextHop) {
            return true;
        }

        @Override
        public long igpCost(AfiSafi family, IpAddress nextHop) {
            return 0;
        }
    };

    /** Whether paths of {@code family} via {@code nextHop} may be selected. */
    boolean reachable(AfiSafi family, IpAddress nextHop);

    /** The interior cost to {@code nextHop}; equal values tie. */
    long igpCost(AfiSafi family, IpAddress nextHop);
}
