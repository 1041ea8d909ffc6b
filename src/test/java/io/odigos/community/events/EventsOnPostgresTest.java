package io.odigos.community.events;

import io.odigos.community.testing.Postgres;
import io.odigos.community.testing.TestBot;

/** Every events journey again on a real PostgreSQL, where Quartz runs clustered. */
class EventsOnPostgresTest extends EventsEndToEndTest {

    @Override
    protected TestBot startBot() throws Exception {
        return Postgres.startBot();
    }
}
