package io.odigos.community.local;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.User;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewTitle;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SlackEmulatorTest extends EmulatorClientTest {



    @Test
    void postThenUpdateShowsUpdatedMessage() throws Exception {
        ChatPostMessageResponse posted = methods.chatPostMessage(r -> r.channel("C1").text("draft")
                .blocks(asBlocks(section(s -> s.text(markdownText("*Draft* agenda"))))));
        assertTrue(posted.isOk(), posted.getError());
        assertEquals("C1", posted.getChannel());
        assertEquals("draft", posted.getMessage().getText());

        var updated = methods.chatUpdate(r -> r.channel("C1").ts(posted.getTs()).text("final")
                .blocks(asBlocks(section(s -> s.text(markdownText("*Final* agenda"))))));
        assertTrue(updated.isOk(), updated.getError());

        List<EmulatedMessage> messages = emulator.messages("C1");
        assertEquals(1, messages.size());
        EmulatedMessage message = messages.get(0);
        assertEquals("final", message.text());
        assertTrue(message.visibleText().contains("*Final* agenda"), message.visibleText());
        assertFalse(message.visibleText().contains("Draft"), message.visibleText());
        assertEquals(message, emulator.message("C1", posted.getTs()));

        EmulatorCall call = emulator.calls("chat.postMessage").get(0);
        assertEquals(TOKEN, call.token());
        assertEquals("section", call.json("blocks").getAsJsonArray().get(0)
                .getAsJsonObject().get("type").getAsString());
    }

    @Test
    void updateOfUnknownMessageFails() throws Exception {
        var response = methods.chatUpdate(r -> r.channel("C1").ts("1.000001").text("x"));
        assertFalse(response.isOk());
        assertEquals("message_not_found", response.getError());
    }

    @Test
    void tsValuesAreUniqueAndIncreasing() throws Exception {
        String first = methods.chatPostMessage(r -> r.channel("C1").text("a")).getTs();
        String second = methods.chatPostMessage(r -> r.channel("C1").text("b")).getTs();
        assertTrue(first.matches("\\d{10}\\.\\d{6}"), first);
        assertTrue(new java.math.BigDecimal(second).compareTo(new java.math.BigDecimal(first)) > 0,
                first + " then " + second);
        assertEquals(List.of("a", "b"), emulator.messages("C1").stream().map(EmulatedMessage::text).toList());
    }

    @Test
    void deleteRemovesMessage() throws Exception {
        String ts = methods.chatPostMessage(r -> r.channel("C1").text("oops")).getTs();
        assertTrue(methods.chatDelete(r -> r.channel("C1").ts(ts)).isOk());
        assertTrue(emulator.messages("C1").isEmpty());
        assertNull(emulator.message("C1", ts));
    }

    @Test
    void postingToUserIdIsDmInConversationsOpenChannel() throws Exception {
        ChatPostMessageResponse posted = methods.chatPostMessage(r -> r.channel("U123").text("welcome!"));
        String dmChannel = methods.conversationsOpen(r -> r.users(List.of("U123"))).getChannel().getId();

        assertEquals("DU123", dmChannel);
        assertEquals(dmChannel, posted.getChannel());
        assertEquals(List.of("welcome!"), emulator.dmsTo("U123").stream().map(EmulatedMessage::text).toList());
        assertTrue(emulator.dmsTo("U999").isEmpty());
    }

    @Test
    void ephemeralMessagesAreVisibleOnlyToTheirUser() throws Exception {
        var response = methods.chatPostEphemeral(r -> r.channel("C1").user("U1").text("only you"));
        assertTrue(response.isOk(), response.getError());
        assertNotNull(response.getMessageTs());
        assertEquals("only you", emulator.ephemeralsTo("U1").get(0).text());
        assertTrue(emulator.ephemeralsTo("U2").isEmpty());
        assertTrue(emulator.messages("C1").isEmpty());
    }

    @Test
    void modalsOpenAndUpdateAndHomeTabsPublish() throws Exception {
        View modal = View.builder().type("modal").callbackId("feedback")
                .title(ViewTitle.builder().type("plain_text").text("Feedback").build())
                .blocks(asBlocks(section(s -> s.text(plainText("How was it?"))))).build();
        ViewsOpenResponse opened = methods.viewsOpen(r -> r.triggerId("trigger-1").view(modal));
        assertTrue(opened.isOk(), opened.getError());
        String viewId = opened.getView().getId();
        assertTrue(viewId.matches("V\\d{6}"), viewId);
        assertEquals("feedback", emulator.lastOpenedView().get("callback_id").getAsString());

        View edited = View.builder().type("modal").callbackId("feedback-thanks")
                .title(ViewTitle.builder().type("plain_text").text("Thanks").build()).build();
        var staleUpdate = methods.viewsUpdate(r -> r.viewId(viewId).hash("stale").view(edited));
        assertEquals("hash_conflict", staleUpdate.getError());
        var update = methods.viewsUpdate(r -> r.viewId(viewId).hash(opened.getView().getHash()).view(edited));
        assertTrue(update.isOk(), update.getError());
        assertEquals("feedback-thanks", emulator.view(viewId).get("callback_id").getAsString());

        View home = View.builder().type("home").blocks(asBlocks(section(s -> s.text(plainText("Hi Ada"))))).build();
        var published = methods.viewsPublish(r -> r.userId("U1").view(home));
        assertTrue(published.isOk(), published.getError());
        JsonObject homeView = emulator.homeOf("U1");
        assertEquals("home", homeView.get("type").getAsString());
        assertEquals(published.getView().getId(), homeView.get("id").getAsString());
        assertNull(emulator.homeOf("U2"));
    }

    @Test
    void viewsOpenWithoutTriggerFails() throws Exception {
        var response = methods.viewsOpen(r -> r.view(View.builder().type("modal").build()));
        assertEquals("invalid_arguments", response.getError());
        assertNull(emulator.lastOpenedView());
    }

    @Test
    void usersInfoForRegisteredAndUnknownUsers() throws Exception {
        emulator.addUser("U1", "ada", "Europe/Berlin", true, false);

        User ada = methods.usersInfo(r -> r.user("U1")).getUser();
        assertEquals("ada", ada.getName());
        assertEquals("Europe/Berlin", ada.getTz());
        assertTrue(ada.isAdmin());
        assertFalse(ada.isOwner());
        assertTrue(ada.getTzOffset() == 3600 || ada.getTzOffset() == 7200, "offset " + ada.getTzOffset());
        assertEquals("ada", ada.getProfile().getDisplayName());

        UsersInfoResponse unknown = methods.usersInfo(r -> r.user("U777"));
        assertTrue(unknown.isOk());
        assertEquals("U777", unknown.getUser().getName());
        assertEquals("UTC", unknown.getUser().getTz());
        assertFalse(unknown.getUser().isAdmin());
    }

    @Test
    void authTestIdentifiesTheBot() throws Exception {
        var auth = methods.authTest(r -> r);
        assertEquals("UBOT", auth.getUserId());
        assertEquals("T0LOCAL", auth.getTeamId());
        assertEquals("BBOT", auth.getBotId());
    }

    @Test
    void socketModeConnectionsOpenOnlyForAppTokensAndPointAtALocalWebSocket() throws Exception {
        assertEquals("not_allowed_token_type", methods.appsConnectionsOpen(r -> r).getError());
        var open = slack.methods("xapp-test-app-level-token").appsConnectionsOpen(r -> r);
        assertTrue(open.isOk(), open.getError());
        assertTrue(open.getUrl().startsWith("ws://127.0.0.1:"), open.getUrl());
        assertFalse(emulator.socketConnected(), "nobody dialled in yet");
    }

    @Test
    void repliesGiveTheThreadParentFirstAndAMessageWithoutRepliesAlone() throws Exception {
        EmulatedMessage parent = emulator.postAsMember("C1", "UANN", "How do I sample?");
        emulator.replyAsMember("C1", parent.ts(), "UBEN", "Use the probabilistic sampler.");
        EmulatedMessage alone = emulator.postAsMember("C1", "UANN", "Unrelated");

        var thread = methods.conversationsReplies(r -> r.channel("C1").ts(parent.ts()));
        assertEquals(List.of("How do I sample?", "Use the probabilistic sampler."),
                thread.getMessages().stream().map(m -> m.getText()).toList());
        assertEquals(parent.ts(), thread.getMessages().get(1).getThreadTs());
        assertEquals(List.of("Unrelated"), methods.conversationsReplies(r -> r.channel("C1").ts(alone.ts()))
                .getMessages().stream().map(m -> m.getText()).toList());
        assertEquals("thread_not_found", methods.conversationsReplies(r -> r.channel("C1").ts("1.0")).getError());
    }

    @Test
    void permalinkIsBuiltFromChannelAndTs() throws Exception {
        var link = methods.chatGetPermalink(r -> r.channel("C1").messageTs("1700000000.000100"));
        assertEquals("https://local.slack.test/archives/C1/p1700000000000100", link.getPermalink());
    }

    @Test
    void rateLimitInjectionMakesTheSdkSee429Once() throws Exception {
        emulator.rateLimitNext("chat.postMessage", 7);

        SlackApiException e = assertThrows(SlackApiException.class,
                () -> methods.chatPostMessage(r -> r.channel("C1").text("hello")));
        assertEquals(429, e.getResponse().code());
        assertEquals("7", e.getResponse().header("Retry-After"));
        assertTrue(emulator.calls("chat.postMessage").get(0).rateLimited());
        assertTrue(emulator.messages("C1").isEmpty());

        assertTrue(methods.chatPostMessage(r -> r.channel("C1").text("hello")).isOk());
        assertFalse(emulator.calls("chat.postMessage").get(1).rateLimited());
    }

    @Test
    void asyncClientWaitsOutRetryAfterAndRetries() throws Exception {
        emulator.rateLimitNext("chat.postMessage", 1);

        var response = slack.methodsAsync(TOKEN).chatPostMessage(r -> r.channel("C1").text("patient")).get();

        assertTrue(response.isOk(), response.getError());
        List<EmulatorCall> attempts = emulator.calls("chat.postMessage");
        assertEquals(2, attempts.size());
        assertTrue(attempts.get(0).rateLimited());
        assertTrue(Duration.between(attempts.get(0).at(), attempts.get(1).at()).toMillis() >= 900,
                "retried too early: " + attempts);
        assertEquals(1, emulator.messages("C1").size());
    }

    @Test
    void failureInjectionAnswersErrorOnce() throws Exception {
        emulator.failNext("chat.postMessage", "channel_not_found");
        assertEquals("channel_not_found", methods.chatPostMessage(r -> r.channel("C1").text("x")).getError());
        assertTrue(methods.chatPostMessage(r -> r.channel("C1").text("x")).isOk());
        assertEquals(1, emulator.messages("C1").size());
    }

    @Test
    void unknownMethodIsRecordedAndRejected() throws Exception {
        var response = methods.emojiList(r -> r);
        assertFalse(response.isOk());
        assertEquals("unknown_method", response.getError());
        assertEquals(1, emulator.calls("emoji.list").size());
    }

    @Test
    void awaitCallFindsCallFromAnotherThread() throws Exception {
        CompletableFuture<Void> later = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(100);
                methods.chatPostMessage(r -> r.channel("C9").text("async hello"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        EmulatorCall call = emulator.awaitCall("chat.postMessage",
                c -> "async hello".equals(c.param("text")), Duration.ofSeconds(5));
        assertEquals("C9", call.param("channel"));
        later.get();
    }

    @Test
    void awaitCallTimesOutListingSeenCalls() throws Exception {
        methods.chatPostMessage(r -> r.channel("C1").text("something else"));
        AssertionError error = assertThrows(AssertionError.class, () -> emulator.awaitCall("chat.postMessage",
                c -> "wanted".equals(c.param("text")), Duration.ofMillis(200)));
        assertTrue(error.getMessage().contains("something else"), error.getMessage());
    }

    @Test
    void clearForgetsCallsButKeepsMessages() throws Exception {
        methods.chatPostMessage(r -> r.channel("C1").text("kept"));
        emulator.clear();
        assertTrue(emulator.calls().isEmpty());
        assertEquals(1, emulator.messages("C1").size());
    }

    @Test
    void filesUploadV2StoresBytes() throws Exception {
        byte[] csv = "name,score\nada,10\n".getBytes(StandardCharsets.UTF_8);
        FilesUploadV2Response response = methods.filesUploadV2(r -> r.channel("C1").filename("scores.csv")
                .title("Scores").fileData(csv).initialComment("This week's scores"));
        assertTrue(response.isOk(), response.getError());

        UploadedFile file = emulator.uploadedFiles().get(0);
        assertEquals("Scores", file.title());
        assertEquals("C1", file.channel());
        assertEquals("This week's scores", file.initialComment());
        assertEquals(new String(csv, StandardCharsets.UTF_8), new String(file.bytes(), StandardCharsets.UTF_8));
        assertEquals(file.id(), response.getFile().getId());
    }

    @Test
    void jsonBodiesAreFlattenedIntoParams() throws Exception {
        String body = "{\"channel\":\"C1\",\"text\":\"from json\",\"blocks\":[{\"type\":\"divider\"}]}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.apiUrl() + "chat.postMessage"))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Authorization", "Bearer xoxb-json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertTrue(response.body().contains("\"ok\":true"), response.body());
        EmulatorCall call = emulator.calls("chat.postMessage").get(0);
        assertEquals("xoxb-json", call.token());
        assertEquals("[{\"type\":\"divider\"}]", call.param("blocks"));
        assertEquals("divider", emulator.messages("C1").get(0).blocks().getAsJsonArray().get(0)
                .getAsJsonObject().get("type").getAsString());
    }
}
