package org.l3vpnd.snmp.ifmib;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.l3vpnd.snmp.agent.MibModule;
import org.snmp4j.CommunityTarget;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.agent.CommandProcessor;
import org.snmp4j.agent.DefaultMOServer;
import org.snmp4j.agent.mo.snmp.CoexistenceInfo;
import org.snmp4j.agent.mo.snmp.CoexistenceInfoProvider;
import org.snmp4j.agent.security.VACM;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * The least agent that answers SNMPv2c over UDP on 127.0.0.1: a {@link DefaultMOServer}, a
 * {@link CommandProcessor} that lets community "public" see and write everything, and a client
 * {@link Snmp} session talking to it. Access control is not under test here; the MIB module is.
 */
final class SnmpTestAgent implements AutoCloseable {

    static final OctetString COMMUNITY = new OctetString("public");

    private final DefaultMOServer server = new DefaultMOServer();
    private final Snmp agentSession;
    private final Snmp client;
    private final CommunityTarget<Address> target;

    SnmpTestAgent(MibModule module) throws Exception {
        module.register(server, new OctetString());
        OctetString engineId = new OctetString(MPv3.createLocalEngineID());
        CommandProcessor processor = new CommandProcessor(engineId);
        processor.setVacm(new AllowAll());
        processor.setCoexistenceProvider(new OneCommunity(engineId));
        processor.addMOServer(server);

        DefaultUdpTransportMapping agentTransport = new DefaultUdpTransportMapping(new UdpAddress("127.0.0.1/0"));
        MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
        dispatcher.addMessageProcessingModel(new MPv2c());
        agentSession = new Snmp(dispatcher, agentTransport);
        agentSession.addCommandResponder(processor);
        agentSession.listen();

        client = new Snmp(new DefaultUdpTransportMapping(new UdpAddress("127.0.0.1/0")));
        client.listen();
        target = new CommunityTarget<>(agentTransport.getListenAddress(), COMMUNITY);
        target.setVersion(SnmpConstants.version2c);
        target.setTimeout(2_000);
        target.setRetries(1);
    }

    PDU get(OID... oids) throws IOException {
        return send(PDU.GET, vbs(oids));
    }

    PDU getNext(OID... oids) throws IOException {
        return send(PDU.GETNEXT, vbs(oids));
    }

    PDU set(VariableBinding... vbs) throws IOException {
        return send(PDU.SET, vbs);
    }

    /** GETNEXT from {@code root} until the answer leaves it. */
    List<VariableBinding> walk(OID root) throws IOException {
        List<VariableBinding> result = new ArrayList<>();
        OID next = root;
        while (true) {
            VariableBinding vb = getNext(next).get(0);
            if (vb.getVariable().isException() || !vb.getOid().startsWith(root)) {
                return result;
            }
            result.add(vb);
            next = vb.getOid();
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
        agentSession.close();
    }

    private PDU send(int type, VariableBinding... vbs) throws IOException {
        PDU pdu = new PDU();
        pdu.setType(type);
        for (VariableBinding vb : vbs) {
            pdu.add(vb);
        }
        ResponseEvent<Address> event = client.send(pdu, target);
        if (event.getResponse() == null) {
            throw new IOException("no response to " + pdu);
        }
        return event.getResponse();
    }

    private static VariableBinding[] vbs(OID... oids) {
        VariableBinding[] vbs = new VariableBinding[oids.length];
        for (int i = 0; i < oids.length; i++) {
            vbs[i] = new VariableBinding(oids[i]);
        }
        return vbs;
    }

    private static final class AllowAll implements VACM {
        private static final OctetString VIEW = new OctetString("all");

        @Override
        public int isAccessAllowed(OctetString context, OctetString securityName, int securityModel,
                                   int securityLevel, int viewType, OID oid) {
            return VACM_OK;
        }

        @Override
        public int isAccessAllowed(OctetString viewName, OID oid) {
            return VACM_OK;
        }

        @Override
        public OctetString getViewName(OctetString context, OctetString securityName, int securityModel,
                                       int securityLevel, int viewType) {
            return VIEW;
        }
    }

    private record OneCommunity(OctetString engineId) implements CoexistenceInfoProvider {
        @Override
        public CoexistenceInfo[] getCoexistenceInfo(OctetString community) {
            return COMMUNITY.equals(community)
                    ? new CoexistenceInfo[] {new CoexistenceInfo(community, engineId, new OctetString())}
                    : null;
        }

        @Override
        public OctetString getCommunity(OctetString securityName, OctetString contextEngineID,
                                        OctetString contextName) {
            return COMMUNITY;
        }

        @Override
        public boolean passesFilter(Address address, CoexistenceInfo coexistenceInfo) {
            return true;
        }
    }
}
