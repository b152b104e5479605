package org.l3vpnd.snmp.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.ConfigStore;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.engine.config.Vrf;
import org.l3vpnd.engine.config.VrfValidator;
import org.l3vpnd.engine.loop.EngineLoop;
import org.l3vpnd.engine.loop.ManualClock;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.net.RouteDistinguisher;
import org.l3vpnd.engine.rib.Route;
import org.l3vpnd.engine.vrf.InterfaceStatusSource;
import org.l3vpnd.engine.vrf.VrfManager;
import org.l3vpnd.snmp.l3vpn.MplsL3VpnMib;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * The appliance's agent as it runs (VACM-MIB access policy, community source filtering and its
 * loopback message size, {@link BulkRequestHandler} for GETBULK): a GETBULK walk of
 * mplsL3VpnVrfRteTable returns exactly the varbinds of a GETNEXT walk, which SNMP4J-Agent's own
 * handler answers.
 */
class BulkWalkSnmpTest {

    private static final OID RTE_TABLE = new OID("1.3.6.1.2.1.10.166.11.1.4.1");
    private static final int ROUTES = 150;

    private ConfigService config;
    private EngineLoop loop;
    private SnmpAgentService snmp;
    private Snmp client;
    private CommunityTarget<UdpAddress> target;

    @BeforeEach
    void start() throws Exception {
        Vrf vrf = new Vrf("walk", new byte[0], "bulk walk", RouteDistinguisher.parse("65000:1"), 0, 0, 0,
                Vrf.ADMIN_UP, true, StorageType.VOLATILE);
        config = new ConfigService(ConfigStore.NONE, RunningConfig.of(List.of(vrf)));
        config.addValidator(new VrfValidator());
        // The engine clock stands still: route ages read the same in every walk.
        loop = new EngineLoop("engine", new ManualClock(1_000_000));
        VrfManager vrfs = new VrfManager(loop, config, new NoInterfaces());
        snmp = new SnmpAgentService(new SnmpAgentOptions(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new byte[] {(byte) 0x80, 0, 0, 0, 5, 9, 8, 7}, 1, "test", "1.3.6.1.4.1.61423.1.1"), config);
        snmp.add(new MplsL3VpnMib(snmp.transactions(), vrfs, loop.clock(), snmp.clock(), snmp.notifications()));
        vrfs.start();
        snmp.start();
        loop.call(() -> {
            for (int i = 0; i < ROUTES; i++) {
                IpPrefix prefix = i % 4 == 3
                        ? IpPrefix.of(IpAddress.ofIpv6(0x20010db800000000L | ((long) i << 16), 0), 48)
                        : IpPrefix.ofIpv4(0x0A000000 + (i << 8), 24);
                IpAddress nextHop = prefix.isIpv6() ? IpAddress.ofIpv6(0xfe80000000000000L, i + 1)
                        : IpAddress.ofIpv4(0xC0000201);
                vrfs.offerRoute("walk", new Route(prefix, i % 5 == 0 ? new int[] {1, 3, 6, 1, i} : null, nextHop,
                        Route.PROTO_BGP, Route.TYPE_REMOTE, 0, 65001, null, null, loop.clock().nowMillis()));
            }
            return null;
        });
        client = new Snmp(new DefaultUdpTransportMapping());
        client.listen();
        target = new CommunityTarget<>(new UdpAddress(InetAddress.getLoopbackAddress(), snmp.port()),
                new OctetString("public"));
        target.setVersion(SnmpConstants.version2c);
        target.setTimeout(5000);
        target.setRetries(0);
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        snmp.close();
        loop.close();
    }

    @Test
    void getBulkWalkEqualsGetNextWalk() throws Exception {
        List<VariableBinding> next = walk(PDU.GETNEXT, 0);
        assertEquals(ROUTES * 12, next.size());
        for (int maxRepetitions : new int[] {1, 3, 10, 50}) {
            assertEquals(next, walk(PDU.GETBULK, maxRepetitions), "max-repetitions " + maxRepetitions);
        }
    }

    @Test
    void responsesFillButStayWithinTheLoopbackMessageSize() throws Exception {
        PDU request = new PDU();
        request.setType(PDU.GETBULK);
        request.add(new VariableBinding(RTE_TABLE));
        request.setMaxRepetitions(500);
        PDU whole = send(request);
        assertEquals(PDU.noError, whole.getErrorStatus());
        assertEquals(500, whole.size(), "500 route cells fit in one loopback datagram");

        request.setMaxRepetitions(ROUTES * 12);
        PDU cut = send(request);
        assertEquals(PDU.noError, cut.getErrorStatus());
        // The agent drops the repetitions that do not fit, never returns tooBig for GETBULK.
        assertTrue(cut.size() > 500 && cut.size() < ROUTES * 12, () -> cut.size() + " varbinds");
        assertTrue(encodedLength(cut) <= AccessControl.LOOPBACK_MMS, () -> encodedLength(cut) + " octets");
    }

    private int encodedLength(PDU pdu) {
        int length = 0;
        for (VariableBinding vb : pdu.getVariableBindings()) {
            length += vb.getBERLength();
        }
        return length;
    }

    private List<VariableBinding> walk(int type, int maxRepetitions) throws Exception {
        List<VariableBinding> out = new ArrayList<>();
        OID at = RTE_TABLE;
        while (true) {
            PDU request = new PDU();
            request.setType(type);
            request.setMaxRepetitions(maxRepetitions);
            request.add(new VariableBinding(at));
            PDU response = send(request);
            assertEquals(PDU.noError, response.getErrorStatus());
            assertTrue(response.size() > 0);
            for (VariableBinding vb : response.getVariableBindings()) {
                if (vb.isException() || !vb.getOid().startsWith(RTE_TABLE)) {
                    return out;
                }
                out.add(vb);
                at = vb.getOid();
            }
        }
    }

    private PDU send(PDU request) throws Exception {
        ResponseEvent<UdpAddress> e = client.send(request, target);
        if (e.getResponse() == null) {
            throw new AssertionError("no response to " + request, e.getError());
        }
        return e.getResponse();
    }

    /** A PE with no customer interfaces: routes come only from the VPN side. */
    private static final class NoInterfaces implements InterfaceStatusSource {
        @Override
        public boolean operUp(int ifIndex) {
            return false;
        }

        @Override
        public List<IpPrefix> addresses(int ifIndex) {
            return List.of();
        }

        @Override
        public void addListener(IntConsumer ifIndexChanged) {
        }
    }
}
