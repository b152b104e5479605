package org.l3vpnd.engine.iface;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SysfsInterfaceReaderTest {

    @Test
    void readsColonHexAddresses() {
        assertArrayEquals(new byte[] {0x02, (byte) 0xfc, 0, 0, 0, 0x01},
                SysfsInterfaceReader.parseHardwareAddress("02:fc:00:00:00:01"));
    }

    @Test
    void tunnelEndpointsAndGarbageAreNoLinkAddress() {
        assertArrayEquals(new byte[0], SysfsInterfaceReader.parseHardwareAddress("0.0.0.0"));
        assertArrayEquals(new byte[0], SysfsInterfaceReader.parseHardwareAddress(""));
        assertArrayEquals(new byte[0], SysfsInterfaceReader.parseHardwareAddress("zz:01"));
    }

    @Test
    void speedIsMegabitsAndUnknownIsZero() {
        assertEquals(10_000_000_000L, SysfsInterfaceReader.speedBps("10000"));
        assertEquals(0, SysfsInterfaceReader.speedBps("-1"));
        assertEquals(0, SysfsInterfaceReader.speedBps(""));
    }
}
