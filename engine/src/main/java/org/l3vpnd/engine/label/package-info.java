/**
 * MPLS labels for the routes this router exports: a {@link org.l3vpnd.engine.label.LabelManager}
 * hands out labels from one configured range, one per forwarding equivalence class
 * ({@link org.l3vpnd.engine.label.Fec}: per prefix, per VRF or per CE next hop, chosen by a VRF's
 * {@link org.l3vpnd.engine.label.LabelPolicy}), reference-counted by the routes that use it.
 *
 * <p>Invariants: while allocated a label stands for exactly one FEC and a FEC for exactly one label;
 * a label is freed only with the last reference to its FEC; reserved labels 0..15 are never
 * allocated; running out is reported (a -1 return and an event), never thrown. Engine loop only.
 */
package org.l3vpnd.engine.label;
