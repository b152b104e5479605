package org.l3vpnd.agent;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.l3vpnd.engine.config.ConfigException;
import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.ConfigTransaction;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.SnmpUser;
import org.l3vpnd.engine.config.VrfValidator;
import org.l3vpnd.engine.config.BgpValidator;
import org.l3vpnd.engine.bgp.rib.BgpRib;
import org.l3vpnd.engine.bgp.rib.BgpRibSettings;
import org.l3vpnd.engine.bgp.rib.NextHopResolver;
import org.l3vpnd.engine.bgp.session.BgpSpeaker;
import org.l3vpnd.engine.bgp.session.SpeakerTiming;
import org.l3vpnd.engine.bgp.wire.AttributeInterner;
import org.l3vpnd.engine.label.LabelManager;
import org.l3vpnd.engine.vpn.VrfRibRouteSource;
import org.l3vpnd.engine.vpn.VpnConnector;
import org.l3vpnd.engine.vpn.VrfRouteSink;
import org.l3vpnd.snmp.bgp.BgpConfigMib;
import org.l3vpnd.snmp.bgp.BgpStateMib;
import io.netty.buffer.ByteBufAllocator;
import org.l3vpnd.engine.iface.InterfaceInventory;
import org.l3vpnd.engine.loop.EngineLoop;
import org.l3vpnd.engine.loop.SystemEngineClock;
import org.l3vpnd.engine.vrf.VrfManager;
import org.l3vpnd.snmp.ifmib.IfMib;
import org.l3vpnd.snmp.l3vpn.MplsL3VpnMib;
import org.l3vpnd.webui.WebUi;
import org.l3vpnd.persistence.H2ConfigStore;
import org.l3vpnd.snmp.agent.SnmpAgentOptions;
import org.l3vpnd.snmp.agent.SnmpAgentService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole appliance, wired by hand: store, configuration service, engine, SNMP agent, web UI.
 * Started and stopped from one thread.
 */
