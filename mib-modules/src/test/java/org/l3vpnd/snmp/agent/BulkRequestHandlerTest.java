package org.l3vpnd.snmp.agent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.snmp4j.PDU;
import org.snmp4j.agent.CommandProcessor;
import org.snmp4j.agent.RequestHandler;
import org.snmp4j.agent.request.SnmpRequest;
import org.snmp4j.smi.OctetString;

/** {@link BulkRequestHandler#install} replaces exactly SNMP4J-Agent's GETBULK handler. */
class BulkRequestHandlerTest {

    /** Shows which handler the processor picks for a PDU type. */
    private static final class Processor extends CommandProcessor {
        Processor() {
            super(new OctetString("engine"));
        }

        RequestHandler<SnmpRequest> handlerOf(int pduType) {
            return getHandler(pduType);
        }
    }

    @Test
    void replacesTheGetBulkHandlerOnly() {
        Processor p = new Processor();
        RequestHandler<SnmpRequest> get = p.handlerOf(PDU.GET);
        RequestHandler<SnmpRequest> next = p.handlerOf(PDU.GETNEXT);
        RequestHandler<SnmpRequest> set = p.handlerOf(PDU.SET);
        assertFalse(p.handlerOf(PDU.GETBULK) instanceof BulkRequestHandler);

        BulkRequestHandler installed = BulkRequestHandler.install(p);

        assertSame(installed, p.handlerOf(PDU.GETBULK));
        assertTrue(installed.isSupported(PDU.GETBULK) && !installed.isSupported(PDU.GETNEXT));
        assertSame(get, p.handlerOf(PDU.GET));
        assertSame(next, p.handlerOf(PDU.GETNEXT));
        assertSame(set, p.handlerOf(PDU.SET));
        assertNotNull(get);
    }
}
