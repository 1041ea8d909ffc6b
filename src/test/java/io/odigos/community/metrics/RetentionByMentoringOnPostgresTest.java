package io.odigos.community.metrics;

import io.odigos.community.testing.Postgres;
import io.odigos.community.testing.TestBot;

/** Retention by mentoring on a real PostgreSQL: the correlated EXISTS over community_facts and its interval. */
class RetentionByMentoringOnPostgresTest extends RetentionByMentoringTest {

    @Override
    protected TestBot startBot() throws Exception {
        return Postgres.startBot();
    }
}
