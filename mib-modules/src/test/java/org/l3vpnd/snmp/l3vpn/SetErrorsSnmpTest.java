package org.l3vpnd.snmp.l3vpn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.l3vpnd.snmp.l3vpn.L3VpnFixture.*;
import static org.l3vpnd.snmp.table.IndexOids.*;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.TestCommits;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.Setting;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.config.VrfValidator;
import org.l3vpnd.engine.net.RouteDistinguisher;
import org.snmp4j.PDU;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UnsignedInteger32;
import org.snmp4j.smi.VariableBinding;

/** Every SET error status the MIB produces, and the all-or-nothing property of one request. */
class SetErrorsSnmpTest {

    private L3VpnFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new L3VpnFixture();
        // Two active VRFs to work on.
        expect(PDU.noError, 0, vb(oid(VRF, 13, name("a")), 4), vb(oid(VRF, 14, name("a")), 1),
                vb(oid(VRF, 4, name("a")), "65000:1"));
        expect(PDU.noError, 0, vb(oid(VRF, 13, name("b")), 4), vb(oid(VRF, 14, name("b")), 1),
                vb(oid(VRF, 4, name("b")), "65000:2"));
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    private static VariableBinding vb(OID oid, int value) {
        return new VariableBinding(oid, new Integer32(value));
    }

    private static VariableBinding vb(OID oid, String value) {
        return new VariableBinding(oid, new OctetString(value));
    }

    /** Sends a SET and checks error-status and error-index; the configuration must not change on error. */
    private void expect(int status, int index, VariableBinding... vbs) throws Exception {
        RunningConfig before = f.config.running();
        PDU r = f.agent.set(vbs);
        assertEquals(PDU.toErrorStatusText(status), PDU.toErrorStatusText(r.getErrorStatus()), () -> "response " + r);
        assertEquals(index, r.getErrorIndex(), () -> "error index in " + r);
        if (status != PDU.noError) {
            assertTrue(before == f.config.running(), "a refused request changes nothing");
        }
    }

    @Test
    void wrongValue() throws Exception {
        expect(PDU.wrongValue, 1, vb(oid(VRF, 14, name("a")), 7));
        expect(PDU.wrongValue, 1, vb(oid(VRF, 13, name("a")), 3));
        expect(PDU.wrongValue, 1, vb(oid(VRF, 13, name("a")), 0));
        expect(PDU.wrongValue, 1, vb(oid(VRF, 15, name("a")), 4));
        expect(PDU.wrongValue, 2, vb(oid(VRF, 13, name("c")), 4), vb(oid(VRF, 4, name("c")), "not an RD"));
        expect(PDU.wrongValue, 2, vb(oid(RT, 6, name("a"), ids(1, 1)), 4),
                vb(oid(RT, 4, name("a"), ids(1, 1)), "65000"));
        expect(PDU.wrongValue, 1,
                new VariableBinding(oid(IF_CONF, 3, name("a"), ids(1)), new OctetString(new byte[] {0x01})));
    }

    @Test
    void wrongLength() throws Exception {
        expect(PDU.wrongLength, 1, new VariableBinding(oid(VRF, 2, name("a")), new OctetString(new byte[3])));
        expect(PDU.wrongLength, 1, vb(oid(VRF, 3, name("a")), "x".repeat(256)));
        expect(PDU.wrongLength, 1, new VariableBinding(oid(VRF, 4, name("a")), new OctetString(new byte[257])));
        expect(PDU.wrongLength, 1,
                new VariableBinding(oid(IF_CONF, 3, name("a"), ids(1)), new OctetString(new byte[2])));
    }

    @Test
    void wrongType() throws Exception {
        expect(PDU.wrongType, 1, vb(oid(VRF, 14, name("a")), "up"));
        expect(PDU.wrongType, 1, vb(oid(VRF, 9, name("a")), 5));
        expect(PDU.wrongType, 1, new VariableBinding(oid(VRF, 4, name("a")), new UnsignedInteger32(1)));
    }

