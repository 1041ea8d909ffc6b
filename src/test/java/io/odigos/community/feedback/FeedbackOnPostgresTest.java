package io.odigos.community.feedback;

import io.odigos.community.testing.Postgres;
import io.odigos.community.testing.TestBot;

/**
 * Every feedback journey again on a real PostgreSQL: the same Flyway migrations, Hibernate's validation, the native
 * vote and merge SQL and Quartz in clustered mode must all hold there too.
 */
class FeedbackOnPostgresTest extends FeedbackEndToEndTest {

    @Override
    protected TestBot startBot() throws Exception {
        return Postgres.startBot();
    }
}
