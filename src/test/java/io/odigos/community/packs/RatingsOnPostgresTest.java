package io.odigos.community.packs;

/** Rating and confirming again on a real PostgreSQL: the ratings' native SQL, the row lock and the summaries. */
class RatingsOnPostgresTest extends RatingsEndToEndTest {

    @Override
    protected boolean onPostgres() {
        return true;
    }
}
