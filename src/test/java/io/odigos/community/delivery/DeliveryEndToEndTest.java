package io.odigos.community.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.feedback.FeedbackField;
import io.odigos.community.feedback.FeedbackItem;
import io.odigos.community.feedback.FeedbackKind;
import io.odigos.community.feedback.FeedbackSource;
import io.odigos.community.feedback.FeedbackSubmission;
import io.odigos.community.feedback.FeedbackViews;
import io.odigos.community.local.EmulatedMessage;
import io.odigos.community.local.EmulatorCall;
import io.odigos.community.testing.Eventually;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Slack pushes back (rate limits answered both ways, server errors, refusals for good) and the bot still delivers
 * every message it promised exactly once, keeps the hopeless ones for admins, and survives a restart mid-backoff.
 * Everything goes through the real endpoint, outbox and SDK against the emulator.
 */
class DeliveryEndToEndTest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String AUTHOR = "UAUTHOR";

    TestBot t;

    /** A fresh database for a bot, and what a bot needs to reach it; the PostgreSQL run overrides both. */
    protected String newDatabase() throws Exception {
        return "jdbc:h2:mem:delivery-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    protected Map<String, String> databaseSettings() {
        return Map.of();
    }

    TestBot start(String database, Map<String, String> extra) throws Exception {
        Map<String, String> settings = new HashMap<>(databaseSettings());
        settings.putAll(extra);
        return TestBot.start(database, settings);
    }

    @AfterEach
    void stop() {
        if (t != null) {
            t.close();
        }
    }

    FeedbackItem submit(String title) {
        return t.bot.features().feedback().service().submit(new FeedbackSubmission(FeedbackKind.FEATURE,
                Map.of(FeedbackField.TITLE, title, FeedbackField.PROBLEM, "It would help everyone")),
                AUTHOR, FeedbackSource.SLASH_COMMAND, null);
    }

    EmulatedMessage awaitPost(String title) {
        Eventually.holds("the channel post of " + title, WAIT, () -> postsOf(title).size() == 1);
        return postsOf(title).get(0);
    }

    List<EmulatedMessage> postsOf(String title) {
        return t.slack.messages(TestBot.CHANNEL).stream().filter(m -> m.visibleText().contains(title)).toList();
    }

    List<EmulatedMessage> dmsContaining(String member, String text) {
        return t.slack.dmsTo(member).stream().filter(m -> m.text().contains(text)).toList();
    }

    String admin(String line) {
        return t.bot.platform().admin().answer(TestBot.ADMIN, line, null);
    }

    @Test
    void aChannelPostAndADmAnsweredRatelimitedOrInternalErrorAreDeliveredOnce() throws Exception {
        t = start(newDatabase(), Map.of());
        t.slack.failNext("chat.postMessage", "ratelimited");
        t.slack.failNext("chat.postMessage", "internal_error");
        t.slack.failNext("chat.postMessage", "fatal_error");
        t.slack.failNext("chat.postMessage", "service_unavailable");
        FeedbackItem item = submit("Profiles next to traces");
        awaitPost("Profiles next to traces");
        Eventually.holds("the author's confirmation", WAIT, () -> dmsContaining(AUTHOR, "#" + item.id()).size() == 1);
        Eventually.holds("nothing left to send", WAIT, () -> t.bot.platform().outbox().pending() == 0);
        assertEquals(1, postsOf("Profiles next to traces").size());
        assertEquals(1, dmsContaining(AUTHOR, "#" + item.id()).size());
        assertTrue(t.slack.calls("chat.postMessage").size() >= 6, "four refusals, then the post and the DM");
    }

    /**
     * Random members submit through the modal, vote and watch their requests change status, while Slack answers a
     * third of the posts, updates and ephemerals with a random fault. Every channel post, confirmation and status DM
     * still arrives exactly once, and every post ends up showing its votes.
     */
    @Test
    void randomRequestsUnderRandomFaultsDeliverEveryPostAndDmExactlyOnce() throws Exception {
        t = start(newDatabase(), Map.of());
        long seed = System.nanoTime();
        java.util.Random random = new java.util.Random(seed);
        String run = "seed " + seed;
        t.slack.randomFaults(seed, 0.3, java.util.Set.of("chat.postMessage", "chat.update", "chat.postEphemeral"));
        List<String> statuses = List.of("under-review", "planned", "in-progress");
        Map<Long, String> authorOf = new java.util.LinkedHashMap<>();
        Map<Long, java.util.Set<String>> votersOf = new HashMap<>();
        Map<Long, String> statusOf = new HashMap<>();
        Map<Long, String> titleOf = new HashMap<>();
        Map<String, Integer> statusDmsExpected = new HashMap<>(); // "member|#id|status" -> count
        for (int step = 0; step < 36; step++) {
            int choice = authorOf.isEmpty() ? 0 : random.nextInt(10);
            if (choice < 3) {
                String author = "UCHAOS" + random.nextInt(6);
                String title = String.format("Chaos %02d request", step);
                long id = submitThroughModal(author, title);
                titleOf.put(id, title);
                authorOf.put(id, author);
                votersOf.put(id, new java.util.HashSet<>());
                statusOf.put(id, "new");
            } else if (choice < 8) {
                long id = List.copyOf(authorOf.keySet()).get(random.nextInt(authorOf.size()));
                String voter = "UVOTER" + random.nextInt(12);
                assertEquals(200, t.signed.interaction(Payloads.clickInMessage(voter, TestBot.CHANNEL, "1.0",
                        FeedbackViews.VOTE, Long.toString(id))).statusCode(), run);
                votersOf.get(id).add(voter);
            } else {
                long id = List.copyOf(authorOf.keySet()).get(random.nextInt(authorOf.size()));
                String status = statuses.get(random.nextInt(statuses.size()));
                if (status.equals(statusOf.get(id))) {
                    continue;
                }
                assertTrue(admin("status " + id + " " + status).contains("is now"), run);
                statusOf.put(id, status);
                java.util.Set<String> told = new java.util.HashSet<>(votersOf.get(id));
                told.add(authorOf.get(id));
                String shown = "to *" + status.replace('-', ' ') + "*";
                told.forEach(m -> statusDmsExpected.merge(m + "|#" + id + " |" + shown, 1, Integer::sum));
            }
        }
        Eventually.holds("everything is delivered (" + run + ")", Duration.ofSeconds(90), () ->
                t.bot.platform().outbox().pending() == 0 && t.bot.platform().database().inTransaction(em ->
                        em.createQuery("select count(i) from FeedbackItem i where i.postDirty = true", Long.class)
                                .getSingleResult()) == 0);
        assertEquals(0, t.bot.platform().outbox().status(0).undeliverable(), run);
        for (Map.Entry<Long, String> item : authorOf.entrySet()) {
            long id = item.getKey();
            List<EmulatedMessage> posts = t.slack.messages(TestBot.CHANNEL).stream()
                    .filter(m -> m.visibleText().contains(titleOf.get(id))).toList();
            assertEquals(1, posts.size(), "channel posts of #" + id + ", " + run);
            int votes = votersOf.get(id).size();
            assertTrue(posts.get(0).visibleText().contains(votes + (votes == 1 ? " vote" : " votes")),
                    "#" + id + " shows " + votes + " votes, " + run + ": " + posts.get(0).visibleText());
            assertEquals(1, dmsContaining(item.getValue(), "#" + id + " ").stream()
                    .filter(m -> m.text().contains("Thanks!")).count(), "confirmation of #" + id + ", " + run);
        }
        for (Map.Entry<String, Integer> expected : statusDmsExpected.entrySet()) {
            String[] key = expected.getKey().split("\\|");
            assertEquals((long) expected.getValue(), t.slack.dmsTo(key[0]).stream()
                    .filter(m -> m.text().contains(key[1]) && m.text().contains(key[2])).count(), key[0] + " " + key[1]
                    + key[2] + ", " + run);
        }
        assertEquals(List.of(), t.slack.callsInsideRetryAfter("chat.postMessage", Duration.ofMillis(300)), run);
    }

    /** The member's /feedback modal, filled in and submitted through the signed endpoint; answers the new item's id. */
    long submitThroughModal(String member, String title) {
        int opened = t.slack.calls("views.open").size();
        assertEquals(200, t.signed.slashCommand(member, "/feedback", "").statusCode());
        Eventually.holds("the modal opens", WAIT, () -> t.slack.calls("views.open").size() > opened);
        HttpResponse<String> r = t.signed.interaction(Payloads.submit(member, t.slack.lastOpenedView(),
                Map.of("title", title, "problem", "Found while testing under faults")));
        assertEquals(200, r.statusCode(), r.body());
        return t.bot.features().feedback().service().list(io.odigos.community.feedback.Listing.NEWEST, member, null, 100).stream()
                .filter(i -> i.title().equals(title)).findFirst().orElseThrow().id();
    }

    @Test
    void serverErrorsAndConnectionResetsAreTriedAgainUntilDelivered() throws Exception {
        t = start(newDatabase(), Map.of());
        t.slack.serverErrorNext("chat.postMessage", 503);
        t.slack.resetNext("chat.postMessage");
        t.slack.serverErrorNext("chat.postMessage", 500);
        FeedbackItem item = submit("Go 1.24 support");
        awaitPost("Go 1.24 support");
        Eventually.holds("the author's confirmation", WAIT, () -> dmsContaining(AUTHOR, "#" + item.id()).size() == 1);
        Eventually.holds("nothing left to send", WAIT, () -> t.bot.platform().outbox().pending() == 0);
        assertEquals(1, postsOf("Go 1.24 support").size());
        assertEquals(2, t.slack.count("chat.postMessage", EmulatorCall.Outcome.SERVER_ERROR));
        assertTrue(t.slack.count("chat.postMessage", EmulatorCall.Outcome.RESET) >= 1);
        assertEquals(2, t.slack.appliedCount("chat.postMessage"));
    }

    @Test
    void anUrgentMessageQueuedDuringAFanOutReachesSlackWithinFiveSeconds() throws Exception {
        t = start(newDatabase(), Map.of("SLACK_POSTS_PER_MINUTE", "600"));
        t.slack.enforceLimits(io.odigos.community.local.RateLimits.slack()
                .withPerMinute("chat.postMessage", 600, 10));
        FeedbackItem item = submit("Fan-out target");
        EmulatedMessage post = awaitPost("Fan-out target");
        int voters = 100;
        for (int i = 0; i < voters; i++) {
            t.signed.interaction(Payloads.clickInMessage("UFAN" + i, post.channel(), post.ts(), FeedbackViews.VOTE,
                    Long.toString(item.id())));
        }
        Eventually.holds("the confirmation went out", WAIT, () -> t.bot.platform().outbox().pending() == 0);
        admin("status " + item.id() + " in-progress");
        Eventually.holds("the fan-out is under way", WAIT, () -> t.slack.dmsTo("UFAN0").size() == 1);

        java.time.Instant queued = java.time.Instant.now();
        FeedbackItem urgent = submit("Queued in the middle");
        EmulatorCall confirmation = t.slack.awaitCall("chat.postMessage", c -> c.applied()
                && AUTHOR.equals(c.param("channel")) && c.param("text").contains("#" + urgent.id()), WAIT);
        long bulkLeft = t.bot.platform().outbox().status(0).bulkPending();
        assertTrue(Duration.between(queued, confirmation.at()).compareTo(Duration.ofSeconds(5)) < 0,
                "confirmation after " + Duration.between(queued, confirmation.at()));
        assertTrue(bulkLeft > 10, "the fan-out was still running: " + bulkLeft + " left");
        Eventually.holds("every voter hears", Duration.ofSeconds(60),
                () -> t.bot.platform().outbox().pending() == 0);
        for (int i = 0; i < voters; i++) {
            assertEquals(1, dmsContaining("UFAN" + i, "*in progress*").size(), "UFAN" + i);
        }
        assertEquals(List.of(), t.slack.callsInsideRetryAfter("chat.postMessage"));
    }

    @Test
    void noPostMessageCallGoesOutWhileARetryAfterRuns() throws Exception {
        t = start(newDatabase(), Map.of());
        FeedbackItem item = submit("Sampling by tenant");
        EmulatedMessage post = awaitPost("Sampling by tenant");
        for (String voter : List.of("UV1", "UV2", "UV3", "UV4", "UV5")) {
            t.signed.interaction(Payloads.clickInMessage(voter, post.channel(), post.ts(), FeedbackViews.VOTE,
                    Long.toString(item.id())));
        }
        Eventually.holds("the confirmation went out first", WAIT, () -> t.bot.platform().outbox().pending() == 0);
        t.slack.clear();
        t.slack.rateLimitNext("chat.postMessage", 2);
        assertTrue(admin("status " + item.id() + " planned").contains("Planned"));
        for (String voter : List.of("UV1", "UV2", "UV3", "UV4", "UV5")) {
            Eventually.holds(voter + " hears of it", WAIT, () -> dmsContaining(voter, "*planned*").size() == 1);
        }
        assertEquals(1, t.slack.retryAfterWindows().size());
        assertEquals(List.of(), t.slack.callsInsideRetryAfter("chat.postMessage"), "calls inside the Retry-After");
        assertEquals(1, dmsContaining(AUTHOR, "*planned*").size());
    }

    @Test
    void aDmSlackRefusesForGoodIsKeptShownToAdminsOnceAndSentAgainOnRequest() throws Exception {
        t = start(newDatabase(), Map.of());
        FeedbackItem item = submit("OTLP over HTTP/JSON");
        awaitPost("OTLP over HTTP/JSON");
        Eventually.holds("the confirmation went out", WAIT, () -> t.bot.platform().outbox().pending() == 0);
        t.slack.failNext("chat.postMessage", "account_inactive");
        admin("status " + item.id() + " planned");
        Eventually.holds("the DM is kept as undeliverable", WAIT,
                () -> t.bot.platform().outbox().status(5).undeliverable() == 1);
        assertEquals(0, t.bot.platform().outbox().pending(), "nothing is retried");

        String report = admin("outbox");
        assertTrue(report.contains("Undeliverable: 1") && report.contains("account_inactive")
                && report.contains("<@" + AUTHOR + ">"), report);
        String ref = t.bot.platform().outbox().status(5).latestUndeliverable().get(0).ref();
        assertTrue(report.contains("`" + ref + "`"), report);
        assertTrue(t.bot.platform().admin().answer("UNOTADMIN", "outbox", null).contains("Only community admins"));
        assertTrue(t.bot.platform().admin().answer("UNOTADMIN", "outbox resend all", null).contains("Only community admins"));

        assertEquals(1, t.bot.features().delivery().checkNow(), "one DM to the one admin");
        Eventually.holds("the admin is told", WAIT, () -> dmsContaining(TestBot.ADMIN, "account_inactive").size() == 1);
        assertEquals(0, t.bot.features().delivery().checkNow(), "the same problem is not told twice");

        assertTrue(admin("outbox resend outbox:999999").contains("no undeliverable message"));
        assertTrue(admin("outbox resend " + ref).contains("goes to Slack again"));
        Eventually.holds("the author gets it now", WAIT, () -> dmsContaining(AUTHOR, "*planned*").size() == 1);
        assertEquals(0, t.bot.platform().outbox().status(5).undeliverable());
        assertEquals(1L, (long) t.bot.platform().database().inTransaction(em -> em.createQuery(
                "select count(a) from AuditEntry a where a.action = 'delivery.resend'", Long.class).getSingleResult()));
    }

    @Test
    void aLiveChannelPostRefusedForGoodIsKeptAndPostedWhenSentAgain() throws Exception {
        t = start(newDatabase(), Map.of());
        // the author's confirmation and the channel post race for Slack: both are refused
        t.slack.failNext("chat.postMessage", "not_in_channel");
        t.slack.failNext("chat.postMessage", "not_in_channel");
        FeedbackItem item = submit("eBPF on ARM nodes");
        Eventually.holds("the post is kept as undeliverable", WAIT,
                () -> t.bot.platform().outbox().status(5).latestUndeliverable().stream()
                        .anyMatch(u -> u.ref().equals("post:" + item.id()) && u.reason().equals("not_in_channel")));
        Eventually.holds("the DM too", WAIT, () -> t.bot.platform().outbox().status(5).undeliverable() == 2);
        assertTrue(postsOf("eBPF on ARM nodes").isEmpty());
        String report = admin("outbox");
        assertTrue(report.contains("post:" + item.id()), report);
        assertTrue(admin("outbox resend all").contains("2 undeliverable messages go"));
        awaitPost("eBPF on ARM nodes");
        Eventually.holds("the confirmation too", WAIT, () -> dmsContaining(AUTHOR, "#" + item.id()).size() == 1);
        assertEquals(0, t.bot.platform().outbox().status(5).undeliverable());
    }

    @Test
    void aRestartInTheMiddleOfABackoffLosesNothing() throws Exception {
        String database = newDatabase();
        long itemId;
        try (TestBot first = start(database, Map.of())) {
            t = first;
            FeedbackItem item = submit("Kafka destination");
            itemId = item.id();
            awaitPost("Kafka destination");
            Eventually.holds("the confirmation went out", WAIT, () -> first.bot.platform().outbox().pending() == 0);
            first.slack.rateLimitNext("chat.postMessage", 60);
            admin("status " + itemId + " shipped");
            first.slack.awaitCall("chat.postMessage", EmulatorCall::rateLimited, WAIT);
            assertEquals(1, first.bot.platform().outbox().pending());
        }
        t = start(database, Map.of());
        // the minute Slack asked for is kept across the restart; let it pass
        t.bot.platform().database().runInTransaction(em -> em.createQuery("update OutboxEntry o set o.notBefore = :now")
                .setParameter("now", java.time.Instant.now()).executeUpdate());
        t.bot.platform().outbox().wake();
        Eventually.holds("the author hears of it after the restart", WAIT,
                () -> t.slack.dmsTo(AUTHOR).stream().anyMatch(m -> m.text().contains("Shipped")));
        Eventually.holds("nothing is left", WAIT, () -> t.bot.platform().outbox().pending() == 0);
    }

    @Test
    void aFilePromisedToAnAdminSurvivesARateLimitAndARestart() throws Exception {
        String database = newDatabase();
        try (TestBot first = start(database, Map.of())) {
            t = first;
            first.slack.rateLimitNext("conversations.open", 2);
            assertTrue(admin("export csv feedback_items").contains("Exporting"));
            first.slack.awaitCall("conversations.open", EmulatorCall::rateLimited, WAIT);
            assertTrue(first.slack.uploadedFiles().isEmpty());
        }
        t = start(database, Map.of());
        Eventually.holds("the export arrives from the restarted bot", WAIT, () -> t.slack.uploadedFiles().size() == 1);
        var file = t.slack.uploadedFiles().get(0);
        assertEquals("D" + TestBot.ADMIN, file.channel());
        assertTrue(new String(file.bytes(), java.nio.charset.StandardCharsets.UTF_8).contains("title"), "the CSV header");
    }

    @Test
    void healthShowsTheBacklogAndStays200() throws Exception {
        t = start(newDatabase(), Map.of());
        t.slack.rateLimitNext("chat.postMessage", 30);
        submit("Backlog probe");
        t.slack.awaitCall("chat.postMessage", EmulatorCall::rateLimited, WAIT);
        Eventually.holds("a message waits", WAIT, () -> t.bot.platform().outbox().pending() >= 1);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + t.bot.port() + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"outbox\":{\"pending\":") && r.body().contains("\"undeliverable\":0"), r.body());
        assertTrue(!r.body().contains("\"pending\":0"), r.body());
    }
}
