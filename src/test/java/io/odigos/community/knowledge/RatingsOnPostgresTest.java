package io.odigos.community.knowledge;

import io.odigos.community.testing.Postgres;
import java.util.HashMap;
import java.util.Map;

/** Reading and rating again on a real PostgreSQL: the vote's native SQL and counters, views, digest and Home queries. */
class RatingsOnPostgresTest extends RatingsEndToEndTest {

    @Override
    protected String database() throws Exception {
        return Postgres.newDatabase();
    }

    @Override
    protected Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>(Postgres.SETTINGS);
        settings.putAll(super.settings());
        return settings;
    }
}
