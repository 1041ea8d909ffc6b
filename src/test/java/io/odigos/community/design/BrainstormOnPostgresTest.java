package io.odigos.community.design;

import io.odigos.community.testing.Postgres;
import io.odigos.community.testing.TestBot;

/** The brainstorm journeys on a real PostgreSQL: the idea's row lock and the one-vote key behave there too. */
class BrainstormOnPostgresTest extends BrainstormEndToEndTest {

    @Override
    protected TestBot startBot() throws Exception {
        return Postgres.startBot();
    }
}
