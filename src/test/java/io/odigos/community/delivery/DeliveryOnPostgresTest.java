package io.odigos.community.delivery;

import io.odigos.community.testing.Postgres;
import java.util.Map;

/** Every delivery journey again on a real PostgreSQL, restart included (the outbox rows and their leases). */
class DeliveryOnPostgresTest extends DeliveryEndToEndTest {

    @Override
    protected String newDatabase() throws Exception {
        return Postgres.newDatabase();
    }

    @Override
    protected Map<String, String> databaseSettings() {
        return Map.of("DATABASE_USER", "postgres", "DATABASE_PASSWORD", Postgres.USER_PASSWORD);
    }
}
