package io.odigos.community.playground;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.sun.net.httpserver.HttpServer;
import io.odigos.community.local.EmulatedMember;
import io.odigos.community.local.SlackEmulator;
import io.odigos.community.playground.MemberActions.Outcome;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the playground reads an app's answer to a submission, as Slack does, against a stand-in app that answers what
 * a test tells it to (the real bot answers only with errors or nothing): update, push, clear, errors, and silence
 * past Slack's 3 seconds.
 */
class MemberActionsTest {

    static final String MODAL = "{\"type\":\"modal\",\"callback_id\":\"form\",\"title\":{\"type\":\"plain_text\","
            + "\"text\":\"%s\"},\"submit\":{\"type\":\"plain_text\",\"text\":\"Send\"},\"blocks\":[{\"type\":\"input\","
            + "\"block_id\":\"name\",\"label\":{\"type\":\"plain_text\",\"text\":\"Name\"},\"element\":"
            + "{\"type\":\"plain_text_input\",\"action_id\":\"v\"}}]}";

    static final String FILE_MODAL = "{\"type\":\"modal\",\"callback_id\":\"form\",\"title\":{\"type\":"
            + "\"plain_text\",\"text\":\"Pack\"},\"submit\":{\"type\":\"plain_text\",\"text\":\"Send\"},\"blocks\":"
            + "[{\"type\":\"input\",\"block_id\":\"pack-file\",\"label\":{\"type\":\"plain_text\",\"text\":\"File\"},"
            + "\"element\":{\"type\":\"file_input\",\"action_id\":\"v\",\"filetypes\":[\"yaml\"],\"max_files\":1}}]}";

    SlackEmulator slack;
    HttpServer app;
    volatile String answer = "";
    volatile long answerAfterMillis;
    volatile String received;
    MemberActions actions;
    EmulatedMember ben;

