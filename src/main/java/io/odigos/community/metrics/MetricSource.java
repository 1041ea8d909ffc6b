package io.odigos.community.metrics;

import java.time.Instant;

/**
 * Supplies the current number of one {@link Metric}. The feature that owns the data provides its source and
 * {@code CommunityBot} hands it to {@link MetricsFeature}; a metric nobody supplies shows as unavailable, so a new
 * feature (tutorials) lights its goal up without any change here. Implementations read aggregates (count, group by),
 * never entities in bulk.
 */
public interface MetricSource {

    Metric metric();

    /** The value at {@code now} (from the injected clock), or why there is none. */
    Reading read(Instant now);
}
