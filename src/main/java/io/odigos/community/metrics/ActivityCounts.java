package io.odigos.community.metrics;

import java.time.Instant;
import java.util.List;

/**
 * Counts of a feature's activity that are not one of the six goals but tell admins how a programme is going (packs
 * shared, confirmations given). Shown under the metrics in {@code /community-admin metrics}; never snapshotted.
 * Like {@link MetricSource}, the feature owning the data supplies it and reads aggregates only.
 */
public interface ActivityCounts {

    /** One line of counts, e.g. "Observability packs" -> "12 published, 2 waiting for review". */
    record Line(String label, String counts) {
    }

    List<Line> read(Instant now);
}
