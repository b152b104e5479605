package org.l3vpnd.snmp.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.snmp4j.agent.DefaultMOServer;
import org.snmp4j.agent.MOServer;
import org.snmp4j.agent.mo.DefaultMOMutableTableModel;
import org.snmp4j.agent.mo.snmp.StorageType;
import org.snmp4j.agent.mo.snmp.VacmMIB;
import org.snmp4j.agent.security.VACM;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;

/** {@link ViewFilter} answers as the VACM-MIB does, for views with masks and exclusions too. */
class ViewFilterTest {

    private static final OctetString ALL = new OctetString("all");
    private static final OctetString MASKED = new OctetString("masked");
    private static final OctetString NONE = new OctetString("none");
    private static final String RTE = "1.3.6.1.2.1.10.166.11.1.4.1.1";

    private final DefaultMOServer server = new DefaultMOServer();
    private VacmMIB vacm;

    @BeforeEach
    void setUp() throws Exception {
        vacm = new VacmMIB(new MOServer[] {server});
        vacm.registerMOs(server, null);
        vacm.addViewTreeFamily(ALL, new OID("1.3"), new OctetString(), VacmMIB.vacmViewIncluded, StorageType.readOnly);
        // Everything under mib-2, except the route table's age column (10) in any row, and one
        // VRF ("red") of the route table as a whole.
        vacm.addViewTreeFamily(MASKED, new OID("1.3.6.1.2.1"), new OctetString(), VacmMIB.vacmViewIncluded,
                StorageType.volatile_);
        vacm.addViewTreeFamily(MASKED, new OID(RTE + ".10"), new OctetString(), VacmMIB.vacmViewExcluded,
                StorageType.volatile_);
        vacm.addViewTreeFamily(MASKED, new OID(RTE + ".0.3.114.101.100"), new OctetString(new byte[] {
                (byte) 0xff, (byte) 0xfb, (byte) 0xc0}), VacmMIB.vacmViewExcluded, StorageType.volatile_);
    }

    @Test
    void answersAsTheVacmForEveryOidInAnyOrder() {
        DefaultMOMutableTableModel<?> families = ViewFilter.families(server);
        assertNotNull(families);
        List<OID> oids = sample();
        Random random = new Random(3415);
        for (OctetString view : new OctetString[] {ALL, MASKED, NONE}) {
            for (int round = 0; round < 3; round++) {
                ViewFilter filter = ViewFilter.of(vacm, view, families);
                for (OID oid : oids) {
                    assertEquals(vacm.isAccessAllowed(view, oid) == VACM.VACM_OK, filter.apply(oid),
                            () -> view + " " + oid);
                }
                java.util.Collections.shuffle(oids, random);
            }
        }
    }

    @Test
    void asksForEveryOidWithoutTheVacmMibsTable() {
        VACM denyOdd = new VACM() {
            @Override
            public int isAccessAllowed(OctetString context, OctetString securityName, int securityModel,
                                       int securityLevel, int viewType, OID oid) {
                return VACM_OK;
            }

            @Override
            public int isAccessAllowed(OctetString viewName, OID oid) {
                return oid.last() % 2 == 0 ? VACM_OK : VACM_NOT_IN_VIEW;
            }

            @Override
            public OctetString getViewName(OctetString context, OctetString securityName, int securityModel,
                                           int securityLevel, int viewType) {
                return ALL;
            }
        };
        ViewFilter filter = ViewFilter.of(denyOdd, ALL, ViewFilter.families(server));
        for (int i = 0; i < 10; i++) {
            assertEquals(i % 2 == 0, filter.apply(new OID(RTE + ".7.3.114.101.100." + i)));
        }
        assertEquals(null, ViewFilter.families(new DefaultMOServer()));
    }

    /** Cells of the route table in three VRFs and some columns, and OIDs around and above them. */
    private static List<OID> sample() {
        List<OID> oids = new ArrayList<>();
        for (String vrf : new String[] {"3.114.101.100", "3.114.101.101", "4.98.108.117.101"}) {
            for (int column = 7; column <= 18; column += 3) {
                for (int row = 0; row < 3; row++) {
                    oids.add(new OID(RTE + "." + column + "." + vrf + ".1.4.10.0." + row + ".0.24.2.0.0.0.0"));
                }
            }
        }
        for (String s : new String[] {"1", "1.3", "1.3.6", "1.3.6.1.2", "1.3.6.1.2.1", "1.3.6.1.4.1.9", RTE,
                RTE + ".10", RTE + ".10.3", RTE + ".11.3.114.101", "1.3.6.1.2.1.1.1.0", "2.1"}) {
            oids.add(new OID(s));
        }
        return oids;
    }
}
