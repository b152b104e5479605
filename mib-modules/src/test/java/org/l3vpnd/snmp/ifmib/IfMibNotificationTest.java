package org.l3vpnd.snmp.ifmib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.l3vpnd.snmp.ifmib.IfMibFixture.ETH0;
import static org.l3vpnd.snmp.ifmib.IfMibFixture.ETH1;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l3vpnd.engine.config.ConfigStore;
import org.l3vpnd.engine.config.Setting;
import org.l3vpnd.snmp.ifmib.IfMibFixture.Notification;
import org.l3vpnd.snmp.ifmib.IfTable.Column;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.VariableBinding;

/** linkDown / linkUp from operstate changes in the fake sysfs tree. */
class IfMibNotificationTest {

    private static final long DEADLINE_SECONDS = 2;

    @TempDir
    Path tempDir;
    private IfMibFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new IfMibFixture(tempDir, ConfigStore.NONE);
    }

    @AfterEach
    void tearDown() throws Exception {
        f.close();
    }

    @Test
    void operstateDownSendsLinkDownAndUpSendsLinkUp() throws Exception {
        f.upTime(1_234);
        f.sys.set("eth0", "operstate", "down").set("eth0", "carrier", "0");
        Notification down = next();
        assertEquals(InterfaceEvents.LINK_DOWN, down.oid());
        assertEquals(List.of(
                new VariableBinding(Column.IF_INDEX.instance(ETH0), new Integer32(ETH0)),
                new VariableBinding(Column.IF_ADMIN_STATUS.instance(ETH0), new Integer32(1)),
                new VariableBinding(Column.IF_OPER_STATUS.instance(ETH0), new Integer32(2))),
                List.of(down.varbinds()));
        assertEquals(new TimeTicks(1_234),
                f.agent.get(Column.IF_LAST_CHANGE.instance(ETH0)).get(0).getVariable());

        f.sys.set("eth0", "operstate", "up").set("eth0", "carrier", "1");
        Notification up = next();
        assertEquals(InterfaceEvents.LINK_UP, up.oid());
        assertEquals(new Integer32(1), up.varbinds()[2].getVariable());
    }

    @Test
    void disabledInterfaceStaysQuiet() throws Exception {
        f.config.commit(f.config.begin().put(Setting.of(LinkTrapEnableColumn.settingName(ETH0), "false")));
        // eth0 changes first; were it to notify, that would be queued before eth1's linkUp.
        f.sys.set("eth0", "operstate", "down");
        f.sys.set("eth1", "flags", "0x1003").set("eth1", "operstate", "up");
        Notification first = next();
        assertEquals(InterfaceEvents.LINK_UP, first.oid());
        assertEquals(new Integer32(ETH1), first.varbinds()[0].getVariable());
        assertNull(f.notifications.poll());
    }

    @Test
    void closedModuleSendsNothing() throws Exception {
        f.mib.close();
        // Listeners run in registration order, so once this later one has heard of the change, the
        // module's listener would have sent its notification already.
        CountDownLatch seen = new CountDownLatch(1);
        f.inventory.addListener((before, after) -> seen.countDown());
        f.sys.set("eth0", "operstate", "down");
        assertTrue(seen.await(DEADLINE_SECONDS, TimeUnit.SECONDS), "change not seen");
        assertNull(f.notifications.poll());
    }

    private Notification next() throws InterruptedException {
        Notification n = f.notifications.poll(DEADLINE_SECONDS, TimeUnit.SECONDS);
        assertNotNull(n, "no notification within " + DEADLINE_SECONDS + " s");
        return n;
    }
}