    @BeforeEach
    void start() throws Exception {
        slack = SlackEmulator.start(0);
        slack.addUser("UBEN", "Ben", "Europe/Paris", false, false);
        ben = slack.member("UBEN").orElseThrow();
        app = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        app.createContext("/slack/events", exchange -> {
            received = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            try {
                Thread.sleep(answerAfterMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        app.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        app.start();
        actions = new MemberActions(slack, new BotEndpoint(() -> app.getAddress().getPort(), "secret"),
                CommandCatalog.fromManifest(), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        app.stop(0);
        slack.close();
    }

    /** Opens a modal for Ben as an app would, with a trigger his act was given. */
    String openModal(String title) throws Exception {
        return openView(String.format(MODAL, title));
    }

    String openView(String view) throws Exception {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        try (Slack sdk = Slack.getInstance(config)) {
            assertTrue(sdk.methods("xoxb-test-0000000000").viewsOpen(r -> r.triggerId(slack.issueTrigger("UBEN"))
                    .viewAsString(view)).isOk());
        }
        return slack.modalOf("UBEN").get("id").getAsString();
    }

    JsonObject typed(String name) {
        JsonObject values = new JsonObject();
        JsonObject block = new JsonObject();
        block.addProperty("v", name);
        values.add("name", block);
        return values;
    }

    String title() {
        return slack.modalOf("UBEN").getAsJsonObject("title").get("text").getAsString();
    }

    @Test
    void theSubmissionCarriesWhatWasTypedAndAnUpdateReplacesTheModal() throws Exception {
        String id = openModal("First");
        answer = "{\"response_action\":\"update\",\"view\":" + String.format(MODAL, "Second") + "}";
        assertNull(actions.submit(ben, id, typed("Ben B")).problem());
        assertTrue(received.contains("view_submission") && received.contains("Ben+B"), received);
        assertEquals("Second", title());
        assertEquals(id, slack.modalOf("UBEN").get("id").getAsString(), "updated in place");
    }

    @Test
    void aPushStacksAClearClosesAndNoAnswerClosesTheTop() throws Exception {
        String first = openModal("First");
        answer = "{\"response_action\":\"push\",\"view\":" + String.format(MODAL, "Pushed") + "}";
        actions.submit(ben, first, typed("x"));
        assertEquals("Pushed", title());
        String pushed = slack.modalOf("UBEN").get("id").getAsString();
        answer = "";
        actions.submit(ben, pushed, typed("x"));
        assertEquals("First", title(), "no answer closes the top view only");
        answer = "{\"response_action\":\"clear\"}";
        actions.submit(ben, first, typed("x"));
        assertNull(slack.modalOf("UBEN"));
    }

    @Test
    void aFileInputsUploadArrivesInTheStateAsSlackListsFilesAndTheAppCanReadIt() throws Exception {
        byte[] yaml = "kind: Destination\n".getBytes(StandardCharsets.UTF_8);
        MemberUploads.Upload upload = new MemberUploads(slack.apiUrl()).upload(ben, "C:\\packs\\my pack.yaml",
                Base64.getEncoder().encodeToString(yaml));
        assertNull(upload.problem(), upload.problem());
        assertEquals("my pack.yaml", upload.name(), "the browser's folder is not the file's name");
        String id = openView(FILE_MODAL);
        JsonObject values = JsonParser.parseString("{\"pack-file\":{\"v\":[{\"id\":\"" + upload.id()
                + "\",\"name\":\"my pack.yaml\"},{\"id\":7},\"F0\"]}}").getAsJsonObject();
        assertNull(actions.submit(ben, id, values).problem());

        String payload = URLDecoder.decode(received.substring("payload=".length()), StandardCharsets.UTF_8);
        JsonObject state = JsonParser.parseString(payload).getAsJsonObject().getAsJsonObject("view")
                .getAsJsonObject("state").getAsJsonObject("values");
        assertEquals(JsonParser.parseString("{\"type\":\"file_input\",\"files\":[{\"id\":\"" + upload.id()
                + "\",\"name\":\"my pack.yaml\",\"title\":\"my pack.yaml\"}]}"),
                state.getAsJsonObject("pack-file").get("v"), "what is not a file the page uploaded is left out");

        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        try (Slack sdk = Slack.getInstance(config)) {
            var info = sdk.methods("bot").filesInfo(r -> r.file(upload.id()));
            assertEquals(yaml.length, info.getFile().getSize());
            HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(info.getFile().getUrlPrivateDownload())).header("Authorization", "Bearer bot").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertArrayEquals(yaml, download.body(), "the name's space is encoded in the private URL");
        }
    }

    @Test
    void anUploadOverSlacksTenMegabytesOrNotBase64IsRefusedAndNothingIsStored() {
        MemberUploads uploads = new MemberUploads(slack.apiUrl());
        String tooBig = uploads.upload(ben, "big.yaml", Base64.getEncoder().encodeToString(
                new byte[MemberUploads.MAX_BYTES + 1])).problem();
        assertTrue(tooBig.contains("at most 10 MB"), tooBig);
        assertTrue(uploads.upload(ben, "a.yaml", "not base64!").problem().contains("did not arrive whole"));
        assertTrue(uploads.upload(ben, "/", "AAAA").problem().contains("Pick a file"));
        assertTrue(slack.calls("files.getUploadURLExternal").isEmpty(), "refused before Slack is asked");
        assertNull(uploads.upload(ben, "a.yaml", Base64.getEncoder().encodeToString(
                new byte[MemberUploads.MAX_BYTES])).problem(), "exactly 10 MB is allowed");
    }

    @Test
    void errorsComeBackByFieldAndTheModalStays() throws Exception {
        String id = openModal("First");
        answer = "{\"response_action\":\"errors\",\"errors\":{\"name\":\"Too short\"}}";
        Outcome outcome = actions.submit(ben, id, typed("B"));
        assertEquals(Map.of("name", "Too short"), outcome.errors());
        assertEquals("First", title());
    }

    @Test
    void anAppSilentPastThreeSecondsFailsAsInSlackAndTheModalStays() throws Exception {
        String id = openModal("First");
        answerAfterMillis = BotEndpoint.ACK_DEADLINE.toMillis() + 500;
        Outcome outcome = actions.submit(ben, id, typed("x"));
        assertTrue(outcome.problem().contains("3 seconds"), outcome.problem());
        assertEquals("First", title());
    }
}
