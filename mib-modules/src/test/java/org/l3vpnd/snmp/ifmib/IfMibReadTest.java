package org.l3vpnd.snmp.ifmib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.l3vpnd.snmp.ifmib.IfMibFixture.ETH0;
import static org.l3vpnd.snmp.ifmib.IfMibFixture.ETH1;
import static org.l3vpnd.snmp.ifmib.IfMibFixture.GRE1;
import static org.l3vpnd.snmp.ifmib.IfMibFixture.LO;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l3vpnd.engine.config.ConfigStore;
import org.l3vpnd.snmp.ifmib.IfTable.Column;
import org.snmp4j.PDU;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/** GET and GETNEXT over IF-MIB, through a real SNMPv2c exchange, against a fake sysfs tree. */
class IfMibReadTest {

    private static final OID IF_TABLE = new OID("1.3.6.1.2.1.2.2");
    private static final OID IF_X_TABLE = new OID("1.3.6.1.2.1.31.1.1");
    private static final Duration DEADLINE = Duration.ofSeconds(2);

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
    void ifNumberCountsTheInterfaces() throws Exception {
        assertEquals(new Integer32(4), value(IfTable.IF_NUMBER));
    }

    @Test
    void ifTableRowDescribesTheInterface() throws Exception {
        PDU r = f.agent.get(Column.IF_INDEX.instance(ETH0), Column.IF_DESCR.instance(ETH0),
                Column.IF_TYPE.instance(ETH0), Column.IF_MTU.instance(ETH0), Column.IF_SPEED.instance(ETH0),
                Column.IF_PHYS_ADDRESS.instance(ETH0), Column.IF_ADMIN_STATUS.instance(ETH0),
                Column.IF_OPER_STATUS.instance(ETH0), Column.IF_LAST_CHANGE.instance(ETH0));
        assertEquals(PDU.noError, r.getErrorStatus());
        assertEquals(new Integer32(ETH0), r.get(0).getVariable());
        assertEquals(new OctetString("eth0"), r.get(1).getVariable());
        assertEquals(new Integer32(IanaIfType.ETHERNET_CSMACD), r.get(2).getVariable());
        assertEquals(new Integer32(1500), r.get(3).getVariable());
        assertEquals(new Gauge32(1_000_000_000L), r.get(4).getVariable());
        assertArrayEquals(new byte[] {2, (byte) 0xfc, 0, 0, 0, 1}, ((OctetString) r.get(5).getVariable()).getValue());
        assertEquals(new Integer32(1), r.get(6).getVariable());
        assertEquals(new Integer32(1), r.get(7).getVariable());
        assertEquals(new TimeTicks(0), r.get(8).getVariable(), "status dates from before the agent");
    }

    @Test
    void adminDownInterfaceIsDownTwice() throws Exception {
        PDU r = f.agent.get(Column.IF_ADMIN_STATUS.instance(ETH1), Column.IF_OPER_STATUS.instance(ETH1),
                Column.IF_SPEED.instance(ETH1));
        assertEquals(new Integer32(2), r.get(0).getVariable());
        assertEquals(new Integer32(2), r.get(1).getVariable());
        assertEquals(new Gauge32(0), r.get(2).getVariable(), "speed unknown");
    }

    @Test
    void ifTypeFollowsTheLinkType() throws Exception {
        PDU r = f.agent.get(Column.IF_TYPE.instance(LO), Column.IF_TYPE.instance(GRE1));
        assertEquals(new Integer32(IanaIfType.SOFTWARE_LOOPBACK), r.get(0).getVariable());
        assertEquals(new Integer32(IanaIfType.TUNNEL), r.get(1).getVariable());
        assertEquals(0, ((OctetString) value(Column.IF_PHYS_ADDRESS.instance(GRE1))).length(),
                "a tunnel's endpoint address is no link address");
    }

