package io.odigos.community.http;

import io.odigos.community.core.SettingsException;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.net.BindException;
import java.util.Map;
import java.util.Optional;

/** Opening the bot's listening sockets, with "address in use" turned into the setting an operator changes. */
public final class Listening {

    private Listening() {
    }

    /** Something that opens a listening socket. */
    @FunctionalInterface
    public interface Binding<T> {
        T open() throws Exception;
    }

    /** Opens what listens on {@code port}, the value of {@code setting}. */
    public static <T> T bind(String setting, int port, Binding<T> binding) throws Exception {
        try {
            return binding.open();
        } catch (IOException e) {
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                throw inUse(setting, port);
            }
            throw e;
        }
    }

    /** Jetty on PORT, and on METRICS_PORT when metrics are on; a port in use is named by its setting. */
    public static WebServer web(int port, Map<String, HttpServlet> servlets, Optional<WebServer.Endpoint> metrics)
            throws Exception {
        try {
            return WebServer.start(port, servlets, metrics);
        } catch (WebServer.PortInUse e) {
            throw inUse(e.port() == port ? "PORT" : "METRICS_PORT", e.port());
        }
    }

    private static SettingsException inUse(String setting, int port) {
        return new SettingsException(setting + "=" + port + " is already in use: stop what listens there or set "
                + setting + " to a free port");
    }
}