    @Test
    void inconsistentValue() throws Exception {
        // createAndGo on an existing row; createAndGo without the mandatory AdminStatus.
        expect(PDU.inconsistentValue, 1, vb(oid(VRF, 13, name("a")), 4));
        expect(PDU.inconsistentValue, 1, vb(oid(VRF, 13, name("a")), 5));
        expect(PDU.inconsistentValue, 1, vb(oid(VRF, 13, name("c")), 4));
        // active / notInService on a row that does not exist.
        expect(PDU.inconsistentValue, 1, vb(oid(VRF, 13, name("c")), 1));
        // Only AdminStatus, RowStatus and StorageType may change while active; RT rows allow RowStatus only.
        expect(PDU.inconsistentValue, 1, vb(oid(VRF, 4, name("a")), "65000:9"));
        expect(PDU.noError, 0, vb(oid(VRF, 14, name("a")), 2), vb(oid(VRF, 15, name("a")), 3));
        expect(PDU.noError, 0, vb(oid(RT, 6, name("a"), ids(1, 1)), 4), vb(oid(RT, 4, name("a"), ids(1, 1)), "1:1"));
        expect(PDU.inconsistentValue, 1, vb(oid(RT, 7, name("a"), ids(1, 1)), 3));
        // The engine's whole-configuration checks: a duplicate RD, a route target of no VRF.
        expect(PDU.inconsistentValue, 1, vb(oid(VRF, 13, name("b")), 2), vb(oid(VRF, 4, name("b")), "65000:1"));
        expect(PDU.inconsistentValue, 1, vb(oid(RT, 6, name("zz"), ids(1, 1)), 4),
                vb(oid(RT, 4, name("zz"), ids(1, 1)), "1:1"));
        // A notReady row cannot be made active while incomplete.
        expect(PDU.noError, 0, vb(oid(VRF, 13, name("w")), 5));
        expect(PDU.inconsistentValue, 1, vb(oid(VRF, 13, name("w")), 1));
    }

    @Test
    void noCreationAndInconsistentName() throws Exception {
        expect(PDU.noCreation, 1, vb(oid(VRF, 3, name("nope")), "x"));
        expect(PDU.noCreation, 1, vb(oid(VRF, 99, name("a")), 1));
        expect(PDU.noCreation, 1, vb(new OID(VRF + ".3.4.97"), "truncated index"));
        expect(PDU.inconsistentName, 1, vb(oid(VRF, 13, name("x".repeat(32))), 4));
        expect(PDU.inconsistentName, 1, vb(oid(VRF, 13, ids(2, 0xc3, 0x28)), 4));
        expect(PDU.inconsistentName, 1, vb(oid(RT, 6, name("a"), ids(1, 4)), 4));
        // 10.0.0.1/8 has host bits set.
        expect(PDU.inconsistentName, 1, vb(oid(RTE, 18, name("a"), ids(1, 4, 10, 0, 0, 1, 8, 2, 0, 0, 0, 0)), 4));
    }

    @Test
    void notWritable() throws Exception {
        expect(PDU.notWritable, 1, vb(oid(VRF, 6, name("a")), 1));
        expect(PDU.notWritable, 1, new VariableBinding(oid(SEC, 1, name("a")), new UnsignedInteger32(0)));
        expect(PDU.notWritable, 1, vb(oid(RTE, 9, name("a"), ids(1, 4, 10, 0, 0, 0, 8, 2, 0, 0, 0, 0)), 1));
    }

    @Test
    void resourceUnavailable() throws Exception {
        commit(Setting.of(VrfValidator.MAX_POSSIBLE_ROUTES, "1000"));
        assertEquals(new UnsignedInteger32(1000), f.agent.get(new OID(MIB + ".1.1.5.0")).get(0).getVariable());
        expect(PDU.resourceUnavailable, 1, vb(oid(VRF, 13, name("c")), 4), vb(oid(VRF, 14, name("c")), 1),
                new VariableBinding(oid(VRF, 11, name("c")), new UnsignedInteger32(1001)));
        // notReady rows are bounded too.
        int created = 0;
        PDU r;
        do {
            r = f.agent.set(vb(oid(VRF, 13, name("p" + created)), 5));
            created++;
        } while (r.getErrorStatus() == PDU.noError && created < 1000);
        assertEquals(PDU.resourceUnavailable, r.getErrorStatus());
    }

    @Test
    void storageTypeRules() throws Exception {
        commit(new Vrf("perm", new byte[0], "", RouteDistinguisher.parse("1:1"), 0, 0, 0, Vrf.ADMIN_UP, true,
                StorageType.PERMANENT));
        commit(new Vrf("ro", new byte[0], "", RouteDistinguisher.parse("1:2"), 0, 0, 0, Vrf.ADMIN_UP, true,
                StorageType.READ_ONLY));
        assertEquals(new Integer32(4), f.agent.get(oid(VRF, 15, name("perm"))).get(0).getVariable());
        expect(PDU.notWritable, 1, vb(oid(VRF, 3, name("perm")), "x"));
        expect(PDU.wrongValue, 1, vb(oid(VRF, 15, name("perm")), 3));
        expect(PDU.wrongValue, 1, vb(oid(VRF, 13, name("perm")), 6));
        expect(PDU.wrongValue, 1, vb(oid(VRF, 13, name("ro")), 2));
        expect(PDU.notWritable, 1, vb(oid(VRF, 14, name("ro")), 2));
        // Permanent rows may still be switched off; writing a value that does not change anything is fine.
        expect(PDU.noError, 0, vb(oid(VRF, 14, name("perm")), 2));
        expect(PDU.noError, 0, vb(oid(VRF, 13, name("ro")), 1), vb(oid(VRF, 14, name("ro")), 1));
        // Volatile rows become nonVolatile on request.
        expect(PDU.noError, 0, vb(oid(VRF, 15, name("a")), 3));
        assertEquals(StorageType.NON_VOLATILE, f.config.running().get(Vrf.class, "a").orElseThrow().storage());
    }

