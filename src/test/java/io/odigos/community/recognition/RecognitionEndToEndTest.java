package io.odigos.community.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.odigos.community.core.CommunityFacts;
import io.odigos.community.testing.FakeGitHub;
import io.odigos.community.testing.GitHubWebhook;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import io.odigos.community.testing.ViewJson;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Contributions from signed GitHub deliveries and admins, linking, and badges, through the real endpoints. */
class RecognitionEndToEndTest {

    static final String SECRET = "github-webhook-secret";
    static final String GITHUB_TOKEN = "github_pat_test_token";
    static final String REPO = "odigos-io/odigos";
    static final Duration WAIT = Duration.ofSeconds(10);
    FakeGitHub github;
    TestBot t;

    @BeforeEach
    void start() throws Exception {
        github = FakeGitHub.start();
        t = TestBot.start(database(), settings());
    }

    /** A new database for each test: H2 here, PostgreSQL in {@link RecognitionOnPostgresTest}. */
    String database() throws Exception {
        return "jdbc:h2:mem:recognition-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    Map<String, String> settings() {
        return Map.of("GITHUB_WEBHOOK_SECRET", SECRET, "GITHUB_API_URL", github.apiUrl(), "GITHUB_TOKEN", GITHUB_TOKEN);
    }

    @AfterEach
    void stop() {
        t.close();
        github.close();
    }

    RecognitionService service() {
        return t.bot.features().recognition().service();
    }

    GitHubContributions github() {
        return t.bot.features().recognition().github();
    }

    /** A pull_request event with GitHub's field layout, merged (when it is) on a fixed day. */
    static String pullRequest(int number, String action, boolean merged, String login, String title, String... labels) {
        return GitHubWebhook.pullRequest(number, action, merged, login, title, Instant.parse("2026-11-20T12:00:00Z"),
                labels);
    }

    HttpResponse<String> deliver(String event, String delivery, String body, String secret) throws Exception {
        return GitHubWebhook.deliver(t.bot.port(), event, delivery, body, secret);
    }

    /** The kind the ledger holds for pull request {@code number}, or null if it is not there. */
    ContributionKind kindOf(int number) {
        return t.bot.platform().database().inTransaction(em -> em.createQuery("select c.kind from Contribution c "
                        + "where c.externalId = :x", ContributionKind.class)
                .setParameter("x", "github:pr:" + REPO + "#" + number).getResultStream().findFirst().orElse(null));
    }

    long ledgerSize() {
        return t.bot.platform().database().inTransaction(em ->
                em.createQuery("select count(c) from Contribution c", Long.class).getSingleResult());
    }

