package org.l3vpnd.engine.bgp.rib;

import java.util.Objects;

import org.l3vpnd.engine.bgp.wire.PathAttributes;
import org.l3vpnd.engine.bgp.wire.Nlri;
import org.l3vpnd.engine.net.IpAddress;

/**
 * One path to a destination: the interned attribute set it shares with many other paths, its MPLS
 * label and the peer it came from. A RIB table keeps the paths of one key as a singly linked list
 * through {@link #next}, the selected best path first, so a destination with one path costs this
 * one object and nothing else.
 *
 * <p>Engine loop only. The attributes, label and peer never change: a new announcement is a new
 * path, and {@link AdjRibOut} relies on that by comparing paths by identity. Only the list link and
 * the flags (stale, selected) are written, by the owning table.
 */
public sealed class Path permits LocalPath, ImportedPath {
    static final byte STALE = 1;
    static final byte SELECTED = 2;

    private final PathAttributes attrs;
    private final int label;
    private final short peer;
    byte flags;
    Path next;

    Path(PathAttributes attrs, int label, int peerId) {
        this.attrs = Objects.requireNonNull(attrs, "attrs");
        this.label = label;
        if (peerId < 0 || peerId > 0xffff) {
            throw new IllegalArgumentException("peer id " + peerId + " out of range");
        }
        this.peer = (short) peerId;
    }

    public PathAttributes attrs() {
        return attrs;
    }

    /** The MP_REACH next hop's global address, else the classic NEXT_HOP, else null. */
    public IpAddress nextHop() {
        return attrs.mpNextHop() != null ? attrs.mpNextHop().global() : attrs.nextHop();
    }

    /** The MPLS label of labelled families, else {@link Nlri#NO_LABEL}. */
    public int label() {
        return label;
    }

    /** The {@link BgpRib} peer id; {@link BgpRib#LOCAL_PEER} for routes this router originates. */
    public int peerId() {
        return peer & 0xffff;
    }

    /** Originated by this router (the VPN connector's exports). */
    public boolean isLocal() {
        return false;
    }

    /** Copied from a VPN table into a VRF table by the connector. */
    public boolean isImported() {
        return false;
    }

    /** Kept from a session that went down gracefully and not yet refreshed (RFC 4724). */
    public boolean isStale() {
        return (flags & STALE) != 0;
    }

    boolean selected() {
        return (flags & SELECTED) != 0;
    }

    void flag(byte bit, boolean on) {
        flags = (byte) (on ? flags | bit : flags & ~bit);
    }

    /** Received from peer {@code peerId}: part of its Adj-RIB-In, neither originated nor imported. */
    boolean receivedFrom(int peerId) {
        return getClass() == Path.class && peer == (short) peerId;
    }

    /** Whether {@code other} comes from the same source, so that it replaces this path. */
    boolean sameSource(Path other) {
        return other.getClass() == Path.class && other.peer == peer;
    }

    @Override
    public String toString() {
        return "Path[peer=" + peerId() + (label >= 0 ? " label=" + label : "") + (isStale() ? " stale" : "")
                + " " + attrs + "]";
    }
}
