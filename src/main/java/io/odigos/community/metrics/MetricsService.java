package io.odigos.community.metrics;

import io.odigos.community.core.BotConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The programme's six success metrics: reads each from its {@link MetricSource}, sets it against the configured
 * baseline and target, compares it with the snapshot of about 30 days earlier, and takes the daily snapshot.
 */
public final class MetricsService {

    /** How far back the trend looks. */
    static final int TREND_DAYS = 30;

    private final Map<Metric, MetricSource> sources;
    private final BotConfig.MetricGoals goals;
    private final MetricsStore store;
    private final Clock clock;

    MetricsService(List<MetricSource> sources, BotConfig.MetricGoals goals, MetricsStore store, Clock clock) {
        this.sources = new EnumMap<>(Metric.class);
        for (MetricSource source : sources) {
            if (this.sources.putIfAbsent(source.metric(), source) != null) {
                throw new IllegalStateException("two sources measure " + source.metric().id());
            }
        }
        this.goals = goals;
        this.store = store;
        this.clock = clock;
    }

    /** All six metrics as they stand now, in the order of {@link Metric}; a metric without a source is unavailable. */
    public List<MetricValue> current() {
        Instant now = clock.instant();
        LocalDate today = today(now);
        Map<Metric, SnapshotPoint> earlier = store.comparisonPoints(today.minusDays(TREND_DAYS), today);
        List<MetricValue> values = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            Reading reading = read(metric, now);
            BotConfig.Goal goal = metric.goal(goals);
            Optional<Double> progress = reading.value().filter(v -> goal.target() > 0).map(v -> v / goal.target());
            Optional<MetricValue.Trend> trend = reading.value().flatMap(v -> Optional.ofNullable(earlier.get(metric))
                    .map(p -> new MetricValue.Trend(p.day(), v - p.reading())));
            values.add(new MetricValue(metric.id(), metric.label(), reading.value(), metric.unit(), reading.window(),
                    goal.baseline(), goal.target(), progress, trend, reading.unavailableReason(), reading.breakdown()));
        }
        return values;
    }

    /** Records today's readings (UTC day); running it again the same day replaces them. */
    public void snapshot() {
        Instant now = clock.instant();
        Map<Metric, Optional<Double>> readings = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            readings.put(metric, read(metric, now).value());
        }
        store.record(today(now), readings, now);
    }

    /** The snapshots of the last {@code days} days, by metric, for the chart. */
    Map<Metric, List<SnapshotPoint>> history(int days) {
        return store.since(today(clock.instant()).minusDays(days));
    }

    BotConfig.Goal goal(Metric metric) {
        return metric.goal(goals);
    }

    private Reading read(Metric metric, Instant now) {
        MetricSource source = sources.get(metric);
        return source == null ? Reading.unavailable(metric.window(), metric.withoutSource()) : source.read(now);
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
