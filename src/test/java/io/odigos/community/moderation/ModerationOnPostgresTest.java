package io.odigos.community.moderation;

import io.odigos.community.testing.Postgres;
import io.odigos.community.testing.TestBot;

/** The moderation journeys on a real PostgreSQL: the migration, the streamed export with a cursor, the queries. */
class ModerationOnPostgresTest extends ModerationEndToEndTest {

    @Override
    protected TestBot startBot() throws Exception {
        return Postgres.startBot();
    }
}
