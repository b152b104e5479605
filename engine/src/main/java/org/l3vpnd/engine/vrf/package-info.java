/**
 * The live side of VRFs: which interfaces are bound and up, which routes each VRF holds, its
 * counters, and the events behind the MPLS-L3VPN-STD-MIB notifications.
 *
 * <p>Ownership and threading: {@link org.l3vpnd.engine.vrf.VrfManager} and everything it holds is
 * owned by the engine loop; configuration commits and interface changes only queue work there.
 * Management threads read through {@link org.l3vpnd.engine.vrf.VrfView} and
 * {@link org.l3vpnd.engine.vrf.VrfStatus}, lock-free, and never wait for the loop. Event listeners
 * are called on the loop and must hand off at once.
 *
 * <p>Invariants: a VRF that is not in service or is admin down has oper status down and an empty
 * RIB; oper status is up exactly when, besides, one bound interface is up, and each transition is
 * announced once, naming the interface that caused it; a RIB never holds more routes than the
 * VRF's limit allowed when each was installed, and every refusal is counted as dropped; counters
 * only grow and are maintained per change; reconfiguration is applied as a diff, so a change that
 * does not concern routes leaves the RIB untouched.
 */
package org.l3vpnd.engine.vrf;
