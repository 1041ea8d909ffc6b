package io.odigos.community.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.http.HttpServlet;
import java.util.Optional;

/**
 * The one meter registry of the bot, built at start-up and handed to whatever records. On, it is Prometheus's, with
 * the JVM's own meters bound to it, and {@link #endpoint()} serves it; off, it is an empty composite, whose meters
 * record nothing, so the recording code never asks whether metrics are on.
 */
public final class BotMetrics implements AutoCloseable {

    /** Where {@link #endpoint()} is served, on METRICS_PORT only. */
    public static final String PATH = "/metrics";

    private final MeterRegistry registry;
    private final PrometheusMeterRegistry prometheus;
    private final JvmGcMetrics gc;

    private BotMetrics(MeterRegistry registry, PrometheusMeterRegistry prometheus, JvmGcMetrics gc) {
        this.registry = registry;
        this.prometheus = prometheus;
        this.gc = gc;
    }

    /** A Prometheus registry with memory, GC, threads, class loading, processor and uptime bound. */
    public static BotMetrics prometheus() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return new BotMetrics(registry, registry, gc);
    }

    /** Metrics off: meters made here are no-ops. */
    public static BotMetrics off() {
        return new BotMetrics(new CompositeMeterRegistry(), null, null);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** The servlet serving {@code GET /metrics}; empty when metrics are off. */
    public Optional<HttpServlet> endpoint() {
        return Optional.ofNullable(prometheus).map(MetricsServlet::new);
    }

    @Override
    public void close() {
        if (gc != null) {
            gc.close(); // it listens to the JVM's GC notifications
        }
        registry.close();
    }
}
