package org.l3vpnd.engine.bgp.rib;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.l3vpnd.engine.bgp.wire.AsPath;
import org.l3vpnd.engine.bgp.wire.Origin;
import org.l3vpnd.engine.bgp.wire.PathAttributes;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;

/**
 * The BGP decision process (RFC 4271 9.1.2 and 9.1.2.2, RFC 4456 9) for the paths of one
 * destination. It follows the RFC's shape, a sequence of eliminations over the candidate set,
 * rather than a pairwise comparator: MED is compared only between paths from the same neighbour
 * AS, which is not a total order, and a comparator would make the winner depend on the order of
 * arrival.
 *
 * <p>Steps, each keeping only the candidates that tie for the best value:
 * <ol>
 *   <li>eligibility: next hop resolvable ({@link NextHopResolver}); AS loops never get this far;</li>
 *   <li>locally originated paths first (our own configuration, as BIRD's protocol preference);</li>
 *   <li>highest degree of preference: LOCAL_PREF from internal peers, 100 otherwise (5.1.5: a
 *       LOCAL_PREF from an external peer is ignored);</li>
 *   <li>shortest AS_PATH: an AS_SET counts one, confederation segments nothing;</li>
 *   <li>lowest ORIGIN;</li>
 *   <li>lowest MED among paths of the same neighbour AS; a missing MED is 0;</li>
 *   <li>paths from external peers over internal ones;</li>
 *   <li>lowest IGP cost to the next hop;</li>
 *   <li>lowest BGP identifier, the ORIGINATOR_ID standing in for it when present (RFC 4456);</li>
 *   <li>shortest CLUSTER_LIST (RFC 4456);</li>
 *   <li>lowest peer address;</li>
 *   <li>for imported copies, lowest source RD: not in the RFC, only so that the result never
 *       depends on arrival order.</li>
 * </ol>
 *
 * <p>Engine loop only (it reuses a scratch array).
 */
final class DecisionProcess {
    static final long DEFAULT_LOCAL_PREF = 100;

    private final IntFunction<RibPeer> peers;
    private final Supplier<BgpRibSettings> settings;
    private NextHopResolver resolver;
    private Path[] scratch = new Path[8];
    private long[] neighbourScratch = new long[8];
    private boolean[] beatenScratch = new boolean[8];
    private AfiSafi family;

    // The tie-breaks, made once: select() runs for every destination with two paths or more.
    private static final Comparator<Path> LOCAL_FIRST = Comparator.comparingInt(p -> p.isLocal() ? 0 : 1);
    private static final Comparator<Path> SHORTEST_AS_PATH = Comparator.comparingInt(DecisionProcess::asPathLength);
    private static final Comparator<Path> LOWEST_ORIGIN = Comparator.comparingInt(DecisionProcess::originRank);
    private static final Comparator<Path> SHORTEST_CLUSTER_LIST =
            Comparator.comparingInt(p -> p.attrs().clusterListLength());
    private static final Comparator<Path> LOWEST_SOURCE_RD =
            Comparator.comparing(p -> p instanceof ImportedPath i ? i.sourceRd() : 0L, Long::compareUnsigned);
    private final Comparator<Path> byLocalPref = Comparator.comparingLong(p -> -localPref(p));
    private final Comparator<Path> byExternalFirst = Comparator.comparingInt(p -> peer(p).internal ? 1 : 0);
    private final Comparator<Path> byIgpCost =
            Comparator.comparingLong(p -> p.isLocal() ? 0 : resolver.igpCost(family, p.nextHop()));
    private final Comparator<Path> byIdentifier = Comparator.comparingLong(this::identifier);
    private final Comparator<Path> byPeerAddress = Comparator.comparing(p -> peer(p).address);

    DecisionProcess(IntFunction<RibPeer> peers, Supplier<BgpRibSettings> settings, NextHopResolver resolver) {
        this.peers = peers;
        this.settings = settings;
        this.resolver = resolver;
    }

    void resolver(NextHopResolver r) {
        this.resolver = r;
    }

