package org.l3vpnd.snmp.l3vpn;

import static org.l3vpnd.snmp.l3vpn.L3VpnOids.*;

import java.util.function.Supplier;

import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.SettingNames;
import org.l3vpnd.engine.config.VrfInterface;
import org.l3vpnd.engine.vrf.VrfEventListener;
import org.l3vpnd.snmp.agent.NotificationSender;
import org.l3vpnd.snmp.table.RowStatusValue;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.UnsignedInteger32;
import org.snmp4j.smi.VariableBinding;

/**
 * Turns VRF events into the six MPLS-L3VPN-STD-MIB notifications, with exactly the OBJECTS each
 * NOTIFICATION-TYPE lists, when mplsL3VpnNotificationEnable is true. Values are the ones of the
 * event (the engine's view at that moment), not a later read. Called on the engine loop; it only
 * reads the configuration snapshot and hands the varbinds to a non-blocking sender.
 */
final class L3VpnNotifier implements VrfEventListener {

    private final Supplier<RunningConfig> running;
    private final NotificationSender sender;

    L3VpnNotifier(Supplier<RunningConfig> running, NotificationSender sender) {
        this.running = running;
        this.sender = sender;
    }

    private boolean enabled() {
        return Boolean.parseBoolean(running.get().setting(SettingNames.L3VPN_NOTIFICATIONS, "false"));
    }

    @Override
    public void vrfUp(String vrf, int causeIfIndex) {
        interfaceEvent(VRF_UP, vrf, causeIfIndex, 1);
    }

    @Override
    public void vrfDown(String vrf, int causeIfIndex) {
        interfaceEvent(VRF_DOWN, vrf, causeIfIndex, 2);
    }

    /**
     * .0.1/.0.2 carry the binding that caused the change. Its RowStatus is that of the binding
     * now; a binding that was just removed reads notInService, as it no longer serves.
     */
    private void interfaceEvent(OID trap, String vrf, int ifIndex, int operStatus) {
        if (!enabled()) {
            return;
        }
        VrfName name = VrfName.of(vrf);
        int status = running.get().get(VrfInterface.class, VrfInterface.keyOf(vrf, ifIndex).id())
                .map(b -> b.inService() ? RowStatusValue.ACTIVE : RowStatusValue.NOT_IN_SERVICE)
                .orElse(RowStatusValue.NOT_IN_SERVICE);
        sender.send(trap,
                new VariableBinding(instance(IF_CONF_ENTRY, IF_CONF_ROW_STATUS, name, ifIndex), new Integer32(status)),
                new VariableBinding(instance(VRF_ENTRY, VRF_OPER_STATUS, name), new Integer32(operStatus)));
    }

    @Override
    public void midThresholdExceeded(String vrf, long currentRoutes, long threshold) {
        routeEvent(MID_THRESH_EXCEEDED, vrf, currentRoutes, VRF_CONF_MID_RTE_THRESH, threshold);
    }

    @Override
    public void highThresholdExceeded(String vrf, long currentRoutes, long threshold) {
        routeEvent(MAX_THRESH_EXCEEDED, vrf, currentRoutes, VRF_CONF_HIGH_RTE_THRESH, threshold);
    }

    @Override
    public void highThresholdCleared(String vrf, long currentRoutes, long threshold) {
        routeEvent(MAX_THRESH_CLEARED, vrf, currentRoutes, VRF_CONF_HIGH_RTE_THRESH, threshold);
    }

    private void routeEvent(OID trap, String vrf, long currentRoutes, int thresholdColumn, long threshold) {
        if (!enabled()) {
            return;
        }
        VrfName name = VrfName.of(vrf);
        sender.send(trap,
                new VariableBinding(instance(VRF_PERF_ENTRY, PERF_CURR_NUM_ROUTES, name), new Gauge32(currentRoutes)),
                new VariableBinding(instance(VRF_ENTRY, thresholdColumn, name), new UnsignedInteger32(threshold)));
    }

    /** .0.5 carries only the count; RFC 4382 leaves the threshold out. */
    @Override
    public void illegalLabelThresholdExceeded(String vrf, long violations) {
        if (enabled()) {
            sender.send(ILLEGAL_LABEL_THRESH_EXCEEDED, new VariableBinding(
                    instance(VRF_SEC_ENTRY, SEC_ILLEGAL_LBL_VLTNS, VrfName.of(vrf)),
                    new Counter32(violations & 0xFFFFFFFFL)));
        }
    }

    /** entry.column.len.name[.more]: an instance of a VRF-indexed table. */
    static OID instance(OID entry, int column, VrfName name, int... more) {
        int[] buf = new int[entry.size() + 2 + name.length() + more.length];
        System.arraycopy(entry.getValue(), 0, buf, 0, entry.size());
        buf[entry.size()] = column;
        int at = name.encode(buf, entry.size() + 1);
        System.arraycopy(more, 0, buf, at, more.length);
        return new OID(buf);
    }
}
