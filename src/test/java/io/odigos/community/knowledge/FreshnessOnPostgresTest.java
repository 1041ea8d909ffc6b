package io.odigos.community.knowledge;

import io.odigos.community.testing.Postgres;
import java.util.Map;

/** The freshness journeys on a real PostgreSQL: the entry's row lock and the change log. */
class FreshnessOnPostgresTest extends FreshnessEndToEndTest {

    @Override
    String database() throws Exception {
        return Postgres.newDatabase();
    }

    @Override
    Map<String, String> extraSettings() {
        return Postgres.SETTINGS;
    }
}
