package io.odigos.community.discussions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.gson.JsonParser;
import io.odigos.community.slack.AdminCommands;
import io.odigos.community.testing.FakeGitHub;
import io.odigos.community.testing.TestBot;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * GITHUB_DISCUSSIONS_CATEGORY checked at start against a fake GitHub, end to end: the bot starts whatever GitHub says,
 * logs one warning when mirroring would not work, and {@code /community-admin github} shows the outcome.
 */
class DiscussionsSetupTest {

    FakeGitHub github;
    TestBot t;
    // built at run time, so no token-shaped string is committed
    final String token = "test-" + UUID.randomUUID();
    final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    final Logger featureLog = (Logger) LoggerFactory.getLogger(DiscussionsFeature.class);

    @BeforeEach
    void start() throws Exception {
        github = FakeGitHub.start();
        github.acceptGraphqlToken(token);
        github.discussionCategories("odigos-io/odigos", List.of("General", "Ideas", "Q&A"));
        logged.start();
        featureLog.addAppender(logged);
    }

    @AfterEach
    void stop() {
        featureLog.detachAppender(logged);
        if (t != null) {
            t.close();
        }
        github.close();
    }

    Optional<CategoryCheck.Outcome> startBot(Map<String, String> extra) throws Exception {
        Map<String, String> settings = new HashMap<>(extra);
        settings.put("GITHUB_API_URL", github.apiUrl());
        t = TestBot.start("jdbc:h2:mem:disc-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", settings);
        // the check runs on its own thread after start-up; waiting for it is not timing it
        return t.bot.features().discussions().startupCheck().get(30, TimeUnit.SECONDS);
    }

    Optional<CategoryCheck.Outcome> startBot(String category, String withToken) throws Exception {
        return startBot(Map.of("GITHUB_DISCUSSIONS_CATEGORY", category, "GITHUB_TOKEN", withToken));
    }

    String adminView() {
        HttpResponse<String> r = t.signed.slashCommand(TestBot.ADMIN, AdminCommands.COMMAND, "github");
        assertEquals(200, r.statusCode(), r.body());
        return JsonParser.parseString(r.body()).getAsJsonObject().get("text").getAsString();
    }

    List<String> warnings() {
        return logged.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    /** The check warned {@code expected}, logged it as one line, and the admin view shows it; answers the view. */
    String oneWarning(CategoryCheck.Outcome outcome, String expected) {
        assertEquals(Optional.of(expected), outcome.warning());
        assertEquals(List.of("GitHub Discussions mirroring will not work: " + expected), warnings());
        String view = adminView();
        assertTrue(view.contains(":warning: Last check "), view);
        return view;
    }

    @Test
    void offWithoutACategoryAndGitHubIsNotAsked() throws Exception {
        assertEquals(Optional.empty(), startBot(Map.of("GITHUB_TOKEN", token)));
        String view = adminView();
        assertTrue(view.contains("Mirroring is off: set `GITHUB_DISCUSSIONS_CATEGORY`"), view);
        assertTrue(view.contains("API points used in the last hour: 0"), view);
        assertTrue(github.requests().isEmpty(), "" + github.requests());
        assertEquals(List.of(), warnings());

        String help = JsonParser.parseString(t.signed.slashCommand(TestBot.ADMIN, AdminCommands.COMMAND, "help")
                .body()).getAsJsonObject().get("text").getAsString();
        assertTrue(help.contains("`" + AdminCommands.COMMAND + " github`"), help);
        String refused = JsonParser.parseString(t.signed.slashCommand("UMEMBER", AdminCommands.COMMAND, "github")
                .body()).getAsJsonObject().get("text").getAsString();
        assertFalse(refused.contains("GitHub Discussions"), refused);
    }

    @Test
    void aCategoryTheTokenCanSeeChecksOutAndItsPointsAreCounted() throws Exception {
        CategoryCheck.Outcome outcome = startBot("ideas", token).orElseThrow();
        assertTrue(outcome.ok(), "" + outcome);
        assertTrue(outcome.target().isPresent(), "found by its slug, whatever the case");
        String view = adminView();
        assertTrue(view.contains("Mirroring is configured: category *ideas* of https://github.com/odigos-io/odigos"),
                view);
        assertTrue(view.contains(":white_check_mark: Last check"), view);
        assertTrue(view.contains("the token reads the repository and the category exists"), view);
        assertTrue(view.contains("API points used in the last hour: 1 of GitHub's 5,000. GitHub said 4999 remain until "
                + "<!date^" + github.rateLimitReset().getEpochSecond() + "^"), view);
        assertEquals(List.of(), warnings());
        assertEquals("bearer " + token, github.requests().get(0).authorization());
    }

    @Test
    void aMissingCategoryIsOneWarningNamingTheOnesThereAre() throws Exception {
        CategoryCheck.Outcome outcome = startBot("Roadmap", token).orElseThrow();
        String view = oneWarning(outcome, "odigos-io/odigos has no discussion category 'Roadmap' "
                + "(GITHUB_DISCUSSIONS_CATEGORY); it has: General, Ideas, Q&A");
        assertTrue(view.contains(": odigos-io/odigos has no discussion category 'Roadmap'"), view);
        assertTrue(view.contains("it has: General, Ideas, Q&amp;A"), "member text escaped: " + view);
    }

    @Test
    void aRefusedTokenIsOneWarningAndTheBotRunsOn() throws Exception {
        CategoryCheck.Outcome outcome = startBot("Ideas", "test-" + UUID.randomUUID()).orElseThrow();
        String view = oneWarning(outcome, "GitHub refused GITHUB_TOKEN (HTTP 401: Bad credentials); give a token "
                + "that can read odigos-io/odigos and write its discussions");
        assertTrue(view.contains("GitHub refused GITHUB_TOKEN (HTTP 401: Bad credentials)"), view);
        assertTrue(view.contains("API points used in the last hour: 0"), "a refused call costs nothing: " + view);
    }

    @Test
    void noTokenOrAnUnknownRepositoryAreWarningsToo() throws Exception {
        CategoryCheck.Outcome outcome = startBot(Map.of("GITHUB_DISCUSSIONS_CATEGORY", "Ideas")).orElseThrow();
        assertEquals(Optional.of("GITHUB_TOKEN is empty; GitHub's GraphQL API needs a token that can write "
                + "discussions"), outcome.warning());
        assertTrue(github.requests().isEmpty(), "" + github.requests());
        t.close();
        t = null;
        logged.list.clear();

        outcome = startBot(Map.of("GITHUB_DISCUSSIONS_CATEGORY", "Ideas", "GITHUB_TOKEN", token,
                "GITHUB_REPOSITORY_URL", "https://github.com/odigos-io/elsewhere")).orElseThrow();
        assertEquals(Optional.of("GitHub finds no repository odigos-io/elsewhere for GITHUB_TOKEN; check "
                + "GITHUB_REPOSITORY_URL and that the token can read it"), outcome.warning());
        assertEquals(1, warnings().size(), "" + warnings());
    }
}
