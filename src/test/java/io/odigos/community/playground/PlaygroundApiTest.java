package io.odigos.community.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.odigos.community.CommunityBot;
import io.odigos.community.core.BotConfig;
import io.odigos.community.local.SlackEmulator;
import io.odigos.community.testing.LocalBot;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The playground's API without a browser: what it refuses, and whose screen an act changes. */
class PlaygroundApiTest {

    static CommunityBot bot;
    static SlackEmulator slack;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        bot = LocalBot.start();
        slack = bot.emulator().orElseThrow();
        base = "http://127.0.0.1:" + bot.port();
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    static HttpResponse<String> post(String verb, String contentType, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/playground/api/" + verb))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject screen(String member, String pane) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/playground/api/screen?as="
                + member + "&pane=" + pane)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    @Test
    void refusesWhatThePageDoesNotSendWithAReasonAndNeverA5xx() throws Exception {
        assertEquals(415, post("type", "application/x-www-form-urlencoded", "as=U0ADA&text=/feedback").statusCode());
        assertEquals(400, post("type", "application/json", "{not json").statusCode());
        assertEquals(400, post("type", "application/json", "[1,2]").statusCode());
        assertEquals(400, post("type", "application/json", "{\"as\":\"U0NOBODY\",\"text\":\"hi\"}").statusCode());
        assertEquals(400, post("type", "application/json", "{\"as\":\"U0ADA\",\"text\":\"" + "x".repeat(70_000) + "\"}")
                .statusCode());
        assertEquals(404, post("nothing", "application/json", "{\"as\":\"U0ADA\"}").statusCode());
        HttpResponse<String> noPane = HTTP.send(HttpRequest.newBuilder(URI.create(base
                + "/playground/api/screen?as=U0ADA&pane=kitchen")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, noPane.statusCode());
        assertTrue(noPane.body().contains("pane"), noPane.body());

        HttpResponse<String> stale = post("act", "application/json", "{\"as\":\"U0ADA\",\"surface\":\"message\","
                + "\"channel\":\"C0COMMUNITY\",\"ts\":\"1.000001\",\"blockId\":\"b\",\"actionId\":\"feedback_vote\"}");
        assertEquals(200, stale.statusCode());
        assertTrue(stale.body().contains("has changed since you saw it"), stale.body());
        String badMember = post("members", "application/json", "{\"name\":\"<b>\",\"zone\":\"Europe/Paris\"}").body();
        assertTrue(badMember.contains("Give a name"), badMember);
        String badZone = post("members", "application/json", "{\"name\":\"Fay\",\"zone\":\"Mars/Olympus\"}").body();
        assertTrue(badZone.contains("time zone"), badZone);
        assertFalse(slack.members().stream().anyMatch(m -> m.name().equals("Fay")), "nothing was added");
    }

    @Test
    void aModalOpensForTheMemberWhoAskedAndACommandsAnswerOnlyForThem() throws Exception {
        assertEquals(200, post("type", "application/json", "{\"as\":\"U0BEN\",\"where\":\"channel\",\"text\":\"/feedback\"}")
                .statusCode());
        slack.awaitCall("views.open", Duration.ofSeconds(10));
        JsonObject bens = screen("U0BEN", "channel");
        assertTrue(bens.has("modal") && bens.getAsJsonObject("modal").get("html").getAsString().contains("Title"),
                bens.toString());
        assertNull(screen("U0CHLOE", "channel").get("modal"), "Chloé sees no modal of Ben's");

        String closed = post("close", "application/json", "{\"as\":\"U0BEN\",\"viewId\":\""
                + slack.modalOf("U0BEN").get("id").getAsString() + "\"}").body();
        assertFalse(closed.contains("problem"), closed);
        assertNull(slack.modalOf("U0BEN"));

        post("type", "application/json", "{\"as\":\"U0ADA\",\"where\":\"channel\",\"text\":\"/community-admin help\"}");
        assertTrue(screen("U0ADA", "channel").get("pane").getAsString().contains("Only visible to you"));
        assertFalse(screen("U0CHLOE", "channel").get("pane").getAsString().contains("Only visible to you"));
    }

    @Test
    void blocksSlackWouldRefuseShowAsAVisibleError() throws Exception {
        String blocks = "[{\"type\":\"header\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"*bold header*\"}}]";
        HttpResponse<String> sent = HTTP.send(HttpRequest.newBuilder(URI.create(slack.apiUrl() + "chat.postMessage"))
                .header("Authorization", "Bearer " + BotConfig.LOCAL_BOT_TOKEN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("channel=C0COMMUNITY&text=x&blocks="
                        + URLEncoder.encode(blocks, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(sent.body().contains("invalid_blocks"), sent.body());
        String shown = screen("U0EVA", "channel").get("refusals").getAsString();
        assertTrue(shown.contains("chat.postMessage") && shown.contains("must be plain_text")
                && shown.contains("/blocks/0/text/type"), shown);
    }

    @Test
    void anAddedMemberCanBePickedAndActsInTheirOwnZone() throws Exception {
        String added = post("members", "application/json", "{\"name\":\"Fay Okoye\",\"zone\":\"Africa/Lagos\"}").body();
        assertFalse(added.contains("problem"), added);
        var fay = slack.members().stream().filter(m -> m.name().equals("Fay Okoye")).findFirst().orElseThrow();
        assertEquals("Africa/Lagos", fay.tz().getId());
        String page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(page.contains("value=\"" + fay.id() + "\">Fay Okoye · Africa/Lagos"), "offered under You are");
        post("type", "application/json", "{\"as\":\"" + fay.id() + "\",\"where\":\"channel\",\"text\":\"Hello\"}");
        assertTrue(screen(fay.id(), "channel").get("pane").getAsString().contains("Fay Okoye"));
    }

    @Test
    void aPickedFileIsStoredAsTheMembersUploadAndABodyOverSlacksTenMegabytesIsRefused() throws Exception {
        String yaml = "kind: Destination\n";
        HttpResponse<String> stored = post("upload", "application/json", "{\"as\":\"U0BEN\",\"name\":\"pack.yaml\","
                + "\"content\":\"" + Base64.getEncoder().encodeToString(yaml.getBytes(StandardCharsets.UTF_8)) + "\"}");
        assertEquals(200, stored.statusCode(), stored.body());
        JsonObject file = JsonParser.parseString(stored.body()).getAsJsonObject();
        assertEquals("pack.yaml", file.get("name").getAsString());
        var upload = slack.calls("files.getUploadURLExternal").get(0);
        assertEquals("playground-member-U0BEN", upload.token(), "uploaded by Ben's client");
        HttpResponse<String> info = HTTP.send(HttpRequest.newBuilder(URI.create(slack.apiUrl() + "files.info?file="
                + file.get("id").getAsString())).header("Authorization", "Bearer " + BotConfig.LOCAL_BOT_TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(info.body().contains("\"size\":" + yaml.length()), info.body());

        String tooBig = "{\"as\":\"U0BEN\",\"name\":\"big.yaml\",\"content\":\"" + "A".repeat(15 * 1024 * 1024) + "\"}";
        HttpResponse<String> refused = post("upload", "application/json", tooBig);
        assertEquals(413, refused.statusCode());
        assertTrue(refused.body().contains("10 MB"), refused.body());
        assertEquals(1, slack.calls("files.getUploadURLExternal").size(), "nothing more was stored");
    }
}
