package io.odigos.community.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import io.odigos.community.testing.TestBot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /api/feedback, as the Odigos UI calls it. */
class FeedbackApiTest {

    static TestBot t;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        t = TestBot.start();
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    HttpResponse<String> post(String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + t.bot.port() + "/api/feedback"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    int count() {
        return t.bot.features().feedback().service().list(Listing.NEWEST, "UANY", null, 1000).size();
    }

    @Test
    void withoutTheRightTokenNothingIsStored() throws Exception {
        int before = count();
        assertEquals(401, post(null, "{\"kind\":\"feature\",\"title\":\"x\",\"problem\":\"y\"}").statusCode());
        assertEquals(401, post("wrong", "{\"kind\":\"feature\",\"title\":\"x\",\"problem\":\"y\"}").statusCode());
        assertEquals(before, count());
    }

    @Test
    void badJsonAndBadFieldsGetA400ListingEveryProblem() throws Exception {
        int before = count();
        HttpResponse<String> notJson = post(TestBot.API_TOKEN, "{not json");
        assertEquals(400, notJson.statusCode());
        assertTrue(notJson.body().contains("\"field\":\"body\""), notJson.body());

        HttpResponse<String> bad = post(TestBot.API_TOKEN, "{\"kind\":\"bug\",\"title\":\"" + "t".repeat(151)
                + "\",\"language\":\"COBOL\",\"colour\":\"red\",\"steps\":5}");
        assertEquals(400, bad.statusCode());
        JsonArray errors = JsonParser.parseString(bad.body()).getAsJsonObject().getAsJsonArray("errors");
        String all = errors.toString();
        for (String field : new String[] {"title", "language", "colour", "steps", "odigos_version", "expected"}) {
            assertTrue(all.contains("\"field\":\"" + field + "\""), field + " missing in " + all);
        }
        assertEquals(before, count());
    }

    @Test
    void aValidSubmissionIsStoredAndPostedToTheChannel() throws Exception {
        HttpResponse<String> r = post(TestBot.API_TOKEN, "{\"kind\":\"feature\",\"title\":\"Service map in the UI\","
                + "\"problem\":\"I cannot see dependencies\",\"slack_user_id\":\"UFROMUI\"}");
        assertEquals(201, r.statusCode(), r.body());
        long id = JsonParser.parseString(r.body()).getAsJsonObject().get("id").getAsLong();
        FeedbackItem item = t.bot.features().feedback().service().find(id).orElseThrow();
        assertEquals("UFROMUI", item.authorId());
        assertEquals(FeedbackSource.API, item.source());
        t.slack.awaitCall("chat.postMessage", c -> c.param("channel").equals(TestBot.CHANNEL)
                && c.param("text").contains("Service map in the UI"), Duration.ofSeconds(10));
    }
}
