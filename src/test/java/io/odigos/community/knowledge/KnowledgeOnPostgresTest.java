package io.odigos.community.knowledge;

import io.odigos.community.testing.Postgres;
import java.util.HashMap;
import java.util.Map;

/** Sharing, review and credit again on a real PostgreSQL: the migration, the row locks and the native SQL. */
class KnowledgeOnPostgresTest extends KnowledgeEndToEndTest {

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
