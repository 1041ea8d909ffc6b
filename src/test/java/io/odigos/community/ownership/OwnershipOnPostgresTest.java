package io.odigos.community.ownership;

import io.odigos.community.testing.Postgres;
import java.util.HashMap;
import java.util.Map;

/** Feature ownership again on a real PostgreSQL: the unique active item and holder slot, row locks, a restart. */
class OwnershipOnPostgresTest extends OwnershipEndToEndTest {

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
