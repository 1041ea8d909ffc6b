package io.odigos.community.mentorship;

import io.odigos.community.testing.Postgres;
import java.util.HashMap;
import java.util.Map;

/** The good first issues again on a real PostgreSQL: the migration and the unique key on open claims. */
class GoodFirstIssuesOnPostgresTest extends GoodFirstIssuesEndToEndTest {

    @Override
    protected String database() throws Exception {
        return Postgres.newDatabase();
    }

    @Override
    protected Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>(super.settings());
        settings.putAll(Postgres.SETTINGS);
        return settings;
    }
}
