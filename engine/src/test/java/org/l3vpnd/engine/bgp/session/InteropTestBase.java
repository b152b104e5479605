package org.l3vpnd.engine.bgp.session;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** What every daemon interop test holds: a work folder, our speaker and the daemon, both stopped after. */
abstract class InteropTestBase {

    @TempDir
    Path dir;
    SpeakerNode node;
    Daemon daemon;

    @AfterEach
    void stop() {
        if (daemon != null) {
            daemon.close();
        }
        if (node != null) {
            node.close();
        }
    }
}
