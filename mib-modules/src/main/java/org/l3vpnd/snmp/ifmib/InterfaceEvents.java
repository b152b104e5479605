package org.l3vpnd.snmp.ifmib;

import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.iface.InterfaceListener;
import org.l3vpnd.engine.iface.NetInterface;
import org.l3vpnd.engine.iface.OperStatus;
import org.l3vpnd.snmp.agent.AgentClock;
import org.l3vpnd.snmp.agent.NotificationSender;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.VariableBinding;

/**
 * Turns inventory changes into linkDown / linkUp notifications and keeps ifTableLastChange.
 * Runs on the inventory's poller thread; {@link #tableLastChange()} is read from any thread.
 */
final class InterfaceEvents implements InterfaceListener {

    static final OID LINK_DOWN = new OID("1.3.6.1.6.3.1.1.5.3");
    static final OID LINK_UP = new OID("1.3.6.1.6.3.1.1.5.4");

    private final ConfigService config;
    private final NotificationSender notifications;
    private final AgentClock clock;
    /** sysUpTime of the last row creation or deletion; 0 while there was none (RFC 2863). */
    private volatile long tableLastChangeCentis;

    InterfaceEvents(ConfigService config, NotificationSender notifications, AgentClock clock) {
        this.config = config;
        this.notifications = notifications;
        this.clock = clock;
    }

    TimeTicks tableLastChange() {
        return new TimeTicks(tableLastChangeCentis & 0xFFFF_FFFFL);
    }

    @Override
    public void onChange(NetInterface before, NetInterface after) {
        if (before == null || after == null) {
            tableLastChangeCentis = clock.sysUpTimeCentis();
            return;
        }
        OID notification = linkNotification(before.operStatus(), after.operStatus());
        if (notification != null && LinkTrapEnableColumn.enabled(config.running(), after.ifIndex())) {
            int ifIndex = after.ifIndex();
            notifications.send(notification,
                    new VariableBinding(IfTable.Column.IF_INDEX.instance(ifIndex), new Integer32(ifIndex)),
                    new VariableBinding(IfTable.Column.IF_ADMIN_STATUS.instance(ifIndex),
                            new Integer32(IfTable.adminStatus(after))),
                    new VariableBinding(IfTable.Column.IF_OPER_STATUS.instance(ifIndex),
                            new Integer32(IfTable.operStatus(after))));
        }
    }

    /**
     * RFC 2863: linkDown when ifOperStatus is about to enter down from any state but notPresent,
     * linkUp when it leaves down for any state but notPresent. Other transitions (up to
     * lowerLayerDown, say) are not link events.
     */
    static OID linkNotification(OperStatus before, OperStatus after) {
        if (after == OperStatus.DOWN && before != OperStatus.DOWN && before != OperStatus.NOT_PRESENT) {
            return LINK_DOWN;
        }
        if (before == OperStatus.DOWN && after != OperStatus.DOWN && after != OperStatus.NOT_PRESENT) {
            return LINK_UP;
        }
        return null;
    }
}
