package io.odigos.community.http;

import jakarta.servlet.http.HttpServlet;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Embedded Jetty serving the bot's HTTP endpoints: Slack's, health, and those features add. */
public final class WebServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebServer.class);
    private static final Duration CLOSE_WITHIN = Duration.ofSeconds(5);

    private final Server server;

    private WebServer(Server server) {
        this.server = server;
    }

    public static WebServer start(int port, Map<String, HttpServlet> servlets) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        servlets.forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));
        // counts the requests in flight, so stopping waits for them and answers any new one 503
        server.setHandler(new GracefulHandler(context));
        server.start();
        return new WebServer(server);
    }

    /** The port actually bound (differs from the setting when it was 0). */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
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
