package org.l3vpnd.webui;

import java.net.InetSocketAddress;
import java.util.Objects;

import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.vrf.VrfView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read-only web UI: an embedded Jetty serving server-rendered pages about the router.
 * {@link #start()} and {@link #close()} may be called from any thread, once each.
 *
 * <p>Kept small on purpose: a handful of threads (a browsing operator or two, not a public site),
 * and a stop that does not wait for slow clients, so shutting the appliance down stays quick.
 */
public final class WebUi implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebUi.class);

    private static final int MAX_THREADS = 8;
    private static final int MIN_THREADS = 2;
    private static final int IDLE_TIMEOUT_MILLIS = 30_000;
    /** How long close() lets requests in flight finish before their threads are interrupted. */
    private static final int STOP_TIMEOUT_MILLIS = 500;

    /**
     * Ambiguities Jetty refuses by default, which we accept because links carry VRF names as
     * percent-encoded path segments ('/' as %2F, '%' as %25, '\' as %5C) and the router splits the
     * raw path itself; no path here ever maps to a file.
     */
    private static final UriCompliance URI_COMPLIANCE = UriCompliance.DEFAULT.with("l3vpnd-webui",
            UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR,
            UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING,
            UriCompliance.Violation.SUSPICIOUS_PATH_CHARACTERS);

    private final InetSocketAddress listen;
    private final Server server;
    private final ServerConnector connector;

    public WebUi(InetSocketAddress listen, ConfigService config, VrfView vrfs, String productVersion) {
        this.listen = Objects.requireNonNull(listen, "listen");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(vrfs, "vrfs");
        Objects.requireNonNull(productVersion, "productVersion");

        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS, IDLE_TIMEOUT_MILLIS);
        threads.setName("webui");
        threads.setStopTimeout(STOP_TIMEOUT_MILLIS);
        // Reserved threads would sit idle out of a pool this small.
        threads.setReservedThreads(0);
        server = new Server(threads);
        server.setStopTimeout(STOP_TIMEOUT_MILLIS);

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setUriCompliance(URI_COMPLIANCE);
        // One acceptor and one selector are plenty here and leave the other threads for requests.
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(listen.getHostString());
        connector.setPort(listen.getPort());
        connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
        server.addConnector(connector);

        Layout layout = new Layout(productVersion);
        ErrorPages errors = new ErrorPages(layout);
        server.setHandler(new WebUiHandler(config, vrfs, errors, layout));
        server.setErrorHandler(new ErrorPageHandler(errors));
    }

    /** Binds the listening socket and starts serving. */
    public void start() throws Exception {
        server.start();
        LOG.info("webui.started host={} port={}", listen.getHostString(), port());
    }

    /** The bound port (the one chosen when the listen port was 0); negative while not bound. */
    public int port() {
        return connector.getLocalPort();
    }

    /** Stops serving and releases the port, within about a second. */
    @Override
    public void close() {
        int port = port();
        try {
            server.stop();
            LOG.info("webui.stopped port={}", port);
        } catch (Exception e) {
            LOG.warn("webui.stop.failed", e);
        }
    }
}
