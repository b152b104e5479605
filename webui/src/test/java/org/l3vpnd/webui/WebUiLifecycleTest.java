package org.l3vpnd.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.ConfigStore;
import org.l3vpnd.engine.config.RunningConfig;

/** Binding, the chosen port, and a quick stop that frees the port. */
class WebUiLifecycleTest {

    @Test
    void portZeroBindsAnEphemeralPortAndCloseReleasesItQuickly() throws Exception {
        ConfigService config = new ConfigService(ConfigStore.NONE, RunningConfig.EMPTY);
        WebUi ui = new WebUi(new InetSocketAddress("127.0.0.1", 0), config, new FakeVrfView(), "test");
        int port;
        try {
            ui.start();
            port = ui.port();
            assertTrue(port > 0, "bound port " + port);
            UiClient client = new UiClient(port);
            // Leaves a keep-alive connection open, which the stop must not wait for.
            assertEquals("ok", client.get("/health").body());
            assertTrue(client.get("/vrfs").body().contains("No VRFs are configured."));
        } finally {
            long before = System.nanoTime();
            ui.close();
            long millis = (System.nanoTime() - before) / 1_000_000;
            // The one timing assertion here is the contract itself: the appliance's shutdown budget.
            assertTrue(millis < 1000, "close took " + millis + " ms");
        }
        try (ServerSocket again = new ServerSocket()) {
            again.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        }
    }
}
