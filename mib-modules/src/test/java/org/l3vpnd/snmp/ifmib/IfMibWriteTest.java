package org.l3vpnd.snmp.ifmib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.l3vpnd.snmp.ifmib.IfMibFixture.ETH0;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l3vpnd.engine.config.ConfigDelta;
import org.l3vpnd.engine.config.ConfigException;
import org.l3vpnd.engine.config.ConfigStore;
import org.l3vpnd.engine.config.InterfaceSetting;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.Setting;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.snmp.ifmib.IfXTable.Column;
import org.snmp4j.PDU;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.VariableBinding;

/** SETs of ifAlias and ifLinkUpDownTrapEnable, which must land in the configuration service. */
class IfMibWriteTest {

    private static final OID ALIAS = Column.IF_ALIAS.instance(ETH0);
    private static final OID TRAP_ENABLE = Column.IF_LINK_UP_DOWN_TRAP_ENABLE.instance(ETH0);

    @TempDir
    Path tempDir;

    @Test
    void ifAliasIsCommittedToTheConfiguration() throws Exception {
        try (IfMibFixture f = new IfMibFixture(tempDir, ConfigStore.NONE)) {
            PDU r = f.agent.set(new VariableBinding(ALIAS, new OctetString("uplink to PE2")));
            assertEquals(PDU.noError, r.getErrorStatus(), r.getErrorStatusText());

            InterfaceSetting stored = f.config.running().get(InterfaceSetting.class, "4").orElseThrow();
            assertEquals(new InterfaceSetting(ETH0, "uplink to PE2", StorageType.NON_VOLATILE), stored);
            assertEquals(new OctetString("uplink to PE2"), f.agent.get(ALIAS).get(0).getVariable());
        }
    }

    @Test
    void ifAliasSetElsewhereShowsInTheTable() throws Exception {
        try (IfMibFixture f = new IfMibFixture(tempDir, ConfigStore.NONE)) {
            f.config.commit(f.config.begin().put(new InterfaceSetting(ETH0, "from the web UI", StorageType.NON_VOLATILE)));
            assertEquals(new OctetString("from the web UI"), f.agent.get(ALIAS).get(0).getVariable());
        }
    }

    @Test
    void ifAliasLongerThan64OctetsIsWrongLength() throws Exception {
        try (IfMibFixture f = new IfMibFixture(tempDir, ConfigStore.NONE)) {
            PDU r = f.agent.set(new VariableBinding(ALIAS, new OctetString(repeat('a', 65))));
            assertEquals(PDU.wrongLength, r.getErrorStatus());
            assertEquals(1, r.getErrorIndex());
            assertTrue(f.config.running().get(InterfaceSetting.class, "4").isEmpty());

            PDU ok = f.agent.set(new VariableBinding(ALIAS, new OctetString(repeat('a', 64))));
            assertEquals(PDU.noError, ok.getErrorStatus());
        }
    }

    @Test
    void ifAliasRefusesOtherTypesAndNonAscii() throws Exception {
        try (IfMibFixture f = new IfMibFixture(tempDir, ConfigStore.NONE)) {
            assertEquals(PDU.wrongType, f.agent.set(new VariableBinding(ALIAS, new Integer32(5))).getErrorStatus());
            assertEquals(PDU.wrongValue, f.agent.set(new VariableBinding(ALIAS,
                    new OctetString(new byte[] {'a', (byte) 0xc3, (byte) 0xa9}))).getErrorStatus());
            assertTrue(f.config.running().get(InterfaceSetting.class, "4").isEmpty());
        }
    }

    @Test
    void readOnlyColumnsAndAbsentRowsRefuseWrites() throws Exception {
        try (IfMibFixture f = new IfMibFixture(tempDir, ConfigStore.NONE)) {
            assertEquals(PDU.notWritable, f.agent.set(new VariableBinding(Column.IF_NAME.instance(ETH0),
                    new OctetString("x"))).getErrorStatus());
            assertEquals(PDU.noCreation, f.agent.set(new VariableBinding(Column.IF_ALIAS.instance(99),
                    new OctetString("x"))).getErrorStatus());
        }
    }

    @Test
    void linkUpDownTrapEnableIsKeptAsASetting() throws Exception {
        try (IfMibFixture f = new IfMibFixture(tempDir, ConfigStore.NONE)) {
            PDU r = f.agent.set(new VariableBinding(TRAP_ENABLE, new Integer32(LinkTrapEnableColumn.DISABLED)));
            assertEquals(PDU.noError, r.getErrorStatus());
            assertEquals(Optional.of(new Setting("if.4.linkUpDownTrapEnable", "false", StorageType.NON_VOLATILE)),
                    f.config.running().get(Setting.class, "if.4.linkUpDownTrapEnable"));
            assertEquals(new Integer32(LinkTrapEnableColumn.DISABLED), f.agent.get(TRAP_ENABLE).get(0).getVariable());

            assertEquals(PDU.wrongValue, f.agent.set(new VariableBinding(TRAP_ENABLE, new Integer32(3))).getErrorStatus());
        }
    }

    /**
     * ifAlias and ifLinkUpDownTrapEnable of one PDU are one configuration transaction: when the
     * store refuses it, neither is applied, whatever the order of the varbinds.
     */
    @Test
    void aPduWhoseCommitFailsLeavesEveryVarbindUnapplied() throws Exception {
        try (IfMibFixture f = new IfMibFixture(tempDir, new RefusingSettings())) {
            PDU r = f.agent.set(new VariableBinding(ALIAS, new OctetString("not kept")),
                    new VariableBinding(TRAP_ENABLE, new Integer32(LinkTrapEnableColumn.DISABLED)));
            assertEquals(PDU.commitFailed, r.getErrorStatus());
            assertEquals(new OctetString(""), f.agent.get(ALIAS).get(0).getVariable());
            assertEquals(new Integer32(LinkTrapEnableColumn.ENABLED), f.agent.get(TRAP_ENABLE).get(0).getVariable());
            assertTrue(f.config.running().get(InterfaceSetting.class, Integer.toString(ETH0)).isEmpty());
        }
    }

    @Test
    void aPduRefusedInPrepareLeavesEveryVarbindUnapplied() throws Exception {
        try (IfMibFixture f = new IfMibFixture(tempDir, ConfigStore.NONE)) {
            PDU r = f.agent.set(new VariableBinding(ALIAS, new OctetString("not kept")),
                    new VariableBinding(TRAP_ENABLE, new Integer32(7)));
            assertEquals(PDU.wrongValue, r.getErrorStatus());
            assertEquals(2, r.getErrorIndex());
            assertEquals(new OctetString(""), f.agent.get(ALIAS).get(0).getVariable());
        }
    }

    private static String repeat(char c, int n) {
        char[] chars = new char[n];
        Arrays.fill(chars, c);
        return new String(chars);
    }

    /** A store whose disk is full for scalar settings only, so a commit fails after prepare passed. */
    private static final class RefusingSettings implements ConfigStore {
        @Override
        public RunningConfig load() {
            return RunningConfig.EMPTY;
        }

        @Override
        public void persist(ConfigDelta delta) throws ConfigException {
            if (delta.touches(Setting.class)) {
                throw new ConfigException("disk full", null);
            }
        }
    }
}
