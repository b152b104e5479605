package org.l3vpnd.snmp.ifmib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.config.ConfigDelta;
import org.l3vpnd.engine.config.ConfigException;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.ConfigStore;
import org.l3vpnd.engine.config.InterfaceSetting;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.StorageType;
import org.snmp4j.PDU;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.VariableBinding;

/** The 2PC methods of a configuration-backed column, driven by hand (commit, then undo). */
class ConfigBackedColumnTest {

    private static final OID ALIAS_OF_4 = IfXTable.Column.IF_ALIAS.instance(4);

    @Test
    void undoOfAFirstValueRemovesTheItem() throws Exception {
        ConfigService config = new ConfigService(ConfigStore.NONE, RunningConfig.EMPTY);
        IfAliasColumn column = new IfAliasColumn(IfXTable.Column.IF_ALIAS.id, config);
        LoneSubRequest set = new LoneSubRequest(new VariableBinding(ALIAS_OF_4, new OctetString("new")));

        column.commit(set, null, null, 0);
        assertEquals("new", alias(config));
        column.undo(set, null, 0);

        assertTrue(config.running().get(InterfaceSetting.class, "4").isEmpty());
        assertEquals(PDU.noError, set.getErrorStatus());
    }

    @Test
    void undoRestoresTheReplacedValue() throws Exception {
        ConfigService config = new ConfigService(ConfigStore.NONE,
                RunningConfig.of(List.of(new InterfaceSetting(4, "old", StorageType.NON_VOLATILE))));
        IfAliasColumn column = new IfAliasColumn(IfXTable.Column.IF_ALIAS.id, config);
        LoneSubRequest set = new LoneSubRequest(new VariableBinding(ALIAS_OF_4, new OctetString("new")));

        column.commit(set, null, null, 0);
        column.undo(set, null, 0);

        assertEquals("old", alias(config));
    }

    @Test
    void aFailedCommitIsCommitFailedAndLeavesNothingToUndo() {
        ConfigStore broken = new ConfigStore() {
            @Override
            public RunningConfig load() {
                return RunningConfig.EMPTY;
            }

            @Override
            public void persist(ConfigDelta delta) throws ConfigException {
                throw new ConfigException("disk full", null);
            }
        };
        ConfigService config = new ConfigService(broken, RunningConfig.EMPTY);
        IfAliasColumn column = new IfAliasColumn(IfXTable.Column.IF_ALIAS.id, config);
        LoneSubRequest set = new LoneSubRequest(new VariableBinding(ALIAS_OF_4, new OctetString("new")));

        column.commit(set, null, null, 0);

        assertEquals(PDU.commitFailed, set.getErrorStatus());
        assertNull(set.getUndoValue());
        assertTrue(config.running().get(InterfaceSetting.class, "4").isEmpty());
    }

    private static String alias(ConfigService config) {
        return config.running().get(InterfaceSetting.class, "4").orElseThrow().alias();
    }
}
