package io.odigos.community.http;

import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.net.BindException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embedded Jetty serving the bot's HTTP endpoints: Slack's, health, and those features add. With metrics on, a
 * second connector on its own port serves {@code /metrics} and nothing else, and the main port never serves it: each
 * context answers only on its connector.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebServer.class);
    private static final Duration CLOSE_WITHIN = Duration.ofSeconds(5);
    private static final String MAIN = "main";
    private static final String METRICS = "metrics";

    private final Server server;

    private WebServer(Server server) {
        this.server = server;
    }

    /** The servlet a connector of its own serves at {@code path} on {@code port}. */
    public record Endpoint(int port, String path, HttpServlet servlet) {
    }

    /** A port was taken already; which one, so the start-up error names its setting. */
    public static final class PortInUse extends BindException {
        private final int port;

        PortInUse(int port, BindException cause) {
            super("port " + port + " is already in use");
            this.port = port;
            initCause(cause);
        }

        public int port() {
            return port;
        }
    }

    public static WebServer start(int port, Map<String, HttpServlet> servlets) throws Exception {
        return start(port, servlets, Optional.empty());
    }

    public static WebServer start(int port, Map<String, HttpServlet> servlets, Optional<Endpoint> metrics)
            throws Exception {
        Server server = new Server();
        List<ServletContextHandler> contexts = new ArrayList<>();
        contexts.add(context(server, MAIN, port, servlets));
        metrics.ifPresent(m -> contexts.add(context(server, METRICS, m.port(), Map.of(m.path(), m.servlet()))));
        try {
            for (var connector : server.getConnectors()) {
                open((ServerConnector) connector);
            }
        } catch (IOException e) {
            for (var connector : server.getConnectors()) {
                ((ServerConnector) connector).close(); // one that opened before; stop() does nothing before start()
            }
            throw e;
        }
        // counts the requests in flight, so stopping waits for them and answers any new one 503
        server.setHandler(new GracefulHandler(new ContextHandlerCollection(
                contexts.toArray(ServletContextHandler[]::new))));
        server.start();
        return new WebServer(server);
    }

    /** A connector named {@code name} on {@code port} and the context that answers only there. */
    private static ServletContextHandler context(Server server, String name, int port,
                                                 Map<String, HttpServlet> servlets) {
        ServerConnector connector = new ServerConnector(server);
        connector.setName(name);
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setVirtualHosts(List.of("@" + name));
        servlets.forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));
        return context;
    }

    /** Binds now rather than in start(), so a port in use is known to be this one. */
    private static void open(ServerConnector connector) throws IOException {
        try {
            connector.open();
        } catch (BindException e) {
            throw new PortInUse(connector.getPort(), e);
        } catch (IOException e) {
            if (e.getCause() instanceof BindException bind) {
                throw new PortInUse(connector.getPort(), bind);
            }
            throw e;
        }
    }

    /** The port actually bound (differs from the setting when it was 0). */
    public int port() {
        return localPort(MAIN).orElseThrow();
    }

    /** The port {@code /metrics} is served on, when it is. */
    public Optional<Integer> metricsPort() {
        return localPort(METRICS);
    }

    private Optional<Integer> localPort(String name) {
        for (var connector : server.getConnectors()) {
            if (name.equals(connector.getName())) {
                return Optional.of(((ServerConnector) connector).getLocalPort());
            }
        }
        return Optional.empty();
    }

    /**
     * Stops accepting connections, answers new requests on open ones 503, and waits up to {@code within} for those
     * in flight to finish before closing every connection.
     */
    public void stop(Duration within) throws Exception {
        server.setStopTimeout(Math.max(1, within.toMillis()));
        try {
            server.stop();
            log.info("Shutdown: HTTP stopped; requests in flight were answered");
        } catch (TimeoutException e) {
            log.warn("Shutdown: HTTP requests still running after {} ms were cut off", within.toMillis());
        }
    }

    @Override
    public void close() throws Exception {
        stop(CLOSE_WITHIN);
    }
}
