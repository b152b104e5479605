package org.l3vpnd.snmp.bgp;

import static org.l3vpnd.snmp.bgp.BgpOids.*;
import static org.l3vpnd.snmp.l3vpn.L3VpnOids.child;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.l3vpnd.engine.config.BgpValidator;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.SettingNames;
import org.l3vpnd.snmp.agent.MibModule;
import org.l3vpnd.snmp.config.RequestTransactions;
import org.l3vpnd.snmp.config.SettingCodecs;
import org.l3vpnd.snmp.config.SettingScalar;
import org.l3vpnd.snmp.table.ConfigTable;
import org.snmp4j.agent.DuplicateRegistrationException;
import org.snmp4j.agent.MOServer;
import org.snmp4j.agent.ManagedObject;
import org.snmp4j.smi.OctetString;

/**
 * The BGP configuration of L3VPND-MIB: the twelve l3vpndBgpGlobal scalars (read-write settings) and
 * l3vpndBgpPeerTable (read-create {@link org.l3vpnd.engine.config.BgpPeer} rows).
 *
 * <p>Nothing is stored here: reads come from the running configuration, SETs become edits of the
 * request's configuration transaction, so a request that touches scalars and rows together is
 * validated as a whole (the wiring must add the engine's {@link BgpValidator} to the configuration
 * service) and applied all or nothing. Thread-safe.
 */
public final class BgpConfigMib implements MibModule {

    private final List<ManagedObject<?>> objects = new ArrayList<>();

    public BgpConfigMib(RequestTransactions transactions) {
        Supplier<RunningConfig> running = () -> transactions.config().running();
        addScalars(transactions);
        objects.add(new ConfigTable<>(new PeerTable(running).definition(), transactions));
    }

    private void addScalars(RequestTransactions tx) {
        scalar(tx, LOCAL_AS, SettingNames.BGP_LOCAL_AS, Long.toString(BgpValidator.DEFAULT_LOCAL_AS),
                BgpSettingCodecs.unsigned(0, 0xFFFFFFFFL));
        scalar(tx, ROUTER_ID, SettingNames.BGP_ROUTER_ID, BgpValidator.DEFAULT_ROUTER_ID, BgpSettingCodecs.ipv4());
        scalar(tx, CLUSTER_ID, SettingNames.BGP_CLUSTER_ID, BgpValidator.DEFAULT_CLUSTER_ID,
                BgpSettingCodecs.ipv4());
        // InetAddressType unknown(0), ipv4(1), ipv6(2); the others are refused (wrongValue).
        scalar(tx, LISTEN_ADDR_TYPE, BgpValidator.LISTEN_ADDRESS_TYPE, BgpValidator.DEFAULT_LISTEN_ADDRESS_TYPE,
                BgpSettingCodecs.enumeration(0, List.of("unknown", "ipv4", "ipv6")));
        scalar(tx, LISTEN_ADDR, BgpValidator.LISTEN_ADDRESS, BgpValidator.DEFAULT_LISTEN_ADDRESS,
                BgpSettingCodecs.inetAddress());
        scalar(tx, LISTEN_PORT, BgpValidator.LISTEN_PORT, Integer.toString(BgpValidator.DEFAULT_LISTEN_PORT),
                BgpSettingCodecs.unsigned(0, 65535));
        scalar(tx, ADMIN_STATUS, SettingNames.BGP_ADMIN_STATUS, BgpValidator.DEFAULT_ADMIN_STATUS,
                BgpSettingCodecs.enumeration(1, List.of("up", "down")));
        scalar(tx, DEF_HOLD_TIME, SettingNames.BGP_HOLD_TIME, Integer.toString(BgpValidator.DEFAULT_HOLD_TIME),
                BgpSettingCodecs.integer(v -> v == 0 || (v >= 3 && v <= 65535)));
        scalar(tx, DEF_KEEPALIVE, SettingNames.BGP_KEEPALIVE, Integer.toString(BgpValidator.DEFAULT_KEEPALIVE),
                BgpSettingCodecs.integer(v -> v >= 0 && v <= 21845));
        scalar(tx, DEF_CONNECT_RETRY, SettingNames.BGP_CONNECT_RETRY,
                Integer.toString(BgpValidator.DEFAULT_CONNECT_RETRY),
                BgpSettingCodecs.integer(v -> v >= 1 && v <= 65535));
        scalar(tx, GR_ENABLE, SettingNames.BGP_GR_ENABLE, Boolean.toString(BgpValidator.DEFAULT_GR_ENABLE),
                SettingCodecs.truthValue());
        scalar(tx, GR_RESTART_TIME, SettingNames.BGP_GR_RESTART_TIME,
                Integer.toString(BgpValidator.DEFAULT_GR_RESTART_TIME), BgpSettingCodecs.unsigned(1, 4095));
    }

    private <V extends org.snmp4j.smi.Variable> void scalar(RequestTransactions tx, int id, String setting,
                                                            String defaultText, SettingScalar.Codec<V> codec) {
        objects.add(new SettingScalar<>(child(GLOBAL, id, 0), tx, setting, defaultText, codec));
    }

    @Override
    public void register(MOServer server, OctetString context) throws DuplicateRegistrationException {
        for (ManagedObject<?> mo : objects) {
            server.register(mo, context);
        }
    }
}
