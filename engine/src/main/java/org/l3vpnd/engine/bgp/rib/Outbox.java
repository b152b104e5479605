package org.l3vpnd.engine.bgp.rib;

import io.netty.buffer.ByteBuf;
import java.util.ArrayDeque;

import org.l3vpnd.engine.bgp.session.PeerSession;

/**
 * The messages of one generation round that the session has not taken yet, in order: packed
 * UPDATEs and markers (End-of-RIB, BoRR and EoRR go through the session's own methods, so they
 * travel as actions). Bounded by construction: {@link AdjRibOut} produces a round only when this is empty.
 *
 * <p>{@link PeerSession#send} takes every buffer it is given; a false return means "stop now",
 * so the buffer counts as sent and the next one waits for the session's writability callback.
 * Engine loop only.
 */
final class Outbox {
    private final PeerSession session;
    private final ArrayDeque<Object> queue = new ArrayDeque<>();

    Outbox(PeerSession session) {
        this.session = session;
    }

    void add(ByteBuf message) {
        queue.add(message);
    }

    void addAction(Runnable action) {
        queue.add(action);
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    /** Hands over what the session takes; true when all went and the session can take more, false when it asked us to stop. */
    boolean drain() {
        Object next;
        while ((next = queue.poll()) != null) {
            if (next instanceof ByteBuf message) {
                if (!session.send(message)) {
                    return false;
                }
            } else {
                ((Runnable) next).run();
            }
        }
        return true;
    }

    /** Releases what was never handed over. */
    void close() {
        Object next;
        while ((next = queue.poll()) != null) {
            if (next instanceof ByteBuf message) {
                message.release();
            }
        }
    }
}
