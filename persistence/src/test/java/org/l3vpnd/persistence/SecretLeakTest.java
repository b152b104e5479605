package org.l3vpnd.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l3vpnd.engine.config.ConfigException;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.SnmpUser;
import org.l3vpnd.engine.config.StorageType;

class SecretLeakTest {

    @TempDir
    Path dir;

    @Test
    void failedUserWriteDoesNotQuoteTheKeys() throws Exception {
        byte[] authKey = SampleItems.bytes(20, 0x5a);
        try (H2ConfigStore store = H2ConfigStore.open(dir)) {
            // H2's "value too long" message quotes the value; make the auth key too long for the column.
            RawDatabase.execute(dir, "ALTER TABLE snmp_user ALTER COLUMN auth_key SET DATA TYPE VARBINARY(4)");
            ConfigService service = new ConfigService(store, store.load());
            SnmpUser user = new SnmpUser("ops", "SHA-1", authKey, "none", null, false, StorageType.NON_VOLATILE);

            ConfigException e = assertThrows(ConfigException.class, () -> service.commit(service.begin().put(user)));

            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            String printed = trace.toString().toLowerCase(Locale.ROOT);
            String hex = HexFormat.of().formatHex(authKey);
            assertFalse(printed.contains(hex.substring(0, 8)), printed);
        }
    }
}
