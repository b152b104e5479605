package org.l3vpnd.snmp.bgp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.l3vpnd.engine.config.BgpValidator;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.SettingNames;
import org.l3vpnd.engine.loop.EngineClock;
import org.l3vpnd.snmp.agent.AgentClock;
import org.l3vpnd.snmp.agent.MibModule;
import org.l3vpnd.snmp.agent.NotificationSender;
import org.l3vpnd.snmp.config.RequestTransactions;
import org.l3vpnd.snmp.table.ConfigTable;
import org.l3vpnd.snmp.agent.EngineTimes;
import org.l3vpnd.snmp.agent.LiveScalar;
import org.snmp4j.agent.DuplicateRegistrationException;
import org.snmp4j.agent.MOServer;
import org.snmp4j.agent.ManagedObject;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.OctetString;

/**
 * The BGP state as SNMP shows it: l3vpndBgpPeerStateTable and l3vpndBgpPeerFamTable of L3VPND-MIB;
 * bgpVersion, bgpLocalAs, bgpIdentifier and bgpPeerTable of BGP4-MIB (bgp4MIBGlobalsGroup and
 * bgp4MIBPeerGroup, read-only; the path attribute table is not served); and the notifications of
 * both modules, for which it registers itself with the {@link BgpStatusSource}.
 *
 * <p>Nothing is stored here: configuration comes from the running configuration, state from the
 * status source, per cell. Thread-safe.
 */
public final class BgpStateMib implements MibModule {

    /** bgpVersion: bit 3 (BGP-4) of the first octet, MSB first. */
    private static final byte[] BGP_VERSIONS = {0x10};

    private final List<ManagedObject<?>> objects = new ArrayList<>();

    /**
     * @param transactions the agent's request transactions (the tables refuse SETs through them)
     * @param status       the speaker's peer state, read per cell; this module adds its listener
     * @param engineClock  the clock of the times in {@link BgpPeerStatus}
     * @param agentClock   sysUpTime, for TimeStamp values
     * @param sender       where the notifications go
     */
    public BgpStateMib(RequestTransactions transactions, BgpStatusSource status, EngineClock engineClock,
                       AgentClock agentClock, NotificationSender sender) {
        Supplier<RunningConfig> running = () -> transactions.config().running();
        EngineTimes times = new EngineTimes(engineClock, agentClock);
        PeerStateTables state = new PeerStateTables(running, status, times);
        objects.add(new ConfigTable<>(state.state(), transactions));
        objects.add(new ConfigTable<>(state.families(), transactions));
        objects.add(new LiveScalar(BgpOids.BGP_VERSION, () -> new OctetString(BGP_VERSIONS)));
        objects.add(new LiveScalar(BgpOids.BGP_LOCAL_AS, () -> new Integer32(Bgp4PeerTable.twoOctetAs(
                Bgp4PeerTable.setting(running.get(), SettingNames.BGP_LOCAL_AS, BgpValidator.DEFAULT_LOCAL_AS)))));
        objects.add(new LiveScalar(BgpOids.BGP_IDENTIFIER, () -> routerId(running.get())));
        objects.add(new ConfigTable<>(new Bgp4PeerTable(running, state, times).definition(), transactions));
        status.addTransitionListener(new BgpNotifier(sender));
    }

    /** The configured router ID; 0.0.0.0 while there is none (no session can be up then). */
    private static IpAddress routerId(RunningConfig c) {
        try {
            org.l3vpnd.engine.net.IpAddress a = org.l3vpnd.engine.net.IpAddress.parse(
                    c.setting(SettingNames.BGP_ROUTER_ID, BgpValidator.DEFAULT_ROUTER_ID).trim());
            return PeerStateTables.ipAddress(a.isIpv6() ? 0 : a.ipv4());
        } catch (IllegalArgumentException e) {
            return PeerStateTables.ipAddress(0);
        }
    }

    @Override
    public void register(MOServer server, OctetString context) throws DuplicateRegistrationException {
        for (ManagedObject<?> mo : objects) {
            server.register(mo, context);
        }
    }
}
