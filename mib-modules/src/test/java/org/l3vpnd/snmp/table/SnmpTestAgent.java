package org.l3vpnd.snmp.table;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import org.l3vpnd.snmp.agent.BulkRequestHandler;
import org.snmp4j.CommunityTarget;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.agent.CommandProcessor;
import org.snmp4j.agent.DefaultMOServer;
import org.snmp4j.agent.DuplicateRegistrationException;
import org.snmp4j.agent.ManagedObject;
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
 * A minimal SNMP agent for tests: a real UDP listener on 127.0.0.1 (free port), SNMP4J-Agent's
 * CommandProcessor over a DefaultMOServer (with SNMP4J-Agent's own GETBULK handler, or the
 * appliance's: {@link #withBulkHandler()}), and one v2c community, "private", that may read and
 * write everything. Also the client side: a v2c manager with helpers for GET, GETNEXT, GETBULK
 * walks and SET. Test only; never use this access policy anywhere else.
 */
public final class SnmpTestAgent implements AutoCloseable {

    public static final OctetString COMMUNITY = new OctetString("private");

    private final DefaultMOServer server = new DefaultMOServer();
    private final Snmp agent;
    private final DefaultUdpTransportMapping agentTransport;
    private final Snmp client;
    private final CommunityTarget<UdpAddress> target;

    public SnmpTestAgent() throws IOException {
        this(false, Integer.MAX_VALUE);
    }

    /**
     * An agent that processes GETBULK with SNMP4J-Agent's own handler or with
     * {@link BulkRequestHandler}, and answers in messages of at most {@code maxMessageSize} octets
     * (as snmpTargetAddrMMS would limit them; SNMP4J-Agent drops the varbinds that do not fit).
     */
    private SnmpTestAgent(boolean bulkHandler, int maxMessageSize) throws IOException {
        OctetString engineId = new OctetString(MPv3.createLocalEngineID());
        CommandProcessor processor = new CommandProcessor(engineId);
        if (bulkHandler) {
            BulkRequestHandler.install(processor);
        }
        processor.setVacm(new AllowAll());
        processor.setCoexistenceProvider(new PrivateCommunity(engineId, maxMessageSize));
        processor.addMOServer(server);
        MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
        dispatcher.addMessageProcessingModel(new MPv2c());
        agentTransport = new DefaultUdpTransportMapping(new UdpAddress(InetAddress.getLoopbackAddress(), 0));
        agent = new Snmp(dispatcher, agentTransport);
        agent.addCommandResponder(processor);
        agent.listen();

        client = new Snmp(new DefaultUdpTransportMapping());
        client.listen();
        target = new CommunityTarget<>(new UdpAddress(InetAddress.getLoopbackAddress(),
                agentTransport.getListenAddress().getPort()), COMMUNITY);
        target.setVersion(SnmpConstants.version2c);
        target.setTimeout(5000);
        // A retried SET is not idempotent (a second createAndGo fails): never retry.
        target.setRetries(0);
    }

    /** An agent with the appliance's GETBULK handler ({@link BulkRequestHandler}). */
    public static SnmpTestAgent withBulkHandler() throws IOException {
        return new SnmpTestAgent(true, Integer.MAX_VALUE);
    }

    /** An agent whose responses are at most {@code maxMessageSize} octets, with either GETBULK handler. */
    public static SnmpTestAgent withMessageSize(int maxMessageSize, boolean bulkHandler) throws IOException {
        return new SnmpTestAgent(bulkHandler, maxMessageSize);
    }

    public void register(ManagedObject<?> mo) throws DuplicateRegistrationException {
        server.register(mo, null);
    }

    public DefaultMOServer server() {
        return server;
    }

    public int port() {
        return agentTransport.getListenAddress().getPort();
    }

    /** Sends a request and returns the response PDU; fails on timeout. */
    public PDU request(int type, VariableBinding... vbs) throws IOException {
        PDU pdu = new PDU();
        pdu.setType(type);
        for (VariableBinding vb : vbs) {
            pdu.add(vb);
        }
        return send(pdu);
    }

    public PDU send(PDU pdu) throws IOException {
        ResponseEvent<UdpAddress> e = client.send(pdu, target);
        if (e.getResponse() == null) {
            throw new IOException("no response to " + pdu, e.getError());
        }
        return e.getResponse();
    }

    public PDU set(VariableBinding... vbs) throws IOException {
        return request(PDU.SET, vbs);
    }

    public PDU get(OID... oids) throws IOException {
        VariableBinding[] vbs = new VariableBinding[oids.length];
        for (int i = 0; i < oids.length; i++) {
            vbs[i] = new VariableBinding(oids[i]);
        }
        return request(PDU.GET, vbs);
    }

    public PDU getNext(OID oid) throws IOException {
        return request(PDU.GETNEXT, new VariableBinding(oid));
    }

    /** Every instance under {@code root}, by GETNEXT one at a time. */
    public List<VariableBinding> walk(OID root) throws IOException {
        List<VariableBinding> out = new ArrayList<>();
        OID at = root;
        while (true) {
            PDU r = getNext(at);
            VariableBinding vb = r.get(0);
            if (r.getErrorStatus() != PDU.noError || vb.isException() || !vb.getOid().startsWith(root)) {
                return out;
            }
            if (vb.getOid().compareTo(at) <= 0) {
                throw new IllegalStateException("GETNEXT went backwards: " + at + " -> " + vb.getOid());
            }
            out.add(vb);
            at = vb.getOid();
        }
    }

    /** Every instance under {@code root}, by GETBULK with the given max-repetitions. */
    public List<VariableBinding> bulkWalk(OID root, int maxRepetitions) throws IOException {
        List<VariableBinding> out = new ArrayList<>();
        OID at = root;
        while (true) {
            PDU pdu = new PDU();
            pdu.setType(PDU.GETBULK);
            pdu.setMaxRepetitions(maxRepetitions);
            pdu.add(new VariableBinding(at));
            PDU r = send(pdu);
            if (r.getErrorStatus() != PDU.noError || r.size() == 0) {
                return out;
            }
            for (VariableBinding vb : r.getVariableBindings()) {
                if (vb.isException() || !vb.getOid().startsWith(root)) {
                    return out;
                }
                out.add(vb);
                at = vb.getOid();
            }
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
        agent.close();
    }

    /** Test access control: everything is in view. */
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

    /** Maps the one community to the default context of this engine, from any source. */
    private static final class PrivateCommunity implements CoexistenceInfoProvider {
        private final OctetString engineId;
        private final int maxMessageSize;

        PrivateCommunity(OctetString engineId, int maxMessageSize) {
            this.engineId = engineId;
            this.maxMessageSize = maxMessageSize;
        }

        @Override
        public CoexistenceInfo[] getCoexistenceInfo(OctetString community) {
            if (!COMMUNITY.equals(community)) {
                return new CoexistenceInfo[0];
            }
            CoexistenceInfo info = new CoexistenceInfo(community, engineId, new OctetString());
            info.setMaxMessageSize(maxMessageSize);
            return new CoexistenceInfo[] {info};
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
