package io.odigos.community.metrics;

import java.util.List;
import java.util.Optional;

/**
 * One success metric as it stands now: what {@link MetricsService#current()} answers, for admins and for the
 * newsletter's "month in numbers". {@code value} and {@code progress} are empty exactly when
 * {@code unavailableReason} is present; {@code progress} is value / target (1.0 = target reached, may exceed 1).
 *
 * @param id        stable identifier ("active-contributors", ...), see {@link Metric}
 * @param window    what the value covers, e.g. "last 90 days" or "first contributions in Q2 2026"
 * @param breakdown the value split into groups where the metric has one (retention: mentored, not mentored), else empty
 */
public record MetricValue(String id, String name, Optional<Double> value, String unit, String window, double baseline,
                          double target, Optional<Double> progress, Optional<Trend> trend,
                          Optional<String> unavailableReason, List<Reading.Share> breakdown) {

    /** The change since an earlier daily snapshot (about 30 days back, or the earliest there is). */
    public record Trend(java.time.LocalDate since, double change) {
    }
}
