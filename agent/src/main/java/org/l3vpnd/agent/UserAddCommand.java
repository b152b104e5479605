package org.l3vpnd.agent;

import java.io.PrintStream;

import org.l3vpnd.engine.config.ConfigException;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.ConfigTransaction;
import org.l3vpnd.engine.config.SnmpUser;
import org.l3vpnd.persistence.H2ConfigStore;
import org.l3vpnd.snmp.agent.UsmKeys;

/**
 * {@code l3vpnd user add}: stores an SNMPv3 user with keys localized to the data directory's engine
 * ID. The store is shared with a running appliance, which picks the user up within a second.
 */
final class UserAddCommand {

    private UserAddCommand() {
    }

    static void run(CommandLine.UserAdd cmd, PrintStream out) throws ConfigException {
        try (H2ConfigStore store = H2ConfigStore.open(cmd.data())) {
            byte[] engineId = store.engineId(EngineIds::generate);
            SnmpUser user = UsmKeys.localizedUser(cmd.name(), cmd.authProto(), cmd.authPass(), cmd.privProto(),
                    cmd.privPass(), engineId);
            ConfigService config = new ConfigService(store, store.load());
            ConfigTransaction tx = config.begin();
            tx.put(user);
            config.commit(tx);
            out.println("user " + cmd.name() + " stored (" + user.authProtocol() + "/" + user.privProtocol()
                    + ", read-write, authPriv)");
        }
    }
}
