package org.l3vpnd.snmp.ifmib;

import java.nio.charset.StandardCharsets;
import org.l3vpnd.engine.config.ConfigItem;
import org.l3vpnd.engine.config.InterfaceSetting;
import org.l3vpnd.engine.config.ItemKey;
import org.l3vpnd.snmp.config.RequestTransactions;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.StorageType;
import org.snmp4j.PDU;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.Variable;

/** ifAlias, DisplayString (SIZE(0..64)), kept as the alias of the interface's {@link InterfaceSetting}. */
final class IfAliasColumn extends ConfigBackedColumn {

    static final int MAX_OCTETS = 64;

    IfAliasColumn(int columnId, RequestTransactions transactions) {
        super(columnId, SMIConstants.SYNTAX_OCTET_STRING, transactions);
    }

    static OctetString current(RunningConfig running, int ifIndex) {
        String alias = running.get(InterfaceSetting.class, Integer.toString(ifIndex))
                .map(InterfaceSetting::alias).orElse("");
        return new OctetString(alias.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    int check(Variable value) {
        // Opaque is an OctetString subclass in SNMP4J, so test the tag, not the class.
        if (value.getSyntax() != SMIConstants.SYNTAX_OCTET_STRING) {
            return PDU.wrongType;
        }
        byte[] octets = ((OctetString) value).getValue();
        if (octets.length > MAX_OCTETS) {
            return PDU.wrongLength;
        }
        for (byte b : octets) {
            if (b < 0) {
                return PDU.wrongValue; // DisplayString is 7-bit NVT ASCII (RFC 2579)
            }
        }
        return PDU.noError;
    }

    @Override
    ItemKey keyOf(int ifIndex) {
        return InterfaceSetting.keyOf(ifIndex);
    }

    @Override
    ConfigItem itemOf(int ifIndex, Variable value) {
        String alias = new String(((OctetString) value).getValue(), StandardCharsets.US_ASCII);
        return new InterfaceSetting(ifIndex, alias, StorageType.NON_VOLATILE);
    }
}
