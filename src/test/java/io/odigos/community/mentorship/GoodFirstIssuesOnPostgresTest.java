package io.odigos.community.mentorship;

import io.odigos.community.testing.Postgres;
import io.odigos.community.testing.TestBot;
import java.util.HashMap;
import java.util.Map;

/** The good first issues again on a real PostgreSQL: the migration and the unique key on open claims. */
class GoodFirstIssuesOnPostgresTest extends GoodFirstIssuesEndToEndTest {

    @Override
    protected TestBot startBot(Map<String, String> settings) throws Exception {
        Map<String, String> all = new HashMap<>(settings);
        all.putAll(Map.of("DATABASE_USER", "postgres", "DATABASE_PASSWORD", Postgres.USER_PASSWORD));
        return TestBot.start(Postgres.newDatabase(), all);
    }
}
