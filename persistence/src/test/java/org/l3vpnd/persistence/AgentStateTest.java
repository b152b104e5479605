package org.l3vpnd.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentStateTest {

    @TempDir
    Path dir;

    @Test
    void engineBootsIncrementAcrossReopen() {
        try (H2ConfigStore store = H2ConfigStore.open(dir)) {
            assertEquals(1, store.incrementEngineBoots());
            assertEquals(2, store.incrementEngineBoots());
        }
        try (H2ConfigStore store = H2ConfigStore.open(dir)) {
            assertEquals(3, store.incrementEngineBoots());
        }
    }

    @Test
    void engineBootsStayAtTheMaximum() throws Exception {
        try (H2ConfigStore store = H2ConfigStore.open(dir)) {
            RawDatabase.execute(dir, "UPDATE agent_state SET engine_boots = 2147483646");
            assertEquals(Integer.MAX_VALUE, store.incrementEngineBoots());
            assertEquals(Integer.MAX_VALUE, store.incrementEngineBoots());
        }
    }

    @Test
    void engineIdIsCreatedOnceAndKept() {
        AtomicInteger calls = new AtomicInteger();
        Supplier<byte[]> generator = () -> {
            calls.incrementAndGet();
            return new byte[] {(byte) 0x80, 0, 0, 0x1f, (byte) 0x88, 4, 1, 2, 3, 4};
        };
        byte[] first;
        try (H2ConfigStore store = H2ConfigStore.open(dir)) {
            first = store.engineId(generator);
            assertArrayEquals(first, store.engineId(generator));
        }
        try (H2ConfigStore store = H2ConfigStore.open(dir)) {
            assertArrayEquals(first, store.engineId(generator));
        }
        assertEquals(1, calls.get());
    }

    @Test
    void engineIdOfWrongLengthIsRefused() {
        try (H2ConfigStore store = H2ConfigStore.open(dir)) {
            assertThrows(IllegalArgumentException.class, () -> store.engineId(() -> new byte[4]));
            assertThrows(IllegalArgumentException.class, () -> store.engineId(() -> new byte[33]));
            byte[] valid = {1, 2, 3, 4, 5};
            assertArrayEquals(valid, store.engineId(() -> valid));
        }
    }
}
