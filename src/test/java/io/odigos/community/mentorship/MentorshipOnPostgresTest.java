package io.odigos.community.mentorship;

import io.odigos.community.testing.Postgres;
import java.util.Map;

/**
 * Every mentorship journey again on a real PostgreSQL: the migration, the unique keys that allow one open request and
 * one pending proposal, the mentor's row lock under two requests at once, and Quartz's clustered trigger store.
 */
class MentorshipOnPostgresTest extends MentorshipEndToEndTest {

    @Override
    protected String database() throws Exception {
        return Postgres.newDatabase();
    }

    @Override
    protected Map<String, String> settings() {
        return Postgres.SETTINGS;
    }
}
