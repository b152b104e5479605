package org.l3vpnd.engine.iface;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperStatusTest {

    @ParameterizedTest(name = "operstate={0} admin={1} carrier={2} -> {3}")
    @CsvSource(nullValues = "null", value = {
            "up,             true,  true,  UP",
            "down,           true,  false, DOWN",
            "dormant,        true,  true,  DORMANT",
            "testing,        true,  true,  TESTING",
            "notpresent,     true,  null,  NOT_PRESENT",
            "lowerlayerdown, true,  false, LOWER_LAYER_DOWN",
            // drivers without RFC 2863 state: loopback, ipip, gre, tun
            "unknown,        true,  true,  UP",
            "unknown,        true,  false, DOWN",
            "unknown,        false, null,  DOWN",
            "unknown,        true,  null,  UNKNOWN",
    })
    void mapsSysfsOperstate(String operstate, boolean adminUp, Boolean carrier, OperStatus expected) {
        assertEquals(expected, OperStatus.fromSysfs(operstate, adminUp, carrier));
    }
}
