package io.odigos.community.knowledge;

import io.odigos.community.core.Database;
import io.odigos.community.metrics.Metric;
import io.odigos.community.metrics.MetricSource;
import io.odigos.community.metrics.Reading;
import java.time.Instant;
import java.time.ZoneOffset;

/** Community tutorials and guides published in the last 6 calendar months (docs/METRICS.md). */
final class TutorialsPublished implements MetricSource {

    private final Database database;
    private final KnowledgeStore store;

    TutorialsPublished(Database database, KnowledgeStore store) {
        this.database = database;
        this.store = store;
    }

    @Override
    public Metric metric() {
        return Metric.TUTORIALS_PUBLISHED;
    }

    @Override
    public Reading read(Instant now) {
        Instant from = now.atZone(ZoneOffset.UTC).minusMonths(6).toInstant();
        return Reading.of(database.inTransaction(em -> store.tutorialsPublished(em, from, now)),
                "last 6 months");
    }
}
