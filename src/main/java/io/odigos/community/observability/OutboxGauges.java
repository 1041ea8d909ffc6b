package io.odigos.community.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.odigos.community.slack.SlackOutbox.DeliveryStatus;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The outbox's standing figures as gauges, read from the same {@link DeliveryStatus} admins and /healthz see, so
 * nothing is counted twice. One scrape reads every gauge at once: the status is read once and reused for a second
 * rather than queried per gauge.
 */
public final class OutboxGauges {

    private static final long REUSE_NANOS = Duration.ofSeconds(1).toNanos();

    private final Supplier<DeliveryStatus> status;
    private DeliveryStatus last;
    private long lastRead;

    private OutboxGauges(Supplier<DeliveryStatus> status) {
        this.status = status;
    }

    public static void register(MeterRegistry registry, Supplier<DeliveryStatus> status) {
        OutboxGauges gauges = new OutboxGauges(status);
        gauges.gauge(registry, "odigos.bot.outbox.pending", "Messages waiting for Slack in the urgent lane",
                DeliveryStatus::urgentPending, "lane", "urgent");
        gauges.gauge(registry, "odigos.bot.outbox.pending", "Messages waiting for Slack in the bulk lane (fan-outs)",
                DeliveryStatus::bulkPending, "lane", "bulk");
        gauges.gauge(registry, "odigos.bot.outbox.retrying", "Waiting messages being tried again after a failure",
                DeliveryStatus::retrying);
        gauges.gauge(registry, "odigos.bot.outbox.undeliverable", "Messages Slack refused for good, kept for admins",
                DeliveryStatus::undeliverable);
        Gauge.builder("odigos.bot.outbox.oldest.pending.age", gauges,
                        g -> g.read().pending() == 0 ? 0 : g.read().oldestPendingAge().toMillis() / 1000.0)
                .description("Age of the oldest message waiting for Slack (0 when none waits)")
                .baseUnit("seconds").strongReference(true).register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<DeliveryStatus> figure,
                       String... tags) {
        Gauge.builder(name, this, g -> figure.applyAsDouble(g.read())).description(description).tags(tags)
                .strongReference(true).register(registry);
    }

    private synchronized DeliveryStatus read() {
        long now = System.nanoTime();
        if (last == null || now - lastRead > REUSE_NANOS) {
            last = status.get();
            lastRead = now;
        }
        return last;
    }
}
