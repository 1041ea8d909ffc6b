package io.odigos.community.knowledge;

/** Reading and rating again on a real PostgreSQL: the vote's native SQL and counters, views, digest and Home queries. */
class RatingsOnPostgresTest extends RatingsEndToEndTest {

    @Override
    protected boolean onPostgres() {
        return true;
    }
}
