package io.odigos.community.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.slack.api.bolt.App;
import com.slack.api.model.event.ReactionAddedEvent;
import io.odigos.community.local.EmulatorCall;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.SignedSlack;
import io.odigos.community.testing.TestBot;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A bad or missing signature, or a timestamp more than five minutes from now either way, is answered 401 with one
 * short line of plain text before the body is looked at, and reaches no listener. Probe listeners count what reaches
 * them, and each refusal is of a request that, well-formed, reaches its probe.
 */
class MalformedRequestTest {

    static final String FORM = "application/x-www-form-urlencoded";
    static final String JSON = "application/json";

    static TestBot t;
    static final AtomicInteger probed = new AtomicInteger();
    int probedBefore;
    int slackCallsBefore;

    @BeforeAll
    static void start() throws Exception {
        t = TestBot.start();
        App app = t.bot.routes().app();
        app.command("/probe", (req, ctx) -> {
            probed.incrementAndGet();
            return ctx.ack("probed " + req.getPayload().getText());
        });
        app.blockAction("probe_action", (req, ctx) -> {
            probed.incrementAndGet();
            return ctx.ack();
        });
        app.viewSubmission("probe_view", (req, ctx) -> {
            probed.incrementAndGet();
            return ctx.ack();
        });
        app.event(ReactionAddedEvent.class, (payload, ctx) -> {
            probed.incrementAndGet();
            return ctx.ack();
        });
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    @BeforeEach
    void countBefore() {
        probedBefore = probed.get();
        slackCallsBefore = slackCalls().size();
    }

    @AfterEach
    void noSlackCallWasMade() {
        assertEquals(slackCallsBefore, slackCalls().size(), "Slack calls: " + slackCalls());
    }

    /** What the bot asked of Slack, less Bolt's own auth.test on its first request. */
    private static List<EmulatorCall> slackCalls() {
        return t.slack.calls().stream().filter(c -> !c.method().equals("auth.test")).toList();
    }

    // ---- well-formed: each probe is reached, so a refusal below is the check's doing

    @Test
    void wellFormedRequestsReachTheirListeners() {
        HttpResponse<String> command = post(probeCommand("hello"), FORM);
        assertEquals(200, command.statusCode(), command.body());
        assertTrue(command.body().contains("probed hello"), command.body());
        assertEquals(200, post(form(probeClick()), FORM).statusCode());
        assertEquals(200, post(form(probeSubmission()), FORM).statusCode());
        assertEquals(200, post(reactionEvent("U0ALICE").toString(), JSON).statusCode());
        assertEquals(200, post(reactionEvent("U0ALICE").toString(), JSON + "; charset=UTF-8").statusCode());
        assertEquals(probedBefore + 5, probed.get());
    }

    @Test
    void theUrlVerificationChallengeIsAnswered() {
        HttpResponse<String> r = post("{\"token\":\"t\",\"challenge\":\"c-123\",\"type\":\"url_verification\"}", JSON);
        assertEquals(200, r.statusCode());
        assertEquals("c-123", r.body());
    }

    @Test
    void slacksSslCheckIsAnsweredSignedOrNot() {
        assertEquals(200, post("ssl_check=1&token=t", FORM).statusCode());
        HttpResponse<String> unsigned = t.signed.send(bytes("ssl_check=1&token=t"), Map.of("Content-Type", FORM));
        assertEquals(200, unsigned.statusCode());
        assertEquals("", unsigned.body());
    }

    // ---- signature and timestamp come first

    @Test
    void anUnsignedMalformedRequestIs401NotAParseError() {
        String garbage = "payload=" + encode("{\"type\":\"block_actions\",");
        assertUnauthorized(t.signed.send(garbage, FORM, SignedSlack.nowSeconds(), "v0=" + "0".repeat(64)));
        assertUnauthorized(t.signed.send("payload=%ZZ", FORM, SignedSlack.nowSeconds(), "v0=bad"));
        assertUnauthorized(t.signed.send("{", "text/plain", SignedSlack.nowSeconds(), "v0=bad"));
    }

    @Test
    void anUnsignedSslCheckCarriesNothingElseThrough() {
        String smuggled = "ssl_check=1&token=t&command=%2Fprobe&text=smuggled";
        assertUnauthorized(t.signed.send(bytes(smuggled), Map.of("Content-Type", FORM)));
        assertUnauthorized(t.signed.send(bytes("ssl_check=1&token=t"), Map.of("Content-Type", JSON)));
    }

    @Test
    void aTimestampMoreThanFiveMinutesFromNowEitherWayIs401() {
        long now = SignedSlack.nowSeconds();
        assertUnauthorized(t.signed.post(probeCommand("future"), FORM, now + 10 * 60));
        assertUnauthorized(t.signed.post(probeCommand("past"), FORM, now - 10 * 60));
        assertUnauthorized(t.signed.post(probeCommand("just over"), FORM, now + 5 * 60 + 30));
    }

    @Test
    void aTimestampWithinFiveMinutesEitherWayIsServed() {
        long now = SignedSlack.nowSeconds();
        HttpResponse<String> ahead = t.signed.post(probeCommand("ahead"), FORM, now + 4 * 60);
        assertEquals(200, ahead.statusCode(), ahead.body());
        assertTrue(ahead.body().contains("probed ahead"), ahead.body());
        assertEquals(200, t.signed.post(probeCommand("behind"), FORM, now - 4 * 60).statusCode());
        assertEquals(probedBefore + 2, probed.get());
    }

    @Test
    void aTimestampThatIsNotANumberOrMissingIs401() {
        byte[] body = bytes(probeCommand("x"));
        for (String timestamp : List.of("soon", "", "1.7e9", Long.toString(SignedSlack.nowSeconds()) + ".0")) {
            assertUnauthorized(t.signed.send(body, Map.of("Content-Type", FORM, "X-Slack-Request-Timestamp",
                    timestamp, "X-Slack-Signature", SignedSlack.sign(TestBot.SECRET, timestamp, body))));
        }
        String now = Long.toString(SignedSlack.nowSeconds());
        assertUnauthorized(t.signed.send(body, Map.of("Content-Type", FORM,
                "X-Slack-Signature", SignedSlack.sign(TestBot.SECRET, now, body))));
        assertUnauthorized(t.signed.send(body, Map.of("Content-Type", FORM, "X-Slack-Request-Timestamp", now)));
    }

    // ---- helpers

    private void assertUnauthorized(HttpResponse<String> r) {
        assertRefused(r, 401, "Invalid request signature or timestamp");
    }

    /** The exact status and message, as one short line of plain text that names no code, and no listener reached. */
    private void assertRefused(HttpResponse<String> r, int status, String message) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(message, r.body());
        assertTrue(r.body().length() <= 100 && !r.body().contains("\n"), "one short line: " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), r.headers().toString());
        for (String leak : List.of("Exception", "com.google", "com.slack", "java.", "at io.", "gson", "<html")) {
            assertFalse(r.body().contains(leak), "leaks " + leak + ": " + r.body());
        }
        assertEquals(probedBefore, probed.get(), "a listener was reached");
    }

    private static HttpResponse<String> post(String body, String contentType) {
        return t.signed.post(body, contentType, SignedSlack.nowSeconds());
    }

    private static String probeCommand(String text) {
        return SignedSlack.formBody(Map.of("command", "/probe", "text", text, "user_id", "U0ALICE",
                "team_id", "T0LOCAL", "channel_id", "C0GENERAL", "trigger_id", "x",
                "response_url", "https://hooks.slack.test/commands/1"));
    }

    private static JsonObject probeClick() {
        return clickPayload(Payloads.clickInMessage("U0ALICE", TestBot.CHANNEL, "1.000", "probe_action", "1"));
    }

    private static JsonObject probeSubmission() {
        JsonObject submission = new JsonObject();
        submission.addProperty("type", "view_submission");
        JsonObject view = new JsonObject();
        view.addProperty("id", "V0PROBE");
        view.addProperty("type", "modal");
        view.addProperty("callback_id", "probe_view");
        submission.add("view", view);
        submission.add("user", Payloads.clickInMessage("U0ALICE", "C0GENERAL", "1.2", "a", "v").get("user"));
        return clickPayload(submission);
    }

    /** What Slack adds to every interactive payload (as SignedSlack.interaction does). */
    private static JsonObject clickPayload(JsonObject payload) {
        payload.addProperty("token", "unused");
        payload.addProperty("api_app_id", "A0BOT");
        JsonObject team = new JsonObject();
        team.addProperty("id", "T0LOCAL");
        payload.add("team", team);
        payload.addProperty("trigger_id", "trigger-probe");
        return payload;
    }

    private static JsonObject reactionEvent(String user) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "reaction_added");
        event.addProperty("user", user);
        event.addProperty("reaction", "tada");
        event.addProperty("event_ts", "1700000000.000200");
        JsonObject item = new JsonObject();
        item.addProperty("type", "message");
        item.addProperty("channel", "C0GENERAL");
        item.addProperty("ts", "1700000000.000100");
        event.add("item", item);
        JsonObject envelope = new JsonObject();
        envelope.addProperty("token", "unused");
        envelope.addProperty("team_id", "T0LOCAL");
        envelope.addProperty("api_app_id", "A0BOT");
        envelope.addProperty("type", "event_callback");
        envelope.addProperty("event_id", "Ev0PROBE");
        envelope.addProperty("event_time", 1_700_000_000);
        envelope.add("event", event);
        return envelope;
    }

    private static String form(Object payload) {
        return "payload=" + encode(payload.toString());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