    @Test
    void ifXTableRowDescribesTheInterface() throws Exception {
        PDU r = f.agent.get(IfXTable.Column.IF_NAME.instance(ETH0), IfXTable.Column.IF_HIGH_SPEED.instance(ETH0),
                IfXTable.Column.IF_PROMISCUOUS_MODE.instance(ETH0),
                IfXTable.Column.IF_CONNECTOR_PRESENT.instance(ETH0),
                IfXTable.Column.IF_CONNECTOR_PRESENT.instance(GRE1), IfXTable.Column.IF_ALIAS.instance(ETH0),
                IfXTable.Column.IF_LINK_UP_DOWN_TRAP_ENABLE.instance(ETH0),
                IfXTable.Column.IF_COUNTER_DISCONTINUITY_TIME.instance(ETH0));
        assertEquals(new OctetString("eth0"), r.get(0).getVariable());
        assertEquals(new Gauge32(1000), r.get(1).getVariable());
        assertEquals(new Integer32(2), r.get(2).getVariable());
        assertEquals(new Integer32(1), r.get(3).getVariable());
        assertEquals(new Integer32(2), r.get(4).getVariable(), "a tunnel has no connector");
        assertEquals(new OctetString(""), r.get(5).getVariable());
        assertEquals(new Integer32(LinkTrapEnableColumn.ENABLED), r.get(6).getVariable());
        assertEquals(new TimeTicks(0), r.get(7).getVariable());
    }

    @Test
    void counter32WrapsAndCounter64KeepsAllBits() throws Exception {
        f.sys.counter("eth0", "rx_bytes", Long.toString((1L << 32) + 5))
                .counter("eth0", "rx_packets", "1000").counter("eth0", "multicast", "10")
                .counter("eth0", "tx_bytes", "18446744073709551615").counter("eth0", "rx_nohandler", "3");
        PDU r = f.agent.get(Column.IF_IN_OCTETS.instance(ETH0), Column.IF_IN_UCAST_PKTS.instance(ETH0),
                Column.IF_IN_UNKNOWN_PROTOS.instance(ETH0), IfXTable.Column.IF_HC_IN_OCTETS.instance(ETH0),
                IfXTable.Column.IF_HC_IN_MULTICAST_PKTS.instance(ETH0),
                IfXTable.Column.IF_HC_OUT_OCTETS.instance(ETH0), Column.IF_OUT_OCTETS.instance(ETH0));
        assertEquals(new Counter32(5), r.get(0).getVariable());
        assertEquals(new Counter32(990), r.get(1).getVariable());
        assertEquals(new Counter32(3), r.get(2).getVariable());
        assertEquals(new Counter64((1L << 32) + 5), r.get(3).getVariable());
        assertEquals(new Counter64(10), r.get(4).getVariable());
        assertEquals(new Counter64(-1L), r.get(5).getVariable(), "2^64-1");
        assertEquals(new Counter32(0xFFFF_FFFFL), r.get(6).getVariable());
    }

    @Test
    void absentRowIsNoSuchInstance() throws Exception {
        assertEquals(Null.noSuchInstance, value(Column.IF_DESCR.instance(99)));
        assertEquals(Null.noSuchInstance, value(IfXTable.Column.IF_ALIAS.instance(99)));
    }

    @Test
    void getNextWalksAColumnInIfIndexOrderThenMovesOn() throws Exception {
        List<VariableBinding> column = f.agent.walk(new OID(IfTable.IF_ENTRY).append(Column.IF_DESCR.id));
        assertEquals(List.of("lo", "eth0", "eth1", "gre1"), column.stream().map(vb -> vb.toValueString()).toList());
        assertEquals(Column.IF_DESCR.instance(GRE1), column.get(3).getOid());
        assertEquals(Column.IF_TYPE.instance(LO), f.agent.getNext(Column.IF_DESCR.instance(GRE1)).get(0).getOid());
    }

