package io.odigos.community.recognition;

import io.odigos.community.testing.Postgres;
import java.util.HashMap;
import java.util.Map;

/** The recognition journeys again on a real PostgreSQL: the ledger's JPQL, the spotlight and Champions SQL there. */
class RecognitionOnPostgresTest extends RecognitionEndToEndTest {

    @Override
    String database() throws Exception {
        return Postgres.newDatabase();
    }

    @Override
    Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>(super.settings());
        settings.put("DATABASE_USER", "postgres");
        settings.put("DATABASE_PASSWORD", Postgres.USER_PASSWORD);
        return settings;
    }
}
