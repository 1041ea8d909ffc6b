package io.odigos.community.hackathons;

import io.odigos.community.testing.Postgres;
import io.odigos.community.testing.TestBot;

/** Every hackathon journey again on a real PostgreSQL. */
class HackathonsOnPostgresTest extends HackathonsEndToEndTest {

    @Override
    protected TestBot startBot() throws Exception {
        return Postgres.startBot();
    }
}
