package org.l3vpnd.engine.label;

/**
 * Hears label allocation events, on the thread that uses the {@link LabelManager} (the engine
 * loop); implementations hand off at once (to the forwarding plane, to the log).
 */
public interface LabelListener {
    /** {@code label} now stands for {@code fec}: install its forwarding entry. */
    default void allocated(Fec fec, int label) {
    }

    /** The last route using {@code label} let go of it: remove its forwarding entry. */
    default void released(Fec fec, int label) {
    }

    /** {@code fec} needed a label and none was free. */
    default void exhausted(Fec fec) {
    }
}
