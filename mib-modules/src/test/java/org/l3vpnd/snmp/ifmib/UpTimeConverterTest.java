package org.l3vpnd.snmp.ifmib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l3vpnd.engine.iface.InterfaceInventory;
import org.snmp4j.smi.TimeTicks;

class UpTimeConverterTest {

    @TempDir
    Path tempDir;

    @Test
    void timesBeforeTheAgentAreZeroAndLaterOnesAreUpTime() {
        AtomicLong millis = new AtomicLong(50_000);
        InterfaceInventory inventory = new InterfaceInventory(tempDir, Duration.ofSeconds(1), millis::get);
        // The agent has been up 12.34 s when the module is built.
        UpTimeConverter upTime = new UpTimeConverter(inventory, () -> 1_234);

        assertEquals(new TimeTicks(0), upTime.at(30_000));
        assertEquals(new TimeTicks(0), upTime.at(50_000 - 12_340));
        assertEquals(new TimeTicks(1), upTime.at(50_000 - 12_330));
        assertEquals(new TimeTicks(1_234), upTime.at(50_000));
        millis.set(90_000);
        assertEquals(new TimeTicks(1_234), upTime.at(50_000), "a stored time reads the same later");
    }
}
