package io.odigos.community.packs;

/** The portal again on PostgreSQL: its LIKE search, member-of tag filter and native counts must hold there. */
class PackPagesOnPostgresTest extends PackPagesTest {

    @Override
    protected boolean onPostgres() {
        return true;
    }
}
