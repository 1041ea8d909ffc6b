package io.odigos.community.observability;

import io.odigos.community.testing.Postgres;
import java.util.Map;

/** The metrics again on a real PostgreSQL: its pool's binding, and Quartz clustered there. */
class PrometheusMetricsOnPostgresTest extends PrometheusMetricsTest {

    @Override
    protected String newDatabase() throws Exception {
        return Postgres.newDatabase();
    }

    @Override
    protected Map<String, String> databaseSettings() {
        return Postgres.SETTINGS;
    }
}
