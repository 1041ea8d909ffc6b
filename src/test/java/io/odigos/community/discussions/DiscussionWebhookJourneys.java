package io.odigos.community.discussions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import io.odigos.community.feedback.FeedbackItem;
import io.odigos.community.local.EmulatedMessage;
import io.odigos.community.testing.BotJourneys;
import io.odigos.community.testing.FakeDiscussions;
import io.odigos.community.testing.FakeGitHub;
import io.odigos.community.testing.GitHubWebhook;
import io.odigos.community.testing.TestBot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;

/**
 * A bot with the discussion webhook on (secret, repository, category "Ideas") and a fake GitHub, and the steps of
 * {@link DiscussionWebhookTest}'s journeys: discussions started there, delivered signed as GitHub signs them.
 */
abstract class DiscussionWebhookJourneys extends BotJourneys {

    static final String REPOSITORY = "odigos-io/odigos";
    static final String IDEAS = FakeGitHub.discussionCategoryId(REPOSITORY, "Ideas");
    static final String SECRET = "discussion-webhook-secret";

    /** Started before the bot, which is given its address. */
    final FakeGitHub github = startGitHub();
    // built at run time, so no token-shaped string is committed
    final String token = "test-" + UUID.randomUUID();
    int deliveries;

    private static FakeGitHub startGitHub() {
        try {
            return FakeGitHub.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void stopGitHub() {
        github.close();
    }

    protected String database() throws Exception {
        return "jdbc:h2:mem:webhook-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    protected Map<String, String> databaseSettings() {
        return Map.of();
    }

    @Override
    protected TestBot startBot() throws Exception {
        github.acceptGraphqlToken(token);
        github.discussionCategories(REPOSITORY, List.of("General", "Ideas"));
        Map<String, String> settings = new HashMap<>(databaseSettings());
        settings.putAll(Map.of("GITHUB_API_URL", github.apiUrl(), "GITHUB_TOKEN", token,
                "GITHUB_REPOSITORY_URL", "https://github.com/" + REPOSITORY, "GITHUB_DISCUSSIONS_CATEGORY", "Ideas",
                "GITHUB_WEBHOOK_SECRET", SECRET));
        return TestBot.start(database(), settings);
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
