package io.odigos.community.knowledge;

import io.odigos.community.testing.Postgres;
import java.util.Map;

/** The public pages again on PostgreSQL: the topic counts' native SQL and the "member of" queries must hold there. */
class PublicPagesOnPostgresTest extends PublicPagesTest {

    @Override
    protected String database() throws Exception {
        return Postgres.newDatabase();
    }

    @Override
    protected Map<String, String> settings() {
        return Postgres.SETTINGS;
    }
}
