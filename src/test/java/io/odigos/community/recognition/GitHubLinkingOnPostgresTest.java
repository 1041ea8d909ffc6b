package io.odigos.community.recognition;

import io.odigos.community.testing.Postgres;
import io.odigos.community.testing.TestBot;
import java.util.Map;

/** The GitHub linking journeys again on a real PostgreSQL (the verified column, the spent states). */
class GitHubLinkingOnPostgresTest extends GitHubLinkingEndToEndTest {

    @Override
    protected TestBot startBot(Map<String, String> settings) throws Exception {
        settings.put("DATABASE_USER", "postgres");
        settings.put("DATABASE_PASSWORD", Postgres.USER_PASSWORD);
        return TestBot.start(Postgres.newDatabase(), settings);
    }
}
