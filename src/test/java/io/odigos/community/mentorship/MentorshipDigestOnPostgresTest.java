package io.odigos.community.mentorship;

import io.odigos.community.testing.Postgres;
import io.odigos.community.testing.TestBot;

/** The digest section on PostgreSQL: the completion's EXISTS with its 'pair:' reference and the grouped queue. */
class MentorshipDigestOnPostgresTest extends MentorshipDigestTest {

    @Override
    protected TestBot startBot() throws Exception {
        return Postgres.startBot();
    }
}
