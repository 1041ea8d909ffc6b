package io.odigos.community.labs;

/** Labs again on a real PostgreSQL: the migration, the row locks, the native SQL and the insert-once keys. */
class LabsOnPostgresTest extends LabsEndToEndTest {

    @Override
    protected boolean onPostgres() {
        return true;
    }
}
