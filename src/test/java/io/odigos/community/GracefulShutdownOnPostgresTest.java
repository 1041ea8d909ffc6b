package io.odigos.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.feedback.FeedbackField;
import io.odigos.community.feedback.FeedbackKind;
import io.odigos.community.feedback.FeedbackSource;
import io.odigos.community.feedback.FeedbackSubmission;
import io.odigos.community.feedback.FeedbackViews;
import io.odigos.community.testing.Eventually;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.Postgres;
import io.odigos.community.testing.TestBot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM while requests are in flight: a test transaction holds the request's row lock, so the votes sent before the
 * stop are certainly still running when it begins. The instance stops taking connections, answers the votes in
 * flight once the lock is released, and stores them.
 */
class GracefulShutdownOnPostgresTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    TestBot t;
    Thread stopping;

    @AfterEach
    void stop() throws InterruptedException {
        if (stopping != null) {
            stopping.join(WAIT.toMillis());
        } else if (t != null) {
            t.close();
        }
    }

    @Test
    void votesInFlightAtSigtermAreAnsweredAndStoredWhileNewConnectionsAreRefused() throws Exception {
        String database = Postgres.newDatabase();
        Map<String, String> settings = new HashMap<>(Postgres.SETTINGS);
        settings.put("SHUTDOWN_TIMEOUT_SECONDS", "60"); // generous: the test decides when the requests may finish
        t = TestBot.start(database, settings);
        long item = t.bot.features().feedback().service().submit(new FeedbackSubmission(FeedbackKind.FEATURE,
                Map.of(FeedbackField.TITLE, "Traces of batch jobs", FeedbackField.PROBLEM, "They run at night")),
                "UAUTHOR", FeedbackSource.SLASH_COMMAND, null).id();

        List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
        try (Connection lock = DriverManager.getConnection(database, "postgres", Postgres.USER_PASSWORD)) {
            lock.setAutoCommit(false);
            try (PreparedStatement row = lock.prepareStatement("select id from feedback_items where id = ? for update")) {
                row.setLong(1, item);
                row.executeQuery().close();
            }
            for (int i = 0; i < 3; i++) {
                String voter = "UINFLIGHT" + i;
                inFlight.add(CompletableFuture.supplyAsync(() -> t.signed.interaction(Payloads.clickInMessage(voter,
                        TestBot.CHANNEL, "1.0", FeedbackViews.VOTE, Long.toString(item)))));
            }
            Eventually.holds("the votes wait for the row lock", WAIT, () -> waitingForLocks(lock) > 0);

            int port = t.bot.port();
            stopping = new Thread(t::close, "sigterm");
            stopping.start();
            Eventually.holds("the instance stops taking connections", WAIT, () -> refusesConnections(port));
            assertTrue(inFlight.stream().noneMatch(CompletableFuture::isDone), "the votes are still in flight");

            lock.commit(); // the votes' transactions go on
        }
        for (CompletableFuture<HttpResponse<String>> vote : inFlight) {
            HttpResponse<String> answer = vote.get();
            assertEquals(200, answer.statusCode(), answer.body());
        }
        stopping.join(WAIT.toMillis());
        assertTrue(!stopping.isAlive(), "the shutdown finished");
        try (Connection c = DriverManager.getConnection(database, "postgres", Postgres.USER_PASSWORD);
             ResultSet votes = c.createStatement().executeQuery(
                     "select count(*) from feedback_votes where item_id = " + item)) {
            votes.next();
            assertEquals(3, votes.getInt(1), "every acknowledged vote is stored");
        }
    }

    /** How many sessions of the test's database wait for a lock (a vote's update of the locked row). */
    static int waitingForLocks(Connection c) {
        try (ResultSet rows = c.createStatement().executeQuery("select count(*) from pg_stat_activity "
                + "where datname = current_database() and wait_event_type = 'Lock'")) {
            rows.next();
            return rows.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a new connection to the port is refused: Jetty has begun stopping (readiness said 503 before). */
    static boolean refusesConnections(int port) {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                    .build(), HttpResponse.BodyHandlers.discarding());
            return false;
        } catch (java.io.IOException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
