package io.odigos.community.metrics;

import io.odigos.community.core.Database;
import java.time.Duration;
import java.time.Instant;

/** Distinct contributors (members, or GitHub logins not linked yet) with a contribution in the last 90 days. */
public final class ActiveContributors implements MetricSource {

    static final Duration WINDOW = Duration.ofDays(90);

    private final MetricsStore store;

    public ActiveContributors(Database database) {
        this.store = new MetricsStore(database);
    }

    @Override
    public Metric metric() {
        return Metric.ACTIVE_CONTRIBUTORS;
    }

    @Override
    public Reading read(Instant now) {
        long count = store.activeContributors(now.minus(WINDOW), now);
        return Reading.of(count, "last 90 days");
    }
}
