package io.odigos.community.discussions;

import io.odigos.community.testing.Postgres;
import java.util.Map;

/**
 * The upvote journeys again on a real PostgreSQL: the recount racing with votes, the due query's order and the
 * poll job stored in Quartz's clustered tables must hold there too.
 */
class UpvotePollingOnPostgresTest extends UpvotePollingTest {

    @Override
    protected String databaseUrl() throws Exception {
        return Postgres.newDatabase();
    }

    @Override
    protected Map<String, String> databaseSettings() {
        return Postgres.SETTINGS;
    }
}
