package io.odigos.community.discussions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.odigos.community.feedback.FeedbackViews;
import io.odigos.community.local.EmulatedMessage;
import io.odigos.community.slack.AdminCommands;
import io.odigos.community.testing.BotJourneys;
import io.odigos.community.testing.FakeDiscussions;
import io.odigos.community.testing.FakeGitHub;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;

/**
 * The mirror's journeys: requests made through signed Slack requests, passes of the mirror, and what the fake GitHub
 * then holds. A subclass runs them on PostgreSQL by overriding {@link #database()}.
 */
abstract class MirrorJourneys extends BotJourneys {

    static final String REPOSITORY = "odigos-io/odigos";
    static final String IDEAS = FakeGitHub.discussionCategoryId(REPOSITORY, "Ideas");
    static final String ALICE = "UALICE";

    /** Started with the test, before the bot, which is given its address. */
    protected final FakeGitHub github = startGitHub();
    // built at run time, so no token-shaped string is committed
    final String token = "test-" + UUID.randomUUID();

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
        return "jdbc:h2:mem:mirror-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /** What the database needs besides its URL (PostgreSQL's user, say). */
    protected Map<String, String> databaseSettings() {
        return Map.of();
    }

    Map<String, String> settings(boolean mirroring) {
        github.acceptGraphqlToken(token);
        github.discussionCategories(REPOSITORY, List.of("General", "Ideas"));
        Map<String, String> s = new HashMap<>(Map.of("GITHUB_API_URL", github.apiUrl(), "GITHUB_TOKEN", token,
                "GITHUB_REPOSITORY_URL", "https://github.com/" + REPOSITORY));
        s.putAll(databaseSettings());
        if (mirroring) {
            s.put("GITHUB_DISCUSSIONS_CATEGORY", "Ideas");
        }
        return s;
    }

    @Override
    protected TestBot startBot() throws Exception {
        return started(TestBot.start(database(), settings(true)));
    }

    /**
     * The bot once its start-up check of the category has finished, so a journey that then breaks GitHub breaks the
     * mirror's writes, not the check. (Quartz runs the mirror's job too; journeys assert on what GitHub holds, which
     * does not depend on whether their pass or the job's did the work.)
     */
    static TestBot started(TestBot bot) throws Exception {
        bot.bot.features().discussions().startupCheck().get(60, TimeUnit.SECONDS);
        return bot;
    }

    /**
     * Stops the bot and starts it again on the same database, its clock where it was. (The stopped instance's lease
     * on channel posts runs out 30 s of real time later, so a journey after a restart does not wait for new posts.)
     */
    void restart(boolean mirroring) throws Exception {
        String url = t.databaseUrl;
        Instant now = t.clock.instant();
        t.close();
        t = started(TestBot.start(url, settings(mirroring), now));
    }

    FakeDiscussions discussions() {
        return github.discussions();
    }

    Mirror mirror() {
        return t.bot.features().discussions().mirror().orElseThrow();
    }

    /** A feature request made through the modal; answers its channel post. */
    EmulatedMessage request(String user, String title, String problem) {
        t.slack.clear();
        assertEquals(200, t.signed.slashCommand(user, "/feedback", "").statusCode());
        t.slack.awaitCall("views.open", WAIT);
        JsonObject modal = t.slack.lastOpenedView();
        HttpResponse<String> r = t.signed.interaction(Payloads.submit(user, modal,
                Map.of("title", title, "problem", problem)));
        assertEquals(200, r.statusCode(), r.body());
        t.slack.awaitCall("chat.postMessage", c -> t.slack.messages(TestBot.CHANNEL).stream()
                .anyMatch(m -> m.visibleText().contains(title)), WAIT);
        return t.slack.messages(TestBot.CHANNEL).stream().filter(m -> m.visibleText().contains(title))
                .findFirst().orElseThrow();
    }

    static long idOf(EmulatedMessage post) {
        String text = post.visibleText();
        return Long.parseLong(text.substring(text.indexOf('#') + 1).split("\\D", 2)[0]);
    }

    void vote(String voter, EmulatedMessage post) {
        assertEquals(200, t.signed.interaction(Payloads.clickInMessage(voter, post.channel(), post.ts(),
                FeedbackViews.VOTE, Long.toString(idOf(post)))).statusCode());
    }

    String admin(String command) {
        HttpResponse<String> r = t.signed.slashCommand(TestBot.ADMIN, AdminCommands.COMMAND, command);
        assertEquals(200, r.statusCode(), r.body());
        return JsonParser.parseString(r.body()).getAsJsonObject().get("text").getAsString();
    }

    FakeDiscussions.Discussion discussionOf(EmulatedMessage post) {
        return discussions().ofRequest(idOf(post)).orElseThrow(() -> new AssertionError("no discussion for "
                + post.visibleText() + " in " + discussions().all()));
    }

    /** Past any backoff or pause the mirror took. */
    void later(Duration d) {
        t.clock.advance(d);
    }
}
