package io.odigos.community.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.core.Database;
import io.odigos.community.testing.TestBot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The split probes over real HTTP: liveness stays 200 whatever the database, the scheduler or a beginning shutdown
 * say; readiness (and /healthz, which answers as readiness does) turns 503 for each of them.
 */
class HealthServletTest {

    static TestBot t;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        t = TestBot.start();
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    static HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A health servlet served by its own Jetty on a free port, so a test can hold it and tell it to drain. */
    static WebServer serve(HealthServlet health) throws Exception {
        return WebServer.start(0, Map.of(HealthServlet.PATH, health));
    }

    /** The running bot's scheduler and outbox with the given database. */
    static HealthServlet botsParts(Database database) {
        return new HealthServlet(database, t.bot.scheduler(), t.bot.platform().outbox());
    }

    @Test
    void theBotAnswersEveryProbeWhileHealthy() throws Exception {
        HttpResponse<String> live = get(t.bot.port(), HealthServlet.LIVE);
        assertEquals(200, live.statusCode());
        HttpResponse<String> ready = get(t.bot.port(), HealthServlet.READY);
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"database\":\"up\"") && ready.body().contains("\"scheduler\":\"running\""),
                ready.body());
        assertFalse(ready.body().contains("outbox"), "readiness stays cheap: " + ready.body());
        HttpResponse<String> combined = get(t.bot.port(), "/healthz");
        assertEquals(200, combined.statusCode());
        assertTrue(combined.body().contains("\"outbox\":{\"pending\":"), combined.body());
        assertEquals(404, get(t.bot.port(), "/healthz/nonsense").statusCode());
    }

    @Test
    void beginningShutdownTurnsReadinessButNotLivenessTo503() throws Exception {
        HealthServlet health = botsParts(t.bot.platform().database());
        try (WebServer web = serve(health)) {
            assertEquals(200, get(web.port(), HealthServlet.READY).statusCode());
            assertFalse(health.draining());

            health.beginDraining();

            assertTrue(health.draining());
            HttpResponse<String> ready = get(web.port(), HealthServlet.READY);
            assertEquals(503, ready.statusCode());
            assertTrue(ready.body().contains("\"shutdown\":\"begun\""), ready.body());
            assertEquals(503, get(web.port(), "/healthz").statusCode());
            assertEquals(200, get(web.port(), HealthServlet.LIVE).statusCode());
        }
    }

    @Test
    void aDatabaseThatDoesNotAnswerMakesThePodUnreadyButAlive() throws Exception {
        Database closed = Database.open("jdbc:h2:mem:health-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "",
                List.of());
        closed.close();
        try (WebServer web = serve(botsParts(closed))) {
            HttpResponse<String> ready = get(web.port(), HealthServlet.READY);
            assertEquals(503, ready.statusCode());
            assertTrue(ready.body().contains("\"database\":\"down\""), ready.body());
            assertEquals(503, get(web.port(), "/healthz").statusCode());
            assertEquals(200, get(web.port(), HealthServlet.LIVE).statusCode());
        }
    }

    @Test
    void aStoppedSchedulerMakesTheBotUnreadyButAlive() throws Exception {
        t.bot.scheduler().quartz().standby();
        try {
            HttpResponse<String> ready = get(t.bot.port(), HealthServlet.READY);
            assertEquals(503, ready.statusCode());
            assertTrue(ready.body().contains("\"scheduler\":\"stopped\""), ready.body());
            assertEquals(200, get(t.bot.port(), HealthServlet.LIVE).statusCode());
        } finally {
            t.bot.scheduler().quartz().start();
        }
    }
}
