package org.l3vpnd.snmp.ifmib;

import java.util.Objects;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.snmp.config.RequestTransactions;
import org.l3vpnd.engine.iface.InterfaceInventory;
import org.l3vpnd.snmp.agent.AgentClock;
import org.l3vpnd.snmp.agent.MibModule;
import org.l3vpnd.snmp.agent.NotificationSender;
import org.l3vpnd.snmp.agent.LiveScalar;
import org.snmp4j.agent.DuplicateRegistrationException;
import org.snmp4j.agent.MOServer;
import org.snmp4j.agent.ManagedObject;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OctetString;

/**
 * IF-MIB for the host's interfaces: ifNumber, ifTable, ifXTable, ifTableLastChange, and linkUp /
 * linkDown notifications.
 *
 * <p>The inventory is started and closed by its owner, not here. ifLastChange and
 * ifCounterDiscontinuityTime count from the moment this module is built: an interface whose state
 * dates from before reads 0, so build the module after starting the inventory.
 *
 * <p>Threads: register and close from the wiring thread; everything else runs on SNMP worker
 * threads or the inventory's poller and is thread-safe.
 */
public final class IfMib implements MibModule {

    private final InterfaceInventory inventory;
    private final InterfaceEvents events;
    private final ManagedObject<?>[] objects;

    public IfMib(InterfaceInventory inventory, RequestTransactions transactions, NotificationSender notifications,
                 AgentClock clock) {
        this.inventory = Objects.requireNonNull(inventory, "inventory");
        ConfigService config = transactions.config();
        this.events = new InterfaceEvents(config, Objects.requireNonNull(notifications, "notifications"),
                Objects.requireNonNull(clock, "clock"));
        UpTimeConverter upTime = new UpTimeConverter(inventory, clock);
        RequestCounters counters = new RequestCounters(inventory);
        this.objects = new ManagedObject<?>[] {
                new LiveScalar(IfTable.IF_NUMBER, () -> new Integer32(inventory.snapshot().size())),
                new IfTable(upTime).build(inventory, counters),
                new IfXTable(transactions, upTime).build(inventory, counters),
                new LiveScalar(IfXTable.IF_TABLE_LAST_CHANGE, events::tableLastChange),
        };
    }

    @Override
    public void register(MOServer server, OctetString context) throws DuplicateRegistrationException {
        for (ManagedObject<?> mo : objects) {
            server.register(mo, context);
        }
        inventory.addListener(events);
    }

    /** Stops notifications and ifTableLastChange tracking; the objects stay registered. */
    @Override
    public void close() {
        inventory.removeListener(events);
    }
}
