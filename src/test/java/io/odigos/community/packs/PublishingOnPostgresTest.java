package io.odigos.community.packs;

/** The publishing journeys on PostgreSQL. */
class PublishingOnPostgresTest extends PublishingEndToEndTest {

    @Override
    protected boolean onPostgres() {
        return true;
    }
}
