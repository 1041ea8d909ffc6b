package io.odigos.community.knowledge;

/** Sharing, review and credit again on a real PostgreSQL: the migration, the row locks and the native SQL. */
class KnowledgeOnPostgresTest extends KnowledgeEndToEndTest {

    @Override
    protected boolean onPostgres() {
        return true;
    }
}
