package org.l3vpnd.snmp.ifmib;

import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.ItemKey;
import org.l3vpnd.snmp.config.RequestTransactions;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.Setting;
import org.l3vpnd.engine.config.StorageType;
import org.snmp4j.PDU;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.Variable;

/**
 * ifLinkUpDownTrapEnable, kept as the setting {@code if.<ifIndex>.linkUpDownTrapEnable} ("true" or
 * "false"). Absent means enabled: the appliance stacks no interface on another it reports, and
 * RFC 2863 enables the notifications of such interfaces by default.
 */
final class LinkTrapEnableColumn extends ConfigBackedColumn {

    static final int ENABLED = 1;
    static final int DISABLED = 2;

    LinkTrapEnableColumn(int columnId, RequestTransactions transactions) {
        super(columnId, SMIConstants.SYNTAX_INTEGER, transactions);
    }

    static String settingName(int ifIndex) {
        return "if." + ifIndex + ".linkUpDownTrapEnable";
    }

    static boolean enabled(RunningConfig running, int ifIndex) {
        return Boolean.parseBoolean(running.setting(settingName(ifIndex), "true"));
    }

    static Integer32 current(RunningConfig running, int ifIndex) {
        return new Integer32(enabled(running, ifIndex) ? ENABLED : DISABLED);
    }

    @Override
    int check(Variable value) {
        if (value.getSyntax() != SMIConstants.SYNTAX_INTEGER) {
            return PDU.wrongType;
        }
        int v = ((Integer32) value).getValue();
        return v == ENABLED || v == DISABLED ? PDU.noError : PDU.wrongValue;
    }

    @Override
    ItemKey keyOf(int ifIndex) {
        return Setting.keyOf(settingName(ifIndex));
    }

    @Override
    ConfigItem itemOf(int ifIndex, Variable value) {
        boolean enabled = ((Integer32) value).getValue() == ENABLED;
        return new Setting(settingName(ifIndex), Boolean.toString(enabled), StorageType.NON_VOLATILE);
    }
}
