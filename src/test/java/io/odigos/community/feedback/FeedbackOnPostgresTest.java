package io.odigos.community.feedback;

import io.odigos.community.testing.TestBot;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Every feedback journey again on a real PostgreSQL: the same Flyway migrations, Hibernate's validation, the native
 * vote and merge SQL and Quartz in clustered mode must all hold there too.
 */
class FeedbackOnPostgresTest extends FeedbackEndToEndTest {

    static EmbeddedPostgres postgres;
    static final AtomicInteger DATABASES = new AtomicInteger();

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Override
    TestBot startBot() throws Exception {
        String name = "bot" + DATABASES.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE " + name);
        }
        return TestBot.start(postgres.getJdbcUrl("postgres", name),
                Map.of("DATABASE_USER", "postgres", "DATABASE_PASSWORD", ""));
    }
}
