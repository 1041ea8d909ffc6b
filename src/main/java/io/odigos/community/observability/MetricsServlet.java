package io.odigos.community.observability;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code GET /metrics}: the registry in Prometheus's text format, or OpenMetrics when the scraper's Accept header
 * asks for it (Prometheus's own does).
 */
final class MetricsServlet extends HttpServlet {

    static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";
    static final String OPEN_METRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    private final transient PrometheusMeterRegistry registry;

    MetricsServlet(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader("Accept");
        String contentType = accept != null && accept.contains("application/openmetrics-text") ? OPEN_METRICS
                : TEXT_FORMAT;
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(contentType);
        try (OutputStream out = response.getOutputStream()) {
            registry.scrape(out, contentType);
        }
    }
}
