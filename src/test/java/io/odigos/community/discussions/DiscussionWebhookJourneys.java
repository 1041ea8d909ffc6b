package io.odigos.community.discussions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import io.odigos.community.feedback.FeedbackItem;
import io.odigos.community.local.EmulatedMessage;
import io.odigos.community.testing.FakeDiscussions;
import io.odigos.community.testing.GitHubWebhook;
import io.odigos.community.testing.TestBot;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A bot with the discussion webhook on (secret, repository, category "Ideas") and a fake GitHub, and the steps of
 * {@link DiscussionWebhookTest}'s journeys: discussions started there, delivered signed as GitHub signs them.
 */
abstract class DiscussionWebhookJourneys extends MirrorJourneys {

    static final String SECRET = "discussion-webhook-secret";

    int deliveries;

    @Override
    Map<String, String> settings(boolean mirroring) {
        Map<String, String> settings = new HashMap<>(super.settings(mirroring));
        settings.put("GITHUB_WEBHOOK_SECRET", SECRET);
        return settings;
    }

    FakeDiscussions.Discussion startedOnGitHub(String title, String body, String login) {
        return github.discussions().startedOnGitHub(IDEAS, title, body, login);
    }

    HttpResponse<String> deliver(String delivery, String action, FakeDiscussions.Discussion d) throws Exception {
        return deliverBody(delivery, GitHubWebhook.discussion(action, d, "Ideas", REPOSITORY));
    }

    HttpResponse<String> deliverBody(String delivery, String body) throws Exception {
        return GitHubWebhook.deliver(t.bot.port(), "discussion", delivery, body, SECRET);
    }

    /** A new delivery id, as GitHub gives each delivery. */
    String delivery() {
        return "disc-" + (++deliveries);
    }

    static String result(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return JsonParser.parseString(r.body()).getAsJsonObject().get("result").getAsString();
    }

    static long importedId(HttpResponse<String> r) {
        String result = result(r);
        assertTrue(result.startsWith("imported as request #"), result);
        return Long.parseLong(result.substring(result.indexOf('#') + 1));
    }

    List<FeedbackItem> items() {
        return t.bot.platform().database().inTransaction(em -> em.createQuery("select i from FeedbackItem i "
                + "order by i.id", FeedbackItem.class).getResultList());
    }

    FeedbackItem item(long id) {
        return t.bot.features().feedback().service().find(id).orElseThrow();
    }

    DiscussionMirror mirrorOf(long id) {
        return t.bot.platform().database().inTransaction(em -> em.find(DiscussionMirror.class, id));
    }

    EmulatedMessage awaitPost(String containing) {
        t.slack.awaitCall("chat.postMessage", c -> t.slack.messages(TestBot.CHANNEL).stream()
                .anyMatch(m -> m.visibleText().contains(containing)), WAIT);
        return t.slack.messages(TestBot.CHANNEL).stream().filter(m -> m.visibleText().contains(containing))
                .findFirst().orElseThrow();
    }

    void awaitPostShows(EmulatedMessage post, String text) {
        BooleanSupplier shows = () ->
                t.slack.message(post.channel(), post.ts()).visibleText().contains(text);
        if (!shows.getAsBoolean()) {
            t.slack.awaitCall("chat.update", c -> shows.getAsBoolean(), WAIT);
        }
    }

    Mirror mirror() {
        return t.bot.features().discussions().mirror().orElseThrow();
    }

    void sql(String statement) {
        t.bot.platform().database().runInTransaction(em -> em.createNativeQuery(statement).executeUpdate());
    }
}
