package org.l3vpnd.snmp.l3vpn;

import static org.l3vpnd.snmp.l3vpn.L3VpnOids.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.SettingNames;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.config.VrfValidator;
import org.l3vpnd.engine.loop.EngineClock;
import org.l3vpnd.engine.vrf.VrfEventListener;
import org.l3vpnd.engine.vrf.VrfView;
import org.l3vpnd.snmp.agent.AgentClock;
import org.l3vpnd.snmp.agent.MibModule;
import org.l3vpnd.snmp.agent.NotificationSender;
import org.l3vpnd.snmp.config.RequestTransactions;
import org.l3vpnd.snmp.config.SettingCodecs;
import org.l3vpnd.snmp.config.SettingScalar;
import org.l3vpnd.snmp.table.ConfigTable;
import org.l3vpnd.snmp.agent.EngineTimes;
import org.l3vpnd.snmp.agent.LiveScalar;
import org.snmp4j.agent.DuplicateRegistrationException;
import org.snmp4j.agent.MOServer;
import org.snmp4j.agent.ManagedObject;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UnsignedInteger32;

/**
 * MPLS-L3VPN-STD-MIB (RFC 4382), mplsL3VpnModuleFullCompliance: the seven scalars, the IfConf, VRF,
 * RT, Sec, Perf and Rte tables, and the six notifications (through {@link #notifier()}, which the
 * wiring registers with the engine's VRF manager).
 *
 * <p>Nothing is stored here: configuration columns read the running configuration and write it
 * through the request's transaction; live columns read the engine's {@link VrfView}. Thread-safe.
 */
public final class MplsL3VpnMib implements MibModule {

    private final RequestTransactions transactions;
    private final VrfView view;
    private final L3VpnNotifier notifier;
    private final List<ManagedObject<?>> objects = new ArrayList<>();

    public MplsL3VpnMib(RequestTransactions transactions, VrfView view, EngineClock engineClock,
                        AgentClock agentClock, NotificationSender sender) {
        this.transactions = transactions;
        this.view = view;
        Supplier<RunningConfig> running = () -> transactions.config().running();
        EngineTimes time = new EngineTimes(engineClock, agentClock);
        VrfRows vrfs = new VrfRows(running, view);
        VrfStatsTables stats = new VrfStatsTables(vrfs, time);
        this.notifier = new L3VpnNotifier(running, sender);

        addScalars(running);
        objects.add(new ConfigTable<>(new IfConfTable(running).definition(), transactions));
        objects.add(new ConfigTable<>(new VrfTable(vrfs, time).definition(), transactions));
        objects.add(new ConfigTable<>(new VrfRtTable(running).definition(), transactions));
        objects.add(new ConfigTable<>(stats.security(), transactions));
        objects.add(new ConfigTable<>(stats.performance(), transactions));
        objects.add(new ConfigTable<>(new RteTable(running, vrfs, time).definition(), transactions));
    }

    private void addScalars(Supplier<RunningConfig> running) {
        objects.add(new LiveScalar(child(SCALARS, CONFIGURED_VRFS, 0),
                () -> new UnsignedInteger32(running.get().all(Vrf.class).size())));
        objects.add(new LiveScalar(child(SCALARS, ACTIVE_VRFS, 0), () -> new Gauge32(view.activeVrfs())));
        objects.add(new LiveScalar(child(SCALARS, CONNECTED_INTERFACES, 0),
                () -> new Gauge32(view.connectedInterfaces())));
        objects.add(new SettingScalar<>(child(SCALARS, NOTIFICATION_ENABLE, 0), transactions,
                SettingNames.L3VPN_NOTIFICATIONS, "false", SettingCodecs.truthValue()));
        // 0 = "cannot be determined" (RFC 4382) unless the configuration states the device limit.
        objects.add(new LiveScalar(child(SCALARS, CONF_MAX_POSS_RTS, 0),
                () -> new UnsignedInteger32(unsignedSetting(running.get(), VrfValidator.MAX_POSSIBLE_ROUTES))));
        objects.add(new LiveScalar(child(SCALARS, CONF_RTE_MX_THRSH_TIME, 0),
                () -> new UnsignedInteger32(unsignedSetting(running.get(), SettingNames.L3VPN_MAX_THRESH_TIME))));
        // No DEFVAL in the MIB; 0 until configured.
        objects.add(new SettingScalar<>(child(SCALARS, ILL_LBL_RCV_THRSH, 0), transactions,
                SettingNames.L3VPN_ILLEGAL_LABEL_THRESHOLD, "0", SettingCodecs.unsigned32()));
    }

    /** A setting read as Unsigned32; absent or unreadable text reads 0. */
    private static long unsignedSetting(RunningConfig config, String name) {
        try {
            long v = Long.parseLong(config.setting(name, "0").trim());
            return Math.max(0, Math.min(v, 0xFFFFFFFFL));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The listener to register with the engine (VrfManager.addEventListener) for the notifications. */
    public VrfEventListener notifier() {
        return notifier;
    }

    @Override
    public void register(MOServer server, OctetString context) throws DuplicateRegistrationException {
        for (ManagedObject<?> mo : objects) {
            server.register(mo, context);
        }
    }
}
