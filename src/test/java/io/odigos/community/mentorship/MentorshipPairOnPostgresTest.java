package io.odigos.community.mentorship;

import io.odigos.community.testing.Postgres;
import java.util.HashMap;
import java.util.Map;

/**
 * A pair's life again on a real PostgreSQL: the check-in's unique round and the pair's row lock under two sweeps at
 * once, a restart on the same database, and completion inside the webhook's transaction.
 */
class MentorshipPairOnPostgresTest extends MentorshipPairJourneyTest {

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
