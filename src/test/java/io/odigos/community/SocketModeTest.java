package io.odigos.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.odigos.community.core.BotConfig;
import io.odigos.community.core.RunMode;
import io.odigos.community.core.Settings;
import io.odigos.community.local.EmulatedMessage;
import io.odigos.community.local.EmulatorCall;
import io.odigos.community.local.SlackEmulator;
import io.odigos.community.testing.Eventually;
import io.odigos.community.testing.Payloads;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bot in Socket Mode: Slack's requests arrive over the emulator's WebSocket, not over HTTP. */
class SocketModeTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final String APP_TOKEN = "xapp-test-app-level-token";
    static final String CHANNEL = "C0FEEDBACK";
    static final String ALICE = "UALICE";

    SlackEmulator slack;
    CommunityBot bot;

    @BeforeEach
    void start() throws Exception {
        slack = SlackEmulator.start(0);
        BotConfig config = BotConfig.from(Settings.withOverrides(Map.of(
                "SLACK_BOT_TOKEN", "xoxb-test-bot-token-socket",
                "SLACK_APP_TOKEN", APP_TOKEN,
                "SLACK_API_URL", slack.apiUrl(),
                "PORT", "0",
                "DATABASE_URL", "jdbc:h2:mem:socket-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "COMMUNITY_CHANNEL", CHANNEL)));
        assertEquals(RunMode.SOCKET, config.mode());
        try {
            bot = CommunityBot.start(config, Clock.systemUTC());
        } catch (Exception e) {
            slack.close();
            throw e;
        }
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        slack.close();
    }

    @Test
    void connectsWithTheAppTokenAndServesAMembersJourneyOverTheSocket() {
        JsonObject commandAck = slack.socketSlashCommand(ALICE, "/feedback", "");
        assertFalse(commandAck.has("text"), "the modal is the answer, not a message: " + commandAck);
        EmulatorCall connect = slack.awaitCall("apps.connections.open", WAIT);
        assertEquals(APP_TOKEN, connect.token(), "Socket Mode must connect with the app-level token");
        slack.awaitCall("views.open", WAIT);
        JsonObject modal = slack.lastOpenedView();
        assertEquals("feedback_submit", modal.get("callback_id").getAsString());

        JsonObject submitAck = slack.socketInteraction(Payloads.submit(ALICE, modal,
                Map.of("title", "Socket Mode support", "problem", "Our firewall blocks inbound webhooks.")));
        assertFalse(submitAck.has("errors"), "a valid submission is accepted: " + submitAck);
        slack.awaitCall("chat.postMessage", c -> CHANNEL.equals(c.param("channel")), WAIT);
        EmulatedMessage post = slack.messages(CHANNEL).get(0);
        assertTrue(post.visibleText().contains("Socket Mode support")
                && post.visibleText().contains("Our firewall blocks inbound webhooks."), post.visibleText());
        slack.awaitCall("chat.postMessage", c -> ALICE.equals(c.param("channel")), WAIT);
        assertTrue(slack.dmsTo(ALICE).get(0).text().contains("Socket Mode support"), "the author is told it was posted");

        JsonObject homeAck = slack.socketEvent(Payloads.appHomeOpened(ALICE));
        assertEquals(new JsonObject(), homeAck, "events are acked without a payload");
        slack.awaitCall("views.publish", c -> ALICE.equals(c.param("user_id")), WAIT);
        String home = slack.homeOf(ALICE).toString();
        assertTrue(home.contains("Your requests and votes") && home.contains("Socket Mode support"), home);

        JsonObject refusal = slack.socketSlashCommand(ALICE, "/community-admin", "help");
        assertTrue(refusal.get("text").getAsString().contains("Only community admins"), refusal.toString());

        List<JsonObject> acks = slack.socketAcks();
        assertEquals(4, acks.size(), "one ack per envelope: " + acks);
        assertTrue(acks.stream().allMatch(a -> a.has("envelope_id")), acks.toString());
    }

    @Test
    void aSubmissionWithMissingFieldsIsRefusedInTheAckFieldByField() {
        slack.socketSlashCommand(ALICE, "/feedback", "");
        slack.awaitCall("views.open", WAIT);
        JsonObject ack = slack.socketInteraction(Payloads.submit(ALICE, slack.lastOpenedView(), Map.of()));
        assertEquals("errors", ack.get("response_action").getAsString(), ack.toString());
        JsonObject errors = ack.getAsJsonObject("errors");
        assertTrue(errors.has("title") && errors.has("problem"), ack.toString());
    }

    @Test
    void servesHealthButNotTheHttpSlackEndpointNorThePlayground() throws Exception {
        String base = "http://127.0.0.1:" + bot.port();
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "/healthz"))).statusCode());
        for (String playground : List.of("/", "/playground/api/screen?as=U0ADA&pane=channel",
                "/playground/assets/playground.js", "/playground/stream")) {
            assertEquals(404, send(HttpRequest.newBuilder(URI.create(base + playground))).statusCode(), playground);
        }

        assertEquals(404, send(HttpRequest.newBuilder(URI.create(base + CommunityBot.SLACK_EVENTS_PATH))).statusCode());
        // Jetty answers a POST to an unmapped path with 405; Slack's endpoint must look exactly like that.
        int unmapped = send(post(base + "/no-such-endpoint")).statusCode();
        HttpResponse<String> events = send(post(base + CommunityBot.SLACK_EVENTS_PATH));
        assertEquals(unmapped, events.statusCode(), "Socket Mode must not take Slack requests over HTTP: " + events.body());
        assertFalse(events.body().contains("challenge"), events.body());
    }

    @Test
    void closingTheBotDisconnectsAndStopsTheSocketModeThreads() throws Exception {
        slack.socketSlashCommand(ALICE, "/community-admin", "help");
        assertTrue(slack.socketConnected());
        List<Thread> sdkThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("socket-mode-")).toList();
        assertFalse(sdkThreads.isEmpty(), "the SDK's session monitor and message processor threads were not found");

        bot.close();
        for (Thread thread : sdkThreads) {
            thread.join(WAIT.toMillis());
            assertFalse(thread.isAlive(), thread.getName() + " still runs after the bot closed");
        }
        Eventually.holds("the bot closes its WebSocket", WAIT, () -> !slack.socketConnected());
    }

    private static HttpRequest.Builder post(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"url_verification\",\"challenge\":\"c\"}"));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
