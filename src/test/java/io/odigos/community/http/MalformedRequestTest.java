package io.odigos.community.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.slack.api.bolt.App;
import com.slack.api.model.event.ReactionAddedEvent;
import io.odigos.community.feedback.FeedbackField;
import io.odigos.community.feedback.FeedbackItem;
import io.odigos.community.feedback.FeedbackKind;
import io.odigos.community.feedback.FeedbackSource;
import io.odigos.community.feedback.FeedbackSubmission;
import io.odigos.community.feedback.FeedbackViews;
import io.odigos.community.local.EmulatorCall;
import io.odigos.community.testing.Eventually;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.SignedSlack;
import io.odigos.community.testing.TestBot;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every malformed request to /slack/events, correctly signed, is answered 400 (415 for a content type Slack does not
 * send) with one short line of plain text, and reaches no listener; a bad or missing signature or a timestamp more
 * than five minutes from now either way is answered 401 before the body is looked at. Probe listeners count what
 * reaches them, and each refusal is of a request that, well-formed, reaches its probe.
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
        app.command("/probe-fails", (req, ctx) -> {
            probed.incrementAndGet();
            throw new IllegalStateException("the listener's own bug");
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

    // ---- forms

    @Test
    void aPayloadThatIsNotValidJsonIs400() {
        assertMalformed(post(form("{\"type\":\"block_actions\","), FORM), "the payload is not valid JSON");
        // Bolt reads JSON leniently: unquoted names and single quotes would have made a click
        String lenient = probeClick().toString().replace("\"type\":\"block_actions\"", "type:'block_actions'");
        assertMalformed(post(form(lenient), FORM), "the payload is not valid JSON");
        assertMalformed(post(form(probeClick() + " {}"), FORM), "the payload is not valid JSON");
        assertMalformed(post(form("[" + probeClick() + "]"), FORM), "the payload is not a JSON object");
    }

    @Test
    void aVoteInLenientJsonCountsNoVote() {
        FeedbackItem item = t.bot.features().feedback().service().submit(new FeedbackSubmission(FeedbackKind.FEATURE,
                Map.of(FeedbackField.TITLE, "Lenient target", FeedbackField.PROBLEM, "Nobody should vote like this")),
                "ULENIENTAUTHOR", FeedbackSource.SLASH_COMMAND, null);
        Eventually.holds("the item is posted", Duration.ofSeconds(10),
                () -> t.bot.features().feedback().service().find(item.id()).orElseThrow().postTs() != null);
        slackCallsBefore = slackCalls().size();
        JsonObject click = clickPayload(Payloads.clickInMessage("U0VOTER", TestBot.CHANNEL, "1.000", FeedbackViews.VOTE,
                Long.toString(item.id())));
        String lenient = click.toString().replace("\"type\":\"block_actions\"", "'type':'block_actions'");

        assertMalformed(post(form(lenient), FORM), "the payload is not valid JSON");
        assertEquals(0, t.bot.features().feedback().service().find(item.id()).orElseThrow().voteCount());
    }

    @Test
    void aBadPercentEscapeIs400() {
        assertMalformed(post("payload=%ZZ", FORM), "a bad percent-escape in the form");
        assertMalformed(post(probeCommand("hi") + "%2", FORM), "a bad percent-escape in the form");
    }

    @Test
    void bytesThatAreNotUtf8Are400() {
        assertMalformed(post(probeCommand("x") + "&user_name=%C3%28", FORM), "not valid UTF-8");
        String surrogate = "payload=" + encode("{\"type\":\"block_actions\",\"x\":\"") + "%ED%A0%80%22%7D";
        assertMalformed(post(surrogate, FORM), "not valid UTF-8");
        String latin1 = reactionEvent("U0\u00ff").toString();
        byte[] event = latin1.getBytes(StandardCharsets.ISO_8859_1);
        assertMalformed(t.signed.post(event, JSON, SignedSlack.nowSeconds()), "not valid UTF-8");
        byte[] overlong = bytes(reactionEvent("U0__").toString());
        int at = reactionEvent("U0__").toString().indexOf("__");
        overlong[at] = (byte) 0xc0; // an overlong '/'
        overlong[at + 1] = (byte) 0xaf;
        assertMalformed(t.signed.post(overlong, JSON, SignedSlack.nowSeconds()), "not valid UTF-8");
    }

    @Test
    void aFormThatIsNotPlainUrlEncodedAsciiIs400() {
        assertMalformed(post(probeCommand("x") + "&user_name=Jürgen", FORM), "the form is not URL-encoded");
        assertMalformed(post(probeCommand("x") + "&text=a b", FORM), "the form is not URL-encoded");
        assertMalformed(post(probeCommand("x") + "&text=a=b", FORM), "a form field is not name=value");
        assertMalformed(post(probeCommand("x") + "&", FORM), "a form field is not name=value");
        assertMalformed(post(probeCommand("x") + "&command=%2Fother", FORM), "a repeated form field");
    }

    @Test
    void aFormOfNoKindSlackSendsIs400() {
        assertMalformed(post("user_id=U0ALICE&text=hello", FORM), "a form with no payload, command or ssl_check");
        assertMalformed(post("", FORM), "a form with no payload, command or ssl_check");
        assertMalformed(post(form("{\"type\":\"no_such_type\",\"user\":{\"id\":\"U0ALICE\"}}"), FORM),
                "not a request Slack sends");
        assertMalformed(post(form("{\"user\":{\"id\":\"U0ALICE\"}}"), FORM), "not a request Slack sends");
        // a known type that lacks what Bolt's parser needs (a view_submission without its view)
        JsonObject viewless = probeSubmission();
        viewless.remove("view");
        assertMalformed(post(form(viewless), FORM), "not a request Slack sends");
        // a click without its user, which the shared-Gson fast path leaves to Bolt's parser
        JsonObject userless = probeClick();
        userless.remove("user");
        assertMalformed(post(form(userless), FORM), "not a request Slack sends");
        // Bolt keeps the last of two types; the check would have read the first
        String twoTypes = probeClick().toString().replace("\"type\":\"block_actions\"",
                "\"type\":\"block_actions\",\"type\":\"shortcut\"");
        assertMalformed(post(form(twoTypes), FORM), "the payload has two types");
    }

    // ---- JSON bodies

    @Test
    void aJsonBodyThatIsNotValidJsonIs400() {
        assertMalformed(post("{\"type\":\"event_callback\",\"event\":", JSON), "the body is not valid JSON");
        assertMalformed(post("{type:\"event_callback\"}", JSON), "the body is not valid JSON");
        assertMalformed(post("[]", JSON), "the body is not a JSON object");
    }

    @Test
    void aJsonBodyOfNoEventsApiTypeIs400() {
        // Bolt's parser, finding no Events API type, would look for form fields in the text and run /probe
        JsonObject body = new JsonObject();
        body.addProperty("type", "block_actions");
        body.addProperty("text", "x&command=%2Fprobe&text=smuggled");
        assertMalformed(post(body.toString(), JSON), "not an Events API request");
        body.remove("type");
        assertMalformed(post(body.toString(), JSON), "not an Events API request");
    }

    @Test
    void slacksAppRateLimitedNoticeIsAcknowledgedAndReachesNoListener() {
        HttpResponse<String> r = post("{\"token\":\"x\",\"type\":\"app_rate_limited\",\"team_id\":\"T0LOCAL\","
                + "\"minute_rate_limited\":1518467820,\"api_app_id\":\"A0LOCAL\"}", JSON);
        assertEquals(200, r.statusCode());
        assertEquals("", r.body());
    }

    @Test
    void anEventBoltCannotReadIs400() {
        JsonObject noEvent = reactionEvent("U0ALICE");
        noEvent.remove("event");
        assertMalformed(post(noEvent.toString(), JSON), "not a request Slack sends");
        // read by Bolt's parse of the event for its listener
        JsonObject itemIsText = reactionEvent("U0ALICE");
        itemIsText.getAsJsonObject("event").addProperty("item", "C0GENERAL");
        assertMalformed(post(itemIsText.toString(), JSON), "not a request Slack sends");
        // read by Bolt's middleware that drops the bot's own events, before any listener
        JsonObject userIsAnObject = reactionEvent("U0ALICE");
        userIsAnObject.getAsJsonObject("event").add("user", new JsonObject());
        assertMalformed(post(userIsAnObject.toString(), JSON), "not a request Slack sends");
    }

    @Test
    void aListenerThatFailsIsStillA500() {
        HttpResponse<String> r = post(probeCommand("x").replace("%2Fprobe", "%2Fprobe-fails"), FORM);
        assertEquals(500, r.statusCode(), r.body());
        assertEquals("Internal Server Error", r.body());
        assertEquals(probedBefore + 1, probed.get());
    }

    // ---- content types that do not match the body, or that Slack does not send

    @Test
    void aContentTypeThatDoesNotMatchTheBodyIs400() {
        // as JSON, a form is not valid JSON (Bolt's parser would have run the command)
        assertMalformed(post(probeCommand("x"), JSON), "the body is not valid JSON");
        assertMalformed(post(reactionEvent("U0ALICE").toString(), FORM),
                "a JSON body under the form content type");
    }

    @Test
    void aContentTypeSlackDoesNotSendIs415() {
        String unsupported = "Unsupported content type: Slack sends " + FORM + " or " + JSON;
        assertRefused(post(probeCommand("x"), "text/plain"), 415, unsupported);
        assertRefused(post(probeCommand("x"), "multipart/form-data; boundary=x"), 415, unsupported);
        assertRefused(post(reactionEvent("U0ALICE").toString(), JSON + "; charset=ISO-8859-1"), 415,
                "Unsupported charset: Slack sends UTF-8");
        byte[] body = bytes(probeCommand("x"));
        String now = Long.toString(SignedSlack.nowSeconds());
        assertRefused(t.signed.send(body, Map.of("X-Slack-Request-Timestamp", now,
                "X-Slack-Signature", SignedSlack.sign(TestBot.SECRET, now, body))), 415, unsupported);
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

    private void assertMalformed(HttpResponse<String> r, String reason) {
        assertRefused(r, 400, "Malformed request: " + reason);
    }

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
