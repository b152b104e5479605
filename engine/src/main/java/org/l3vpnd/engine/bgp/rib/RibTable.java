package org.l3vpnd.engine.bgp.rib;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import org.l3vpnd.engine.net.AfiSafi;

/**
 * The Loc-RIB of one family in one instance (the provider tables, or one VRF's CE table), and with
 * it the Adj-RIBs-In of its peers: every path is stored once, tagged with its peer, so a peer's
 * Adj-RIB-In is the set of paths carrying its id rather than a second copy of the table.
 *
 * <p>Invariants: each key maps to a non-empty list of paths with pairwise different sources;
 * after every change the list starts with the best path, flagged {@link Path#SELECTED}, or holds
 * no selected path when none is eligible; the {@link Changes} listener hears every change of the
 * best path, once, after the table is consistent again. Engine loop only.
 */
final class RibTable {
    /** Hears best-path changes. */
    interface Changes {
        void bestChanged(RibTable table, RouteKey key, Path oldBest, Path newBest);
    }

    final String instance;
    final AfiSafi family;
    private final DecisionProcess decision;
    private final Changes changes;
    private final OpenMap<RouteKey, Path> routes = new OpenMap<>();
    /** The Adj-RIBs-Out fed from this table. */
    final List<AdjRibOut> outs = new ArrayList<>();

    RibTable(String instance, AfiSafi family, DecisionProcess decision, Changes changes) {
        this.instance = instance;
        this.family = family;
        this.decision = decision;
        this.changes = changes;
    }

    /** The selected path of {@code key}, or null. */
    Path best(RouteKey key) {
        Path head = routes.get(key);
        return head != null && head.selected() ? head : null;
    }

    /** Every path of {@code key}, best first; empty when there are none. */
    List<Path> paths(RouteKey key) {
        List<Path> out = new ArrayList<>();
        for (Path p = routes.get(key); p != null; p = p.next) {
            out.add(p);
        }
        return out;
    }

    int destinations() {
        return routes.size();
    }

    /** The keys at this moment, for walks that change the table or span several engine tasks. */
    Object[] keys() {
        return routes.keys();
    }

    /** Visits each destination that has a best path; the action must not change this table. */
    void forEachBest(BiConsumer<RouteKey, Path> action) {
        routes.forEach((k, head) -> {
            if (head.selected()) {
                action.accept(k, head);
            }
        });
    }

    /** Visits every path; the action must not add or remove paths (flags may change). */
    void forEachPath(BiConsumer<RouteKey, Path> action) {
        routes.forEach((k, head) -> {
            for (Path p = head; p != null; p = p.next) {
                action.accept(k, p);
            }
        });
    }

    /**
     * Adds {@code path}, replacing the path of the same source. A path equal to the one it would
     * replace (same attributes instance, same label) only clears that one's stale flag, so that a
     * peer repeating itself causes no churn downstream.
     */
    void put(RouteKey key, Path path) {
        Path head = routes.get(key);
        Path oldBest = head != null && head.selected() ? head : null;
        Path prev = null;
        for (Path p = head; p != null; prev = p, p = p.next) {
            if (p.sameSource(path)) {
                if (p.getClass() == path.getClass() && p.attrs() == path.attrs() && p.label() == path.label()
                        && samePayload(p, path)) {
                    p.flag(Path.STALE, false);
                    return;
                }
                path.next = p.next;
                p.next = null;
                if (prev == null) {
                    head = path;
                } else {
                    prev.next = path;
                }
                reselect(key, head, oldBest);
                return;
            }
        }
        path.next = head;
        reselect(key, path, oldBest);
    }

    /** Removes the first path of {@code key} matching {@code which}; returns whether there was one. */
    boolean remove(RouteKey key, Predicate<Path> which) {
        Path head = routes.get(key);
        Path prev = null;
        for (Path p = head; p != null; prev = p, p = p.next) {
            if (which.test(p)) {
                Path oldBest = head.selected() ? head : null;
                if (prev == null) {
                    head = p.next;
                } else {
                    prev.next = p.next;
                }
                p.next = null;
                if (head == null) {
                    routes.remove(key);
                    if (oldBest != null) {
                        changes.bestChanged(this, key, oldBest, null);
                    }
                } else {
                    reselect(key, head, oldBest);
                }
                return true;
            }
        }
        return false;
    }

    /** Removes every path matching {@code which}; returns how many. */
    int removeIf(Predicate<Path> which) {
        int removed = 0;
        for (Object k : routes.keys()) {
            RouteKey key = (RouteKey) k;
            while (remove(key, which)) {
                removed++;
            }
        }
        return removed;
    }

    /** Runs the decision again for every destination, after next-hop reachability changed. */
    void reselectAll() {
        for (Object k : routes.keys()) {
            RouteKey key = (RouteKey) k;
            Path head = routes.get(key);
            reselect(key, head, head.selected() ? head : null);
        }
    }

    /** Puts the winner first, flags it, stores the list and reports a changed best. */
    private void reselect(RouteKey key, Path head, Path oldBest) {
        if (oldBest != null) {
            oldBest.flag(Path.SELECTED, false);
        }
        Path best = decision.select(family, head);
        if (best != null && best != head) {
            Path prev = head;
            while (prev.next != best) {
                prev = prev.next;
            }
            prev.next = best.next;
            best.next = head;
            head = best;
        }
        if (best != null) {
            best.flag(Path.SELECTED, true);
        }
        routes.put(key, head);
        if (best != oldBest) {
            changes.bestChanged(this, key, oldBest, best);
        }
    }

    private static boolean samePayload(Path a, Path b) {
        if (a instanceof ImportedPath x && b instanceof ImportedPath y) {
            return x.source() == y.source();
        }
        if (a instanceof LocalPath x && b instanceof LocalPath y) {
            return java.util.Objects.equals(x.sourceNextHop(), y.sourceNextHop());
        }
        return true;
    }

    @Override
    public String toString() {
        return "RibTable[" + (instance.isEmpty() ? "" : instance + " ") + family + " " + routes.size() + " keys]";
    }
}
