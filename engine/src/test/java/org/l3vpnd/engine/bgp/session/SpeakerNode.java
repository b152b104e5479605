package org.l3vpnd.engine.bgp.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.l3vpnd.engine.bgp.wire.AttributeInterner;
import org.l3vpnd.engine.config.BgpPeer;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.config.ConfigStore;
import org.l3vpnd.engine.config.RunningConfig;
import org.l3vpnd.engine.config.Setting;
import org.l3vpnd.engine.config.TestCommits;
import org.l3vpnd.engine.config.SettingNames;
import org.l3vpnd.engine.loop.EngineClock;
import org.l3vpnd.engine.loop.EngineLoop;
import org.l3vpnd.engine.loop.SystemEngineClock;
import org.l3vpnd.engine.net.IpAddress;

/**
 * One speaker under test: its engine loop, configuration service, recording RIB and the
 * {@link BgpSpeaker}, listening on one loopback address. Timings are short so that restarts
 * after errors take a fraction of a second.
 */
final class SpeakerNode implements AutoCloseable {
    static final SpeakerTiming FAST = new SpeakerTiming(Duration.ofMillis(200), Duration.ofSeconds(2),
            Duration.ofSeconds(60), 240, Duration.ofSeconds(2));
    static final Duration WAIT = Duration.ofSeconds(15);

    final String host;
    final EngineLoop loop;
    final ConfigService config;
    final RecordingRib rib;
    final BgpSpeaker speaker;
    final List<String> transitions = new CopyOnWriteArrayList<>();

    SpeakerNode(String name, String host, long localAs, String routerId, boolean gracefulRestart) {
        this(name, host, localAs, routerId, gracefulRestart, new SystemEngineClock(), FAST);
    }

    /** With a {@link org.l3vpnd.engine.loop.ManualClock}, ConnectRetry and Idle hold move only when told. */
    SpeakerNode(String name, String host, long localAs, String routerId, boolean gracefulRestart, EngineClock clock,
                SpeakerTiming timing) {
        this.host = host;
        this.loop = new EngineLoop("engine-" + name, clock);
        List<Setting> settings = new ArrayList<>(List.of(
                Setting.of(SettingNames.BGP_LOCAL_AS, Long.toString(localAs)),
                Setting.of(SettingNames.BGP_ROUTER_ID, routerId),
                Setting.of(SettingNames.BGP_GR_ENABLE, Boolean.toString(gracefulRestart))));
        this.config = new ConfigService(ConfigStore.NONE, RunningConfig.of(settings));
        this.rib = new RecordingRib(loop.call(Thread::currentThread));
        this.speaker = new BgpSpeaker(loop, config, rib, timing, new AttributeInterner());
        speaker.addStateListener(new PeerStateListener() {
            @Override
            public void established(PeerStatus status) {
                transitions.add(status.remoteAddress() + " ESTABLISHED");
            }

            @Override
            public void backwardTransition(PeerStatus status, FsmState previous) {
                transitions.add(status.remoteAddress() + " " + previous + "->" + status.state());
            }
        });
        speaker.start(new InetSocketAddress(host, 0));
    }

    int port() {
        return speaker.listenPort();
    }

    void commit(BgpPeer... peers) {
        TestCommits.put(config, peers);
    }

    void remove(BgpPeer peer) {
        TestCommits.remove(config, peer.key());
    }

    void setting(String name, String value) {
        TestCommits.put(config, Setting.of(name, value));
    }

    PeerStatus status(String address) {
        return speaker.peer("", IpAddress.parse(address)).orElseThrow();
    }

    void awaitState(String address, FsmState state) {
        Await.until(WAIT, () -> host + " peer " + address + " to reach " + state + ", is " + describe(address),
                () -> speaker.peer("", IpAddress.parse(address)).map(s -> s.state() == state).orElse(false));
    }

    /** The RIB's latest session with {@code address}, which must be up. */
    PeerSession session(String address) {
        List<RecordingRib.Up> ups = rib.all(RecordingRib.Up.class);
        for (int i = ups.size() - 1; i >= 0; i--) {
            if (ups.get(i).session().remoteAddress().equals(IpAddress.parse(address))) {
                return ups.get(i).session();
            }
        }
        throw new AssertionError("no session with " + address + " in " + rib);
    }

    void assertNoViolations() {
        assertEquals(List.of(), rib.violations, host + " RIB contract");
    }

    String describe(String address) {
        return speaker.peer("", IpAddress.parse(address))
                .map(s -> s.state() + " lastError=" + s.lastErrorCode() + "/" + s.lastErrorSubcode() + " "
                        + s.lastErrorText())
                .orElse("unconfigured");
    }

    @Override
    public void close() {
        try {
            speaker.close();
        } finally {
            loop.close();
        }
    }
}