    /** The best of the paths linked from {@code head}, or null when none is eligible. */
    Path select(AfiSafi family, Path head) {
        this.family = family;
        int n = 0;
        for (Path p = head; p != null; p = p.next) {
            if (eligible(p)) {
                if (n == scratch.length) {
                    scratch = Arrays.copyOf(scratch, n * 2);
                }
                scratch[n++] = p;
            }
        }
        if (n == 0) {
            return null;
        }
        if (n > 1) {
            n = keepMin(n, LOCAL_FIRST);
            n = keepMin(n, byLocalPref);
            n = keepMin(n, SHORTEST_AS_PATH);
            n = keepMin(n, LOWEST_ORIGIN);
            n = keepLowestMedPerNeighbourAs(n);
            n = keepMin(n, byExternalFirst);
            n = keepMin(n, byIgpCost);
            n = keepMin(n, byIdentifier);
            n = keepMin(n, SHORTEST_CLUSTER_LIST);
            n = keepMin(n, byPeerAddress);
            n = keepMin(n, LOWEST_SOURCE_RD);
        }
        Path best = scratch[0];
        Arrays.fill(scratch, 0, n, null);
        return best;
    }

    /** Whether {@code p} may be selected in {@code family}: local, or its next hop resolves. */
    boolean eligible(AfiSafi family, Path p) {
        return p.isLocal() || (p.nextHop() != null && resolver.reachable(family, p.nextHop()));
    }

    private boolean eligible(Path p) {
        if (p.isLocal()) {
            return true;
        }
        IpAddress nh = p.nextHop();
        return nh != null && resolver.reachable(family, nh);
    }

    /** Compacts the candidates that tie with the least under {@code order}; returns their count. */
    private int keepMin(int n, Comparator<Path> order) {
        Path min = scratch[0];
        for (int i = 1; i < n; i++) {
            if (order.compare(scratch[i], min) < 0) {
                min = scratch[i];
            }
        }
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (order.compare(scratch[i], min) == 0) {
                scratch[kept++] = scratch[i];
            }
        }
        Arrays.fill(scratch, kept, n, null);
        return kept;
    }

    /** RFC 4271 9.1.2.2 (c): a path loses only to a lower MED from the same neighbour AS. */
    private int keepLowestMedPerNeighbourAs(int n) {
        long local = settings.get().localAs();
        if (neighbourScratch.length < n) {
            neighbourScratch = new long[scratch.length];
            beatenScratch = new boolean[scratch.length];
        }
        long[] neighbour = neighbourScratch;
        boolean[] beaten = beatenScratch;
        for (int i = 0; i < n; i++) {
            neighbour[i] = neighbourAs(scratch[i].attrs(), local);
        }
        // Decide every candidate against the full set first, then compact in place.
        for (int i = 0; i < n; i++) {
            beaten[i] = false;
            for (int j = 0; j < n && !beaten[i]; j++) {
                beaten[i] = neighbour[j] == neighbour[i] && med(scratch[j]) < med(scratch[i]);
            }
        }
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (!beaten[i]) {
                scratch[kept++] = scratch[i];
            }
        }
        Arrays.fill(scratch, kept, n, null);
        return kept;
    }

    private RibPeer peer(Path p) {
        return peers.apply(p.peerId());
    }

    /** The degree of preference: LOCAL_PREF where it may be trusted, 100 otherwise. */
    long localPref(Path p) {
        boolean trusted = p.isLocal() || peer(p).internal;
        return trusted && p.attrs().hasLocalPref() ? p.attrs().localPref() : DEFAULT_LOCAL_PREF;
    }

    /** ORIGINATOR_ID if a reflector passed the path on, else the peer's (or our) BGP identifier. */
    private long identifier(Path p) {
        if (p.isLocal()) {
            return settings.get().routerIdValue();
        }
        IpAddress originator = p.attrs().originatorId();
        return originator != null ? originator.ipv4() & 0xffffffffL : peer(p).routerId;
    }

    static int asPathLength(Path p) {
        AsPath path = p.attrs().asPath();
        return path == null ? 0 : path.pathLength();
    }

    static int originRank(Path p) {
        Origin o = p.attrs().origin();
        return o == null ? Origin.INCOMPLETE.code() : o.code();
    }

    static long med(Path p) {
        return p.attrs().hasMed() ? p.attrs().med() : 0;
    }

    /**
     * The AS the path was learned from (RFC 4271 9.1.2.2 c): the first AS of the path's first
     * AS_SEQUENCE, confederation segments skipped; the local AS when the path is empty or starts
     * with an AS_SET.
     */
    static long neighbourAs(PathAttributes attrs, long localAs) {
        AsPath path = attrs.asPath();
        if (path == null) {
            return localAs;
        }
        for (AsPath.Segment s : path.segments()) {
            if (s.type().isConfederation()) {
                continue;
            }
            return s.type() == AsPath.SegmentType.AS_SEQUENCE ? s.as(0) : localAs;
        }
        return localAs;
    }
}
