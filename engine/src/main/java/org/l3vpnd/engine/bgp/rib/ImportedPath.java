package org.l3vpnd.engine.bgp.rib;

import java.util.Objects;

/**
 * A VPN path copied into a VRF table: the attributes, label and peer of its source, which is the
 * best path of one RD+prefix in a VPN table. Paths of the same prefix under different RDs (a
 * multi-homed site) compete in the VRF table; a new best under the same RD replaces the old copy.
 */
public final class ImportedPath extends Path {
    private final long sourceRd;
    private final Path source;

    ImportedPath(Path source, long sourceRd) {
        super(source.attrs(), source.label(), source.peerId());
        this.source = Objects.requireNonNull(source, "source");
        this.sourceRd = sourceRd;
    }

    @Override
    public boolean isImported() {
        return true;
    }

    /** The path in the VPN table this one was copied from. */
    public Path source() {
        return source;
    }

    /** The eight RD octets of the source route. */
    public long sourceRd() {
        return sourceRd;
    }

    @Override
    boolean sameSource(Path other) {
        return other instanceof ImportedPath i && i.sourceRd == sourceRd;
    }
}
