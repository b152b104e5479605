package org.l3vpnd.snmp.ifmib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.l3vpnd.engine.iface.OperStatus.DORMANT;
import static org.l3vpnd.engine.iface.OperStatus.DOWN;
import static org.l3vpnd.engine.iface.OperStatus.LOWER_LAYER_DOWN;
import static org.l3vpnd.engine.iface.OperStatus.NOT_PRESENT;
import static org.l3vpnd.engine.iface.OperStatus.UNKNOWN;
import static org.l3vpnd.engine.iface.OperStatus.UP;

import org.junit.jupiter.api.Test;

/** Which operational status transitions are link events, per the RFC 2863 notification definitions. */
class InterfaceEventsTest {

    @Test
    void enteringDownFromAnythingButNotPresentIsLinkDown() {
        assertEquals(InterfaceEvents.LINK_DOWN, InterfaceEvents.linkNotification(UP, DOWN));
        assertEquals(InterfaceEvents.LINK_DOWN, InterfaceEvents.linkNotification(DORMANT, DOWN));
        assertEquals(InterfaceEvents.LINK_DOWN, InterfaceEvents.linkNotification(UNKNOWN, DOWN));
        assertEquals(null, InterfaceEvents.linkNotification(NOT_PRESENT, DOWN));
    }

    @Test
    void leavingDownForAnythingButNotPresentIsLinkUp() {
        assertEquals(InterfaceEvents.LINK_UP, InterfaceEvents.linkNotification(DOWN, UP));
        assertEquals(InterfaceEvents.LINK_UP, InterfaceEvents.linkNotification(DOWN, LOWER_LAYER_DOWN));
        assertEquals(null, InterfaceEvents.linkNotification(DOWN, NOT_PRESENT));
    }

    @Test
    void transitionsNotTouchingDownAreNoLinkEvents() {
        assertEquals(null, InterfaceEvents.linkNotification(UP, LOWER_LAYER_DOWN));
        assertEquals(null, InterfaceEvents.linkNotification(UP, DORMANT));
        assertEquals(null, InterfaceEvents.linkNotification(UNKNOWN, UP));
    }
}
