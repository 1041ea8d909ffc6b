package io.odigos.community.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Journeys against a fresh bot for each test; a subclass runs the same journeys on another database. */
public abstract class BotJourneys {

    protected TestBot t;

    @BeforeEach
    protected void startTheBot() throws Exception {
        t = startBot();
    }

    /** The bot under test: on H2 in memory; the *OnPostgresTest subclasses start one on PostgreSQL. */
    protected TestBot startBot() throws Exception {
        return TestBot.start();
    }

    @AfterEach
    protected void stopTheBot() {
        t.close();
    }
}
