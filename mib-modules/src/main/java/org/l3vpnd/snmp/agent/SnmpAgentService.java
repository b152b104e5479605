package org.l3vpnd.snmp.agent;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.l3vpnd.engine.config.ConfigDelta;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.NotifyTarget;
import org.l3vpnd.engine.config.SettingNames;
import org.l3vpnd.engine.config.SnmpUser;
import org.l3vpnd.snmp.config.RequestTransactions;
import org.l3vpnd.snmp.config.SettingCodecs;
import org.l3vpnd.snmp.config.SettingScalar;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.agent.DefaultMOContextScope;
import org.snmp4j.agent.DefaultMOQuery;
import org.snmp4j.agent.DefaultMOServer;
import org.snmp4j.agent.DuplicateRegistrationException;
import org.snmp4j.agent.ManagedObject;
import org.snmp4j.agent.mo.snmp.SNMPv2MIB;
import org.snmp4j.cfg.EngineBootsProvider;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.SecurityModels;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.DefaultUdpTransportMapping;
import org.snmp4j.util.ThreadPool;
import org.snmp4j.mp.CounterSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The appliance's SNMP agent: one UDP listener, the standard framework MIBs, the fixed access
 * policy, users and notification targets from the configuration, and the MIB modules given to it.
 * Start and stop from one thread; {@link #notifications()} and {@link #clock()} are thread-safe.
 */
public final class SnmpAgentService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SnmpAgentService.class);

    private final SnmpAgentOptions options;
    private final ConfigService config;
    private final RequestTransactions transactions;
    private final DefaultMOServer server = new DefaultMOServer();
    private final List<MibModule> modules = new ArrayList<>();
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "snmp-notify");
        t.setDaemon(true);
        return t;
    });
    private ApplianceSnmpAgent agent;
    private AccessControl access;
    private NotificationTargets targets;
    private DefaultUdpTransportMapping transport;
    private ThreadPool workers;

    public SnmpAgentService(SnmpAgentOptions options, ConfigService config) throws IOException {
        this.options = options;
        this.config = config;
        this.transactions = new RequestTransactions(config);
        create();
    }

    public RequestTransactions transactions() {
        return transactions;
    }

    /** Adds a module to register at {@link #start()}. */
    public void add(MibModule module) {
        modules.add(module);
    }

    public NotificationSender notifications() {
        return (oid, varbinds) -> notifier.execute(() -> {
            try {
                agent.getNotificationOriginator().notify(new OctetString(), oid, varbinds);
            } catch (RuntimeException e) {
                LOG.warn("notification {} not sent: {}", oid, e.toString());
            }
        });
    }

    public AgentClock clock() {
        return () -> agent.getSysUpTime().get().getValue();
    }

    /** The UDP port actually bound (useful when asked for port 0). */
    public int port() {
        return transport.getListenAddress().getPort();
    }

    /** Binds nothing yet, but builds the agent so that its clock runs from here on. */
    private void create() throws IOException {
        server.setDeadlockPreventionEnabled(true);
        MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
        transport = new DefaultUdpTransportMapping(new UdpAddress(options.listen().getAddress(),
                options.listen().getPort()), true);
        dispatcher.addTransportMapping(transport);
        int boots = options.engineBoots();
        EngineBootsProvider bootsProvider = new EngineBootsProvider() {
            @Override
            public int updateEngineBoots() {
                return boots;
            }

            @Override
            public int getEngineBoots() {
                return boots;
            }
        };
        workers = ThreadPool.create("snmp-agent", 2);
        agent = new ApplianceSnmpAgent(new OctetString(options.engineId()), dispatcher, server,
                workers, bootsProvider, new OctetString(options.sysDescr()),
                new OID(options.sysObjectId()));
        agent.setContext(new SecurityModels(), Snmp4jSecurity.protocols(), new CounterSupport());
        agent.initialize();
        BulkRequestHandler.install(agent.getCommandProcessor());
    }

    /** Registers the modules, opens the UDP listener and sends coldStart. */
    public void start() {
        access = new AccessControl(agent.getUsm(), agent.getVacmMIB(), options.engineId());
        access.installFixedPolicy(agent.getSnmpCommunityMIB(), agent.getSnmpTargetMIB());
        access.syncUsers(config.running());
        targets = new NotificationTargets(agent.getSnmpTargetMIB(), agent.getSnmpNotificationMIB());
        targets.sync(config.running());
        new SnmpTablePersistence(config, List.of(agent.getSnmpTargetMIB().getSnmpTargetAddrEntry(),
                agent.getSnmpTargetMIB().getSnmpTargetParamsEntry(), agent.getSnmpNotificationMIB().getNotifyTable()))
                .restoreAndWatch(config.running());
        config.addListener(this::onCommit);

        bindSystemGroup();
        try {
            for (MibModule m : modules) {
                m.register(server, null);
            }
        } catch (DuplicateRegistrationException e) {
            throw new IllegalStateException("two modules claim " + e.getMessage(), e);
        }
        agent.run();
        LOG.info("snmp agent listening on udp {}:{}", options.listen().getAddress().getHostAddress(), port());
    }

    private synchronized void onCommit(ConfigDelta delta) {
        if (delta.touches(SnmpUser.class)) {
            access.syncUsers(delta.after());
        }
        if (delta.touches(NotifyTarget.class)) {
            targets.sync(delta.after());
        }
    }

    /** sysContact, sysName, sysLocation and snmpEnableAuthenTraps are configuration. */
    private void bindSystemGroup() {
        replaceScalar(SnmpConstants.sysContact, SettingNames.SYS_CONTACT, "");
        replaceScalar(SnmpConstants.sysName, SettingNames.SYS_NAME, "");
        replaceScalar(SnmpConstants.sysLocation, SettingNames.SYS_LOCATION, "");
        SNMPv2MIB v2 = agent.getSNMPv2MIB();
        // SNMPv2MIB reads its own scalar when it decides on authenticationFailure traps, so that
        // scalar stays and follows the setting.
        boolean enabled = Boolean.parseBoolean(config.running().setting(SettingNames.AUTHEN_TRAPS, "false"));
        v2.getSnmpEnableAuthenTraps().setValue(new Integer32(enabled ? 1 : 2));
        v2.getSnmpEnableAuthenTraps().addMOChangeListener(new AuthenTrapsBinding(transactions));
    }

    private void replaceScalar(OID oid, String setting, String defaultText) {
        OID instance = new OID(oid);
        if (instance.last() != 0) {
            instance.append(0);
        }
        ManagedObject<?> old = server.lookup(new DefaultMOQuery(
                new DefaultMOContextScope(null, instance, true, instance, true)));
        if (old != null) {
            server.unregister(old, null);
        }
        try {
            server.register(new SettingScalar<>(instance, transactions, setting, defaultText,
                    SettingCodecs.displayString(255)), null);
        } catch (DuplicateRegistrationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        notifier.shutdown();
        try {
            notifier.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (MibModule m : modules) {
            m.close();
        }
        if (agent != null) {
            agent.shutdown();
            workers.stop();
        }
    }
}