final class Appliance implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Appliance.class);
    /** sysObjectID: l3vpndAppliance in L3VPND-MIB. */
    static final String SYS_OBJECT_ID = "1.3.6.1.4.1.61423.1.1";

    private final LaunchOptions options;
    private final ConfigFile file;
    private final List<AutoCloseable> closeOrder = new ArrayList<>();
    private DataDirectoryLock lock;
    private H2ConfigStore store;
    private ConfigService config;
    private SnmpAgentService snmp;
    private EngineLoop engine;
    private InterfaceInventory inventory;
    private VrfManager vrfs;
    private BgpSpeaker bgp;
    private BgpRib bgpRib;
    private ScheduledExecutorService housekeeping;

    Appliance(LaunchOptions options, ConfigFile file) {
        this.options = options;
        this.file = file;
    }

    void start(PrintStream out) throws IOException, ConfigException {
        lock = DataDirectoryLock.acquire(options.dataDir());
        store = H2ConfigStore.open(options.dataDir());
        RunningConfig loaded = store.load();
        config = new ConfigService(store, loaded);
        config.addValidator(new VrfValidator());
        config.addValidator(new BgpValidator());
        seed(loaded);

        byte[] engineId = store.engineId(EngineIds::generate);
        int boots = store.incrementEngineBoots();

        HostPort snmpAt = options.snmp().or(() -> file.listener("snmp"))
                .orElse(HostPort.parse("1161", "0.0.0.0"));
        String descr = "l3vpnd " + Version.current() + " BGP/MPLS IP VPN provider edge; "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + "; Java "
                + Runtime.version().feature();
        snmp = new SnmpAgentService(new SnmpAgentOptions(snmpAt.resolve(), engineId, boots, descr, SYS_OBJECT_ID),
                config);
        engine = new EngineLoop("engine", new SystemEngineClock());
        closeOrder.add(0, engine);
        inventory = new InterfaceInventory(InterfaceInventory.SYSFS_NET);
        inventory.start();
        closeOrder.add(0, inventory);
        HostInterfaces host = new HostInterfaces(inventory);
        closeOrder.add(0, host);
        vrfs = new VrfManager(engine, config, host);
        MplsL3VpnMib l3vpn = new MplsL3VpnMib(snmp.transactions(), vrfs, engine.clock(), snmp.clock(),
                snmp.notifications());
        // Registered before start so that the first vrfUp events are heard.
        vrfs.addEventListener(l3vpn.notifier());
        vrfs.start();
        snmp.add(l3vpn);

        startBgp(out);

        snmp.add(new IfMib(inventory, snmp.transactions(), snmp.notifications(), snmp.clock()));
        snmp.add(new BgpConfigMib(snmp.transactions()));
        snmp.add(new BgpStateMib(snmp.transactions(), new BgpStatusAdapter(bgp, bgpRib), engine.clock(), snmp.clock(),
                snmp.notifications()));
        snmp.start();
        closeOrder.add(0, snmp);
        InetSocketAddress bound = snmpAt.resolve();
        out.println("snmp listening on udp " + new HostPort(bound.getAddress().getHostAddress(), snmp.port()));

        HostPort httpAt = options.http().or(() -> file.listener("http")).orElse(HostPort.parse("8080", "127.0.0.1"));
        WebUi web = new WebUi(httpAt.resolve(), config, vrfs, Version.current());
        try {
            web.start();
        } catch (Exception e) {
            throw new IOException("web UI cannot listen on " + httpAt + ": " + e.getMessage(), e);
        }
        closeOrder.add(0, web);
        out.println("http listening on tcp " + new HostPort(httpAt.resolve().getAddress().getHostAddress(),
                web.port()));

        housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "store-watch");
            t.setDaemon(true);
            return t;
        });
        housekeeping.scheduleWithFixedDelay(this::pickUpExternalChanges, 1, 1, TimeUnit.SECONDS);
        out.flush();
    }

    /**
     * The BGP speaker, its RIB and the VRF-VPN connector, all on the engine loop. The speaker
     * listens before the SNMP agent opens, so peers configured earlier come up at once.
     */
    private void startBgp(PrintStream out) {
        AttributeInterner interner = new AttributeInterner();
        BgpRib rib = new BgpRib(engine, BgpRibSettings.from(config.running()), NextHopResolver.ALWAYS_REACHABLE,
                interner, ByteBufAllocator.DEFAULT);
        bgpRib = rib;
        rib.followSettings(config);
        bgp = new BgpSpeaker(engine, config, rib, SpeakerTiming.DEFAULT, interner);
        VpnConnector vpn = new VpnConnector(engine, config, rib, new LabelManager(), VrfRouteSink.of(vrfs),
                new VrfRibRouteSource(engine, vrfs));
        vpn.start();
        HostPort bgpAt = options.bgp().or(() -> file.listener("bgp")).orElse(HostPort.parse("1179", "0.0.0.0"));
        bgp.start(bgpAt.resolve());
        closeOrder.add(0, bgp);
        out.println("bgp listening on tcp " + new HostPort(bgpAt.resolve().getAddress().getHostAddress(),
                bgp.listenPort()));
    }

    /** Items of the configuration file that the store does not have yet. */
    private void seed(RunningConfig loaded) throws ConfigException {
        ConfigTransaction tx = config.begin();
        for (ConfigItem item : file.seeds()) {
            if (loaded.get(item.key()).isEmpty()) {
                tx.put(item);
            }
        }
        if (!tx.isEmpty()) {
            config.commit(tx);
        }
    }

    /**
     * Users added by {@code l3vpnd user add} while the appliance runs land in the store from
     * another process; they are taken into the running configuration here.
     */
    private void pickUpExternalChanges() {
        try {
            // The store knows which commits it made or loaded itself: our own SETs cause no reload.
            if (!store.hasUnseenChanges()) {
                return;
            }
            RunningConfig stored = store.load();
            ConfigTransaction tx = config.begin();
            RunningConfig running = config.running();
            for (SnmpUser u : stored.all(SnmpUser.class)) {
                if (!running.get(u.key()).map(u::equals).orElse(false)) {
                    tx.put(u);
                }
            }
            for (SnmpUser u : running.all(SnmpUser.class)) {
                if (stored.get(u.key()).isEmpty() && u.storage().persistent()) {
                    tx.remove(u.key());
                }
            }
            if (!tx.isEmpty()) {
                config.commit(tx);
                LOG.info("snmp users reloaded from the store");
            }
        } catch (ConfigException | RuntimeException e) {
            LOG.warn("could not pick up store changes: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        if (housekeeping != null) {
            housekeeping.shutdownNow();
        }
        for (AutoCloseable c : closeOrder) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("stopping {}: {}", c.getClass().getSimpleName(), e.toString());
            }
        }
        if (store != null) {
            store.close();
        }
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                LOG.warn("releasing data directory lock: {}", e.toString());
            }
        }
    }
}
