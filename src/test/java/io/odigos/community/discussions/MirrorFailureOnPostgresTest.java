package io.odigos.community.discussions;

import io.odigos.community.testing.Postgres;
import java.util.Map;

/** The same journeys on a real PostgreSQL: the mirror's queries, its row updates and Quartz in clustered mode. */
class MirrorFailureOnPostgresTest extends MirrorFailureTest {

    @Override
    protected String database() throws Exception {
        return Postgres.newDatabase();
    }

    @Override
    protected Map<String, String> databaseSettings() {
        return Postgres.SETTINGS;
    }
}
