package io.odigos.community.metrics;

import io.odigos.community.testing.Postgres;
import io.odigos.community.testing.TestBot;

/** The metrics again on a real PostgreSQL: window functions, INTERVAL arithmetic and the snapshot writes. */
class MetricsOnPostgresTest extends MetricsEndToEndTest {

    @Override
    protected TestBot startBot() throws Exception {
        return Postgres.startBot();
    }
}
