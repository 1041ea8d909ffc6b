package io.odigos.community.discussions;

import io.odigos.community.testing.Postgres;
import java.util.Map;

/** The discussion webhook's journeys on PostgreSQL. */
class DiscussionWebhookOnPostgresTest extends DiscussionWebhookTest {

    @Override
    protected String database() throws Exception {
        return Postgres.newDatabase();
    }

    @Override
    protected Map<String, String> databaseSettings() {
        return Postgres.SETTINGS;
    }
}
