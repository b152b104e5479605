package org.l3vpnd.snmp.ifmib;

import org.l3vpnd.engine.iface.FakeSysClassNet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l3vpnd.engine.iface.InterfaceInventory;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Null;

/** The model's int lookups must order rows exactly as SNMP orders their index OIDs. */
class InterfaceTableModelTest {

    private static final List<Integer> IF_INDEXES = List.of(1, 2, 40, 41, 300, 65536, Integer.MAX_VALUE);

    @TempDir
    Path tempDir;
    private InterfaceInventory inventory;
    private InterfaceTableModel model;

    @BeforeEach
    void setUp() {
        FakeSysClassNet sys = new FakeSysClassNet(tempDir);
        for (int ifIndex : IF_INDEXES) {
            sys.ethernet("if" + ifIndex, ifIndex, "02:00:00:00:00:01");
        }
        inventory = new InterfaceInventory(sys.root());
        inventory.start();
        model = new InterfaceTableModel(inventory, (column, iface, counters) -> Null.instance, 1,
                new RequestCounters(inventory));
    }

    @AfterEach
    void tearDown() {
        inventory.close();
    }

    /** Property: for any lower bound, the first row is the least index OID not below it. */
    @Test
    void tailIteratorStartsAtTheLeastIndexNotBelowTheBound() {
        Random random = new Random(2863);
        for (int i = 0; i < 20_000; i++) {
            OID bound = randomBound(random);
            Iterator<InterfaceRow> it = model.tailIterator(bound);
            OID expected = null;
            for (int ifIndex : IF_INDEXES) {
                OID index = new OID(new int[] {ifIndex});
                if (index.compareTo(bound) >= 0) {
                    expected = index;
                    break;
                }
            }
            assertEquals(expected, it.hasNext() ? it.next().getIndex() : null, "bound " + bound);
        }
    }

    @Test
    void getRowOnlyForSingleValidSubIdentifiers() {
        assertEquals(new OID("40"), model.getRow(new OID("40")).getIndex());
        assertNull(model.getRow(new OID("40.1")));
        assertNull(model.getRow(new OID("3")));
        assertNull(model.getRow(new OID("0")));
        assertNull(model.getRow(new OID("4294967295")));
        assertNull(model.getRow(new OID()));
    }

    @Test
    void firstAndLast() {
        assertEquals(new OID("1"), model.firstIndex());
        assertEquals(new OID(new int[] {Integer.MAX_VALUE}), model.lastIndex());
        assertEquals(IF_INDEXES.size(), model.getRowCount());
    }

    private static OID randomBound(Random random) {
        int length = random.nextInt(3);
        OID bound = new OID();
        for (int i = 0; i < length; i++) {
            long subId = switch (random.nextInt(4)) {
                case 0 -> IF_INDEXES.get(random.nextInt(IF_INDEXES.size()));
                case 1 -> IF_INDEXES.get(random.nextInt(IF_INDEXES.size())) + 1L;
                case 2 -> 0x8000_0000L + random.nextInt(1000);
                default -> random.nextInt(100_000);
            };
            bound.appendUnsigned(subId);
        }
        return bound;
    }
}
