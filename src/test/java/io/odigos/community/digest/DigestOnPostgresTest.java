package io.odigos.community.digest;

import io.odigos.community.testing.Postgres;
import java.util.Map;

/** The digest journeys on PostgreSQL: the insert-once draft, the conditional decisions and Quartz's misfire there. */
class DigestOnPostgresTest extends DigestEndToEndTest {

    @Override
    String database() throws Exception {
        return Postgres.newDatabase();
    }

    @Override
    Map<String, String> databaseSettings() {
        return Map.of("DATABASE_USER", "postgres", "DATABASE_PASSWORD", Postgres.USER_PASSWORD);
    }
}
