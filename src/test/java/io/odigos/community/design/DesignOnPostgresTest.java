package io.odigos.community.design;

import io.odigos.community.testing.Postgres;
import io.odigos.community.testing.TestBot;
import java.util.Map;

/** The design document journeys on a real PostgreSQL: row locks, native SQL and the unique keys behave there too. */
class DesignOnPostgresTest extends DesignEndToEndTest {

    @Override
    protected TestBot startBot() throws Exception {
        return Postgres.startBot();
    }

    @Override
    protected Map<String, String> settings() {
        return Postgres.SETTINGS;
    }
}
