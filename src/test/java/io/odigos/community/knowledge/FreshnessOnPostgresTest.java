package io.odigos.community.knowledge;

/** The freshness journeys on a real PostgreSQL: the entry's row lock and the change log. */
class FreshnessOnPostgresTest extends FreshnessEndToEndTest {

    @Override
    protected boolean onPostgres() {
        return true;
    }
}
