package io.odigos.community.metrics;

import io.odigos.community.core.Database;
import java.time.Duration;
import java.time.Instant;

/** Distinct contributors (members, or GitHub logins not linked yet) with a contribution in the last 90 days. */
public final class ActiveContributors implements MetricSource {

    static final Duration WINDOW = Duration.ofDays(90);

    private final Database database;

    public ActiveContributors(Database database) {
        this.database = database;
    }

    @Override
    public Metric metric() {
        return Metric.ACTIVE_CONTRIBUTORS;
    }

    @Override
    public Reading read(Instant now) {
        Number count = database.inTransaction(em -> (Number) em.createNativeQuery("select count(distinct "
                        + Contributors.WHO + ") from contributions where " + Contributors.IDENTIFIED
                        + " and occurred_at >= ?1 and occurred_at < ?2")
                .setParameter(1, now.minus(WINDOW)).setParameter(2, now).getSingleResult());
        return Reading.of(count.doubleValue(), "last 90 days");
    }
}
