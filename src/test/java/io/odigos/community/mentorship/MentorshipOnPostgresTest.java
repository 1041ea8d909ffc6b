package io.odigos.community.mentorship;

import io.odigos.community.testing.Postgres;
import io.odigos.community.testing.TestBot;

/**
 * Every mentorship journey again on a real PostgreSQL: the migration, the unique keys that allow one open request and
 * one pending proposal, the mentor's row lock under two requests at once, and Quartz's clustered trigger store.
 */
class MentorshipOnPostgresTest extends MentorshipEndToEndTest {

    @Override
    protected TestBot startBot() throws Exception {
        return Postgres.startBot();
    }
}
