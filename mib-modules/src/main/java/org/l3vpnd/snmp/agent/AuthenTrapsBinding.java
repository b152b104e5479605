package org.l3vpnd.snmp.agent;

import org.l3vpnd.engine.config.Setting;
import org.l3vpnd.engine.config.SettingNames;
import org.l3vpnd.engine.config.StorageType;
import org.l3vpnd.snmp.config.RequestTransactions;
import org.snmp4j.PDU;
import org.snmp4j.agent.mo.MOChangeEvent;
import org.snmp4j.agent.mo.MOChangeListener;
import org.snmp4j.smi.Integer32;

/** Makes a SET of snmpEnableAuthenTraps a durable configuration change before it takes effect. */
final class AuthenTrapsBinding implements MOChangeListener {

    private final RequestTransactions transactions;

    AuthenTrapsBinding(RequestTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void beforePrepareMOChange(MOChangeEvent event) {
        if (event.getSubRequest() == null) {
            return;
        }
        int v = ((Integer32) event.getNewValue()).getValue();
        transactions.transaction(event.getSubRequest())
                .put(new Setting(SettingNames.AUTHEN_TRAPS, Boolean.toString(v == 1), StorageType.NON_VOLATILE));
    }

    @Override
    public void afterPrepareMOChange(MOChangeEvent event) {
        if (event.getSubRequest() != null) {
            event.setDenyReason(transactions.prepared(event.getSubRequest()));
        }
    }

    @Override
    public void beforeMOChange(MOChangeEvent event) {
        if (event.getSubRequest() != null && transactions.commit(event.getSubRequest()) != PDU.noError) {
            // MOScalar ignores a deny reason in commit; an exception makes the request fail and undo.
            throw new IllegalStateException("configuration store refused snmpEnableAuthenTraps");
        }
    }

    @Override
    public void afterMOChange(MOChangeEvent event) {
    }
}
