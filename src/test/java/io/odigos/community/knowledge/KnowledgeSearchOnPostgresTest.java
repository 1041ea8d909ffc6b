package io.odigos.community.knowledge;

import io.odigos.community.testing.Postgres;
import java.util.Map;

/** Every /kb journey again on a real PostgreSQL: the change log's identity numbers, timestamps and the rebuild. */
class KnowledgeSearchOnPostgresTest extends KnowledgeSearchEndToEndTest {

    @Override
    protected String database() throws Exception {
        return Postgres.newDatabase();
    }

    @Override
    protected Map<String, String> settings() {
        return Postgres.SETTINGS;
    }
}
