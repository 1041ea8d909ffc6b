package io.odigos.community.http;

import jakarta.servlet.http.HttpServlet;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** Embedded Jetty serving the bot's HTTP endpoints: Slack's, health, and those features add. */
public final class WebServer implements AutoCloseable {

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
        server.setHandler(context);
        server.setStopTimeout(5000);
        server.start();
        return new WebServer(server);
    }

    /** The port actually bound (differs from the setting when it was 0). */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