    @Test
    void aRequestIsAllOrNothing() throws Exception {
        // Two good rows, then a bad value in the last varbind: nothing of it is applied.
        expect(PDU.wrongValue, 5, vb(oid(VRF, 13, name("x")), 4), vb(oid(VRF, 14, name("x")), 1),
                vb(oid(VRF, 13, name("y")), 4), vb(oid(VRF, 14, name("y")), 1), vb(oid(VRF, 14, name("a")), 9));
        // Same with a failure only the whole-configuration check can see (a duplicate RD).
        expect(PDU.inconsistentValue, 1, vb(oid(VRF, 13, name("x")), 4), vb(oid(VRF, 14, name("x")), 1),
                vb(oid(VRF, 4, name("x")), "65000:2"));
        // The error names the row at fault even when other rows follow it.
        expect(PDU.inconsistentValue, 3, vb(oid(VRF, 13, name("x")), 4), vb(oid(VRF, 14, name("x")), 1),
                vb(oid(VRF, 13, name("y")), 4), vb(oid(VRF, 14, name("y")), 1), vb(oid(VRF, 4, name("y")), "65000:2"),
                vb(oid(VRF, 3, name("x")), "after"));
        // Nor is a notReady row left behind by a failed request.
        expect(PDU.wrongValue, 2, vb(oid(VRF, 13, name("w")), 5), vb(oid(VRF, 14, name("a")), 9));
        assertEquals(org.snmp4j.smi.Null.noSuchInstance, f.agent.get(oid(VRF, 13, name("w"))).get(0).getVariable());
        assertTrue(f.config.running().get(Vrf.class, "x").isEmpty());
        assertTrue(f.config.running().get(Vrf.class, "y").isEmpty());
    }

    @Test
    void swappingTwoRouteDistinguishersInOneRequest() throws Exception {
        expect(PDU.noError, 0, vb(oid(VRF, 13, name("a")), 2), vb(oid(VRF, 4, name("a")), "65000:2"),
                vb(oid(VRF, 13, name("b")), 2), vb(oid(VRF, 4, name("b")), "65000:1"));
        assertEquals(RouteDistinguisher.parse("65000:2"), f.config.running().get(Vrf.class, "a").orElseThrow().rd());
        assertEquals(RouteDistinguisher.parse("65000:1"), f.config.running().get(Vrf.class, "b").orElseThrow().rd());
        // Both back in service together, and swapped again while not in service, in binary form.
        expect(PDU.noError, 0, new VariableBinding(oid(VRF, 4, name("a")),
                        new OctetString(RouteDistinguisher.parse("65000:1").toBytes())),
                vb(oid(VRF, 4, name("b")), "65000:2"), vb(oid(VRF, 13, name("a")), 1), vb(oid(VRF, 13, name("b")), 1));
        assertTrue(f.config.running().get(Vrf.class, "a").orElseThrow().inService());
        assertEquals(RouteDistinguisher.parse("65000:2"), f.config.running().get(Vrf.class, "b").orElseThrow().rd());
    }

    @Test
    void aFailedCommitLeavesNothingBehind() throws Exception {
        f.close();
        FlakyStore store = new FlakyStore();
        f = new L3VpnFixture(store);
        store.failing = true;
        PDU r = f.agent.set(vb(oid(VRF, 13, name("p")), 5), vb(oid(VRF, 13, name("q")), 4),
                vb(oid(VRF, 14, name("q")), 1));
        assertEquals(PDU.commitFailed, r.getErrorStatus(), () -> "response " + r);
        assertTrue(f.config.running().all(Vrf.class).isEmpty());
        assertEquals(org.snmp4j.smi.Null.noSuchInstance, f.agent.get(oid(VRF, 13, name("p"))).get(0).getVariable(),
                "the notReady row of a failed request is not kept");
        store.failing = false;
        expect(PDU.noError, 0, vb(oid(VRF, 13, name("p")), 5), vb(oid(VRF, 13, name("q")), 4),
                vb(oid(VRF, 14, name("q")), 1));
        assertEquals(new Integer32(3), f.agent.get(oid(VRF, 13, name("p"))).get(0).getVariable());
    }

    /** A configuration store that can be told to fail, as a full disk would. */
    private static final class FlakyStore implements org.l3vpnd.engine.config.ConfigStore {
        volatile boolean failing;

        @Override
        public RunningConfig load() {
            return RunningConfig.EMPTY;
        }

        @Override
        public void persist(org.l3vpnd.engine.config.ConfigDelta delta)
                throws org.l3vpnd.engine.config.ConfigException {
            if (failing) {
                throw new org.l3vpnd.engine.config.ConfigException("disk full", null);
            }
        }
    }

    private void commit(ConfigItem item) {
        TestCommits.put(f.config, item);
    }
}