    @Test
    void getNextFromBetweenAndBeyondTheIndexes() throws Exception {
        assertEquals(Column.IF_INDEX.instance(LO), f.agent.getNext(IF_TABLE).get(0).getOid());
        assertEquals(Column.IF_DESCR.instance(ETH1),
                f.agent.getNext(new OID(Column.IF_DESCR.instance(ETH0)).append(5)).get(0).getOid());
        assertEquals(Column.IF_DESCR.instance(ETH0),
                f.agent.getNext(Column.IF_DESCR.instance(2)).get(0).getOid());
        assertEquals(Column.IF_TYPE.instance(LO),
                f.agent.getNext(new OID(IfTable.IF_ENTRY).append(Column.IF_DESCR.id).appendUnsigned(0x8000_0000L))
                        .get(0).getOid(), "an index past any ifIndex ends the column");
        assertEquals(IfXTable.Column.IF_NAME.instance(LO),
                f.agent.getNext(Column.IF_OUT_ERRORS.instance(GRE1)).get(0).getOid(),
                "ifTable ends in ifXTable");
        assertEquals(IfXTable.IF_TABLE_LAST_CHANGE,
                f.agent.getNext(IfXTable.Column.IF_COUNTER_DISCONTINUITY_TIME.instance(GRE1)).get(0).getOid());
    }

    @Test
    void walksCoverEveryColumnOfEveryRow() throws Exception {
        List<VariableBinding> ifTable = f.agent.walk(IF_TABLE);
        assertEquals(Column.values().length * 4, ifTable.size());
        assertEquals(new TreeSet<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 19, 20)),
                columnIds(ifTable, IfTable.IF_ENTRY));

        List<VariableBinding> ifXTable = f.agent.walk(IF_X_TABLE);
        assertEquals(IfXTable.Column.values().length * 4, ifXTable.size());
        assertEquals(19, columnIds(ifXTable, IfXTable.IF_X_ENTRY).size());
        for (VariableBinding vb : ifXTable) {
            assertTrue(vb.getOid().size() == IfXTable.IF_X_ENTRY.size() + 2, vb.toString());
        }
    }

    @Test
    void rowsComeAndGoWithTheInterfaces() throws Exception {
        assertEquals(new TimeTicks(0), value(IfXTable.IF_TABLE_LAST_CHANGE));
        f.upTime(700);
        f.sys.ethernet("eth2", 9, "02:fc:00:00:00:09");
        awaitValue(Column.IF_DESCR.instance(9), new OctetString("eth2"));
        assertEquals(new Integer32(5), value(IfTable.IF_NUMBER));
        assertEquals(new TimeTicks(700), value(IfXTable.IF_TABLE_LAST_CHANGE));
        assertEquals(new TimeTicks(700), value(IfXTable.Column.IF_COUNTER_DISCONTINUITY_TIME.instance(9)),
                "counters of a new interface start when it appears");

        f.upTime(900);
        f.sys.remove("eth1");
        awaitValue(Column.IF_DESCR.instance(ETH1), Null.noSuchInstance);
        assertEquals(new Integer32(4), value(IfTable.IF_NUMBER));
        assertEquals(new TimeTicks(900), value(IfXTable.IF_TABLE_LAST_CHANGE));
    }

    private Variable value(OID oid) throws Exception {
        return f.agent.get(oid).get(0).getVariable();
    }

    private void awaitValue(OID oid, Variable expected) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        Variable seen = value(oid);
        while (!expected.equals(seen)) {
            assertTrue(System.nanoTime() < deadline, oid + " still " + seen + " after " + DEADLINE);
            TimeUnit.MILLISECONDS.sleep(20);
            seen = value(oid);
        }
    }

    private static TreeSet<Integer> columnIds(List<VariableBinding> vbs, OID entry) {
        List<Integer> ids = new ArrayList<>();
        for (VariableBinding vb : vbs) {
            assertTrue(vb.getOid().startsWith(entry), vb.toString());
            ids.add(vb.getOid().get(entry.size()));
        }
        return new TreeSet<>(ids);
    }
}