    @Test
    void mergedPullRequestsBecomeContributionsOnceAndAreCreditedWhenTheAuthorLinks() throws Exception {
        String fix = pullRequest(101, "closed", true, "Octo-Ann", "fix(java): agent crash on JDK 21", "kind/bug");
        assertEquals(401, deliver("pull_request", "d-1", fix, "wrong-secret").statusCode());
        assertEquals(0, ledgerSize(), "an unverified delivery changes nothing");
        assertEquals(400, deliver("pull_request", "d-x", "{not json", SECRET).statusCode());
        assertEquals(200, deliver("issues", "d-2", "{\"action\":\"opened\"}", SECRET).statusCode());
        assertEquals(200, deliver("pull_request", "d-3", pullRequest(102, "closed", false, "octo-ann", "nope"), SECRET)
                .statusCode());
        assertEquals(0, ledgerSize(), "unknown events and unmerged pull requests are ignored");

        assertTrue(deliver("pull_request", "d-4", fix, SECRET).body().contains("recorded"));
        assertTrue(deliver("pull_request", "d-4", fix, SECRET).body().contains("already received"), "redelivery");
        assertTrue(deliver("pull_request", "d-5", fix, SECRET).body().contains("already recorded"), "same PR again");
        deliver("pull_request", "d-6", pullRequest(103, "closed", true, "octo-ann", "docs: eBPF troubleshooting"), SECRET);
        assertEquals(2, ledgerSize());

        HttpResponse<String> link = t.signed.slashCommand("UANN", "/profile", "github octo-ann");
        assertTrue(link.body().contains("2 earlier contributions"), link.body());
        t.slack.awaitCall("chat.postMessage", c -> TestBot.CHANNEL.equals(c.param("channel"))
                && c.param("text").contains("First merged PR"), WAIT);
        t.slack.awaitCall("chat.postMessage", c -> "UANN".equals(c.param("channel"))
                && c.param("text").contains("You earned"), WAIT);
        var profile = service().profile("UANN");
        assertEquals(1L, profile.contributions().get(ContributionKind.BUG_FIX));
        assertEquals(1L, profile.contributions().get(ContributionKind.DOCUMENTATION));
        assertEquals(5 + 3, profile.points());

        assertTrue(t.signed.slashCommand("UMALLORY", "/profile", "github octo-ann").body().contains("already linked"));
        deliver("pull_request", "d-7", pullRequest(104, "closed", true, "octo-ann", "feat: PHP support", "enhancement"), SECRET);
        assertEquals(1L, service().profile("UANN").contributions().get(ContributionKind.FEATURE),
                "after linking, new pull requests are credited at once");
        assertEquals(1, t.slack.calls("chat.postMessage").stream()
                .filter(c -> TestBot.CHANNEL.equals(c.param("channel")) && c.param("text").contains("First merged PR")).count(),
                "a badge is awarded once");

        String fixed = t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "github-link <@UANNIE|annie> octo-ann").body();
        assertTrue(fixed.contains("3 contributions moved"), fixed);
        assertEquals(3, service().profile("UANNIE").contributions().values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void pullRequestsThatChangeOnlyDocsAreDocumentationWhateverTheirTitle() throws Exception {
        github.pullRequestFiles(REPO, 201, List.of("docs/instrumentations/java.mdx", "README.md"));
        github.pullRequestFiles(REPO, 202, List.of("docs/instrumentations/java.mdx", "agents/java/Agent.java"));
        github.pullRequestFiles(REPO, 203, List.of("docs/setup.mdx", "Makefile"));
        List<String> manyDocs = IntStream.range(0, 150).mapToObj(i -> "docs/api/page-" + i + ".mdx").toList();
        github.pullRequestFiles(REPO, 204, manyDocs);

        assertEquals("recorded", result(deliver("pull_request", "d-201",
                pullRequest(201, "closed", true, "ann", "feat: a Java guide"), SECRET)));
        deliver("pull_request", "d-202", pullRequest(202, "closed", true, "ann", "fix: agent crash, and its docs"), SECRET);
        deliver("pull_request", "d-203", pullRequest(203, "closed", true, "ann", "chore: build the docs"), SECRET);
        deliver("pull_request", "d-204", pullRequest(204, "closed", true, "ann", "Regenerate the API reference"), SECRET);

        assertEquals(ContributionKind.DOCUMENTATION, kindOf(201), "only docs and markdown: the path rule beats the title");
        assertEquals(ContributionKind.BUG_FIX, kindOf(202), "docs and code: on to the title rules");
        assertEquals(ContributionKind.FEATURE, kindOf(203), "docs and code, no rule: the default");
        assertEquals(ContributionKind.DOCUMENTATION, kindOf(204), "150 files, all docs, over two pages");
        assertEquals(List.of("page=1", "page=2"), github.requests().stream()
                .filter(r -> r.path().endsWith("/pulls/204/files")).map(r -> r.query().replace("per_page=100&", ""))
                .toList());
        assertEquals(5, github.requests().size(), "one page each, two for the 150 files");
        for (FakeGitHub.Request r : github.requests()) {
            assertEquals("Bearer " + GITHUB_TOKEN, r.authorization());
            assertEquals("application/vnd.github+json", r.accept());
            assertEquals("2022-11-28", r.apiVersion());
        }

        String profile = t.signed.slashCommand("UANN", "/profile", "github ann").body();
        assertTrue(profile.contains("4 earlier contributions"), profile);
        profile = t.signed.slashCommand("UANN", "/profile", "").body();
        assertTrue(profile.contains("Documentation: 2"), profile);
    }

    @Test
    void aLabelThatDecidesNeedsNoCallToGitHub() throws Exception {
        github.pullRequestFiles(REPO, 205, List.of("docs/troubleshooting.mdx"));
        deliver("pull_request", "d-205", pullRequest(205, "closed", true, "ann", "docs: troubleshooting", "kind/bug"),
                SECRET);
        assertEquals(ContributionKind.BUG_FIX, kindOf(205));
        assertEquals(List.of(), github.requests());
    }

    @Test
    void whenGitHubDoesNotAnswerThePullRequestIsRecordedByTheOtherRules() throws Exception {
        Logger serviceLog = (Logger) LoggerFactory.getLogger(GitHubContributions.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        serviceLog.addAppender(logged);
        try {
            github.pullRequestFiles(REPO, 206, List.of("docs/guide.mdx"));
            github.failWith(403);
            HttpResponse<String> limited = deliver("pull_request", "d-206",
                    pullRequest(206, "closed", true, "ann", "fix: guide typo"), SECRET);
            assertEquals(200, limited.statusCode());
            assertEquals("recorded", result(limited));
            assertEquals(ContributionKind.BUG_FIX, kindOf(206), "the path rule does not apply; the title decides");
            github.close();
            HttpResponse<String> down = deliver("pull_request", "d-207",
                    pullRequest(207, "closed", true, "ann", "Update guide"), SECRET);
            assertEquals(200, down.statusCode());
            assertEquals(ContributionKind.FEATURE, kindOf(207), "nothing else matches: the default");
        } finally {
            serviceLog.detachAppender(logged);
        }
        List<String> warnings = logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertEquals(2, warnings.size(), "" + warnings);
        assertTrue(warnings.get(0).contains(REPO + "#206") && warnings.get(0).contains("HTTP 403")
                && warnings.get(0).contains("rate limit"), warnings.get(0));
        assertTrue(warnings.get(1).contains(REPO + "#207"), warnings.get(1));
        assertFalse(warnings.stream().anyMatch(w -> w.contains(GITHUB_TOKEN)), "the token never reaches the log");
    }

    @Test
    void aDeliveryThatFailedToRecordIsCreditedWhenRedelivered() throws Exception {
        String fix = pullRequest(301, "closed", true, "ann", "fix: crash", "kind/bug");
        String noAuthor = fix.replace("\"user\":", "\"author\":");
        assertEquals(400, deliver("pull_request", "d-301", noAuthor, SECRET).statusCode());
        // a refused payload leaves nothing behind: the same delivery id is still new
        assertEquals("recorded", result(deliver("pull_request", "d-301", fix, SECRET)));

        // A transient failure inside the recording transaction (here the ledger table is briefly away, as when the
        // database fails mid-way): GitHub is told 500 and nothing is kept, so redelivering the same body credits it.
        String feature = pullRequest(302, "closed", true, "ann", "feat: PHP", "enhancement");
        renameLedger("contributions", "contributions_away");
        HttpResponse<String> failed;
        try {
            failed = deliver("pull_request", "d-302", feature, SECRET);
        } finally {
            renameLedger("contributions_away", "contributions");
        }
        assertEquals(500, failed.statusCode(), failed.body());
        assertEquals("recorded", result(deliver("pull_request", "d-302", feature, SECRET)));
        assertEquals("ignored: delivery already received", result(deliver("pull_request", "d-302", feature, SECRET)));
        assertEquals(ContributionKind.FEATURE, kindOf(302));
        assertEquals(2, ledgerSize());
    }

    void renameLedger(String from, String to) {
        t.bot.platform().database().runInTransaction(em ->
                em.createNativeQuery("alter table " + from + " rename to " + to).executeUpdate());
    }

    static String result(HttpResponse<String> response) {
        return com.google.gson.JsonParser.parseString(response.body()).getAsJsonObject().get("result").getAsString();
    }

    @Test
    void adminsRecordContributionsAndAwardAndRevokeBadgesEverythingAudited() {
        t.slack.clear();
        t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "contribution-new");
        t.slack.awaitCall("views.open", WAIT);
        var form = t.slack.lastOpenedView();
        t.signed.interaction(Payloads.submit(TestBot.ADMIN, form, Map.of("kind", "TALK", "title", "KubeCon talk on eBPF",
                "link", "https://youtu.be/talk")));
        // the member select was left empty: refused in the field
        assertEquals(0, service().profile("UBEN").contributions().size());
        var submission = Payloads.submit(TestBot.ADMIN, form, Map.of("kind", "TALK", "title", "KubeCon talk on eBPF",
                "link", "https://youtu.be/talk"));
        submission.getAsJsonObject("view").getAsJsonObject("state").getAsJsonObject("values")
                .add("member", memberSelect("UBEN"));
        t.signed.interaction(submission);
        assertEquals(1L, service().profile("UBEN").contributions().get(ContributionKind.TALK));
        t.slack.awaitCall("chat.postMessage", c -> "UBEN".equals(c.param("channel"))
                && c.param("text").contains("Speaker"), WAIT);

        assertTrue(t.signed.slashCommand("UBEN", "/community-admin", "badge-award <@UCY|cy> mentor helped").body()
                .contains("Only community admins"));
        assertTrue(t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "badge-award <@UCY|cy> astronaut helped").body()
                .contains("There is no badge"));
        assertTrue(t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "badge-award <@UCY|cy> mentor").body()
                .contains("Give a reason"));
        assertTrue(t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "badge-award <@UCY|cy> mentor paired with 3 newcomers")
                .body().contains("Awarded"));
        assertEquals(List.of("mentor"), service().profile("UCY").badges().stream().map(Badge::id).toList());
        assertTrue(t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "badge-revoke <@UCY|cy> mentor by mistake")
                .body().contains("Revoked"));
        assertTrue(service().profile("UCY").badges().isEmpty());
        var actions = t.bot.platform().database().inTransaction(em -> t.bot.platform().audit().recent(em, 10))
                .stream().map(a -> a.action()).toList();
        assertTrue(actions.containsAll(List.of("recognition.contribution", "recognition.award", "recognition.revoke")), "" + actions);

        String profile = t.signed.slashCommand("UBEN", "/profile", "").body();
        assertTrue(profile.contains("Speaker") && profile.contains("Talk: 1"), profile);
        assertTrue(ViewJson.readable(JsonParser.parseString(profile).getAsJsonObject().getAsJsonArray("blocks")
                        .toString()).contains("Talk: <https://youtu.be/talk|KubeCon talk on eBPF>"),
                "what an admin recorded for the member can be seen, by title and link: " + profile);
        assertTrue(t.signed.slashCommand("UCY", "/profile", "<@UBEN|ben>").body().contains("KubeCon talk on eBPF"),
                "by others too");
        assertTrue(t.signed.slashCommand("UBEN", "/profile", "badges").body().contains("first-pr"));
    }

    @Test
    void factsOtherFeaturesRecordEarnBadgesOnTheNextSweep() {
        var facts = new CommunityFacts();
        t.bot.platform().database().runInTransaction(em -> facts.record(em, CommunityFacts.HACKATHON_PARTICIPANT,
                "UDAN", "hackathon:1", "Q1", t.clock.instant()));
        t.bot.features().recognition().badges().sweepFacts(); // the minutely sweep job may have been first; either way the badge is there once
        assertEquals(0, t.bot.features().recognition().badges().sweepFacts(), "once");
        assertEquals(List.of("hacker"), service().profile("UDAN").badges().stream().map(Badge::id).toList());
        t.slack.awaitCall("chat.postMessage", c -> "UDAN".equals(c.param("channel")) && c.param("text").contains("Hacker"), WAIT);
        assertEquals(1, t.slack.dmsTo("UDAN").size());
    }

    static JsonObject memberSelect(String user) {
        JsonObject state = new JsonObject();
        state.addProperty("type", "users_select");
        state.addProperty("selected_user", user);
        JsonObject byAction = new JsonObject();
        byAction.add("value", state);
        return byAction;
    }

    @Test
    void theMonthlySpotlightIsDraftedApprovedAndPostedOnceAcrossRestarts() throws Exception {
        java.time.LocalDate day = t.clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate().plusMonths(1).withDayOfMonth(1);
        while (day.getDayOfWeek().getValue() >= 6) {
            day = day.plusDays(1);
        }
        java.time.Instant firstWorkingDay = day.atTime(9, 0).toInstant(java.time.ZoneOffset.UTC);
        java.time.Instant lastMonth = firstWorkingDay.minus(Duration.ofDays(10));
        github().linkGithub("UANN", "ann");
        github().linkGithub("UBEN", "ben");
        github().recordPullRequest("odigos-io/odigos", 1, "ann", "feat: a", "https://github.com/x/1", List.of(), lastMonth);
        github().recordPullRequest("odigos-io/odigos", 2, "ann", "feat: b", "https://github.com/x/2", List.of(), lastMonth);
        github().recordPullRequest("odigos-io/odigos", 3, "ben", "fix: c", "https://github.com/x/3", List.of(), lastMonth);
        String month = java.time.YearMonth.from(lastMonth.atZone(java.time.ZoneOffset.UTC)).toString();

        Spotlight spotlight = t.bot.features().recognition().spotlight();
        t.clock.advance(Duration.between(t.clock.instant(), firstWorkingDay.minus(Duration.ofDays(1))));
        assertTrue(!spotlight.draftIfDue(), "not on the day before");
        t.clock.advance(Duration.ofDays(1));
        assertTrue(spotlight.draftIfDue());
        assertTrue(!spotlight.draftIfDue(), "drafted once");
        t.slack.awaitCall("chat.postMessage", c -> TestBot.ADMIN.equals(c.param("channel")) && c.param("text").contains("<@UANN>")
                && c.param("blocks") != null && c.param("blocks").contains(Spotlight.APPROVE), WAIT);

        t.signed.interaction(Payloads.clickInMessage(TestBot.ADMIN, "DUADMIN", "1.0", Spotlight.PICK_ANOTHER, month));
        t.slack.awaitCall("chat.postMessage", c -> TestBot.ADMIN.equals(c.param("channel"))
                && c.param("text").contains("Draft") && c.param("text").contains("<@UBEN>"), WAIT);
        t.signed.interaction(Payloads.clickInMessage("UMALLORY", "DUMALLORY", "1.0", Spotlight.APPROVE, month));
        t.slack.awaitCall("chat.postMessage", c -> "UMALLORY".equals(c.param("channel"))
                && c.param("text").contains("Only community admins"), WAIT);

        String db = t.databaseUrl;
        t.close();
        t = TestBot.start(db, settings());
        t.clock.advance(Duration.between(t.clock.instant(), firstWorkingDay.plus(Duration.ofHours(1))));
        spotlight = t.bot.features().recognition().spotlight();
        assertTrue(!spotlight.draftIfDue(), "a restart does not draft the month again");
        t.signed.interaction(Payloads.clickInMessage(TestBot.ADMIN, "DUADMIN", "1.0", Spotlight.APPROVE, month));
        t.slack.awaitCall("chat.postMessage", c -> TestBot.CHANNEL.equals(c.param("channel"))
                && c.param("text").contains("Top Contributor Spotlight") && c.param("text").contains("<@UBEN>"), WAIT);
        assertTrue(!spotlight.post(month, null), "the automatic post finds it already posted");
        t.signed.interaction(Payloads.clickInMessage(TestBot.ADMIN, "DUADMIN", "1.0", Spotlight.APPROVE, month));
        t.slack.awaitCall("chat.postMessage", c -> TestBot.ADMIN.equals(c.param("channel"))
                && c.param("text").contains("already posted"), WAIT);
        assertEquals(1, t.slack.messages(TestBot.CHANNEL).stream()
                .filter(m -> m.text().contains("Top Contributor Spotlight")).count());
        var audited = t.bot.platform().database().inTransaction(em -> t.bot.platform().audit().recent(em, 10))
                .stream().filter(a -> ("spotlight:" + month).equals(a.target())).map(a -> a.action()).toList();
        assertEquals(List.of("spotlight.approve", "spotlight.pick_another"), audited,
                "the admins' decisions are audited once each; the refused second approval records nothing");

        String board = t.signed.slashCommand("UCY", "/leaderboard", "all").body();
        assertTrue(board.indexOf("UANN") < board.indexOf("UBEN") && board.contains("16 points"), board);
    }

    @Test
    void championsAreProposedByTheRubricNominatedByOthersAndConfirmedByAnAdmin() {
        Champions champions = t.bot.features().recognition().champions();
        github().linkGithub("UANN", "ann");
        java.time.Instant now = t.clock.instant();
        for (int monthsAgo : new int[] {0, 1, 2}) {
            github().recordPullRequest("odigos-io/odigos", 10 + monthsAgo, "ann", "feat: " + monthsAgo,
                    "https://github.com/x/" + monthsAgo, List.of(), now.minus(Duration.ofDays(31L * monthsAgo)));
        }
        assertTrue(champions.meetingRubric().isEmpty(), "active three months, but no mentoring, organising or tutorial");
        service().recordManual(TestBot.ADMIN, "UANN", ContributionKind.MENTORING, "Paired with two newcomers", null);
        assertEquals(List.of("UANN"), champions.meetingRubric());
        assertEquals(1, champions.propose());
        t.slack.awaitCall("chat.postMessage", c -> TestBot.ADMIN.equals(c.param("channel"))
                && c.param("text").contains("meets the Champions rubric") && c.param("blocks").contains(Champions.CONFIRM), WAIT);

        assertTrue(t.signed.slashCommand("UBEN", "/champions", "nominate <@UBEN|ben> I am great").body()
                .contains("nominated by others"), "no self-nomination");
        assertTrue(t.signed.slashCommand("UANN", "/champions", "nominate <@UBEN|ben> runs our meetup").body()
                .contains("Thank you"));
        assertTrue(t.signed.slashCommand("UANN", "/champions", "nominate <@UBEN|ben> again").body()
                .contains("already nominated"));

        t.signed.interaction(Payloads.clickInMessage("UBEN", "DUBEN", "1.0", Champions.CONFIRM, "UBEN"));
        t.slack.awaitCall("chat.postMessage", c -> "UBEN".equals(c.param("channel"))
                && c.param("text").contains("Only community admins"), WAIT);
        t.signed.interaction(Payloads.clickInMessage(TestBot.ADMIN, "DUADMIN", "1.0", Champions.CONFIRM, "UANN"));
        t.slack.awaitCall("chat.postMessage", c -> TestBot.CHANNEL.equals(c.param("channel"))
                && c.param("text").contains("newest *Odigos Champion*: <@UANN>"), WAIT);
        assertTrue(champions.meetingRubric().isEmpty(), "a Champion is not proposed again");
        String list = t.signed.slashCommand("UCY", "/champions", "").body();
        assertTrue(list.contains("UANN") && list.contains("rubric"), list);
        String profile = t.signed.slashCommand("UANN", "/profile", "").body();
        assertTrue(profile.contains("Odigos Champion"), profile);
    }
}
