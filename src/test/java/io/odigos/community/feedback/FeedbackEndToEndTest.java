package io.odigos.community.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.odigos.community.local.EmulatedMessage;
import io.odigos.community.testing.BotJourneys;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A member's whole journey through feedback, driven by signed requests against the emulator. */
class FeedbackEndToEndTest extends BotJourneys {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final String ALICE = "UALICE";


    JsonObject openFeedbackModal(String user, String text) {
        t.slack.clear();
        HttpResponse<String> r = t.signed.slashCommand(user, "/feedback", text);
        assertEquals(200, r.statusCode(), r.body());
        t.slack.awaitCall("views.open", WAIT);
        return t.slack.lastOpenedView();
    }

    /** Submits a feature request through the modal and returns the channel post the bot made for it. */
    EmulatedMessage submitFeature(String user, String title) {
        JsonObject modal = openFeedbackModal(user, "");
        HttpResponse<String> r = t.signed.interaction(Payloads.submit(user, modal,
                Map.of("title", title, "problem", "Traces from my Go service are missing spans.")));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().isEmpty() || !r.body().contains("errors"), r.body());
        return awaitPost(title);
    }

    EmulatedMessage awaitPost(String containing) {
        t.slack.awaitCall("chat.postMessage", c -> t.slack.messages(TestBot.CHANNEL).stream()
                .anyMatch(m -> m.visibleText().contains(containing)), WAIT);
        return t.slack.messages(TestBot.CHANNEL).stream().filter(m -> m.visibleText().contains(containing))
                .findFirst().orElseThrow();
    }

    void awaitPostShows(EmulatedMessage post, String text) {
        java.util.function.BooleanSupplier shows = () ->
                t.slack.message(post.channel(), post.ts()).visibleText().contains(text);
        if (!shows.getAsBoolean()) {
            t.slack.awaitCall("chat.update", c -> shows.getAsBoolean(), WAIT);
        }
    }

    long itemIdOf(EmulatedMessage post) {
        String text = post.visibleText();
        int hash = text.indexOf('#');
        return Long.parseLong(text.substring(hash + 1).split("\\D", 2)[0]);
    }

    @Test
    void featureRequestModalAsksForTheProblemAndRefusesBadInputFieldByField() {
        JsonObject modal = openFeedbackModal(ALICE, "");
        assertEquals("feedback_submit", modal.get("callback_id").getAsString());
        String json = modal.toString();
        assertTrue(json.contains("\"block_id\":\"title\"") && json.contains("\"block_id\":\"problem\""), json);

        HttpResponse<String> empty = t.signed.interaction(Payloads.submit(ALICE, modal, Map.of()));
        JsonObject errors = JsonParser.parseString(empty.body()).getAsJsonObject().getAsJsonObject("errors");
        assertTrue(errors.has("title") && errors.has("problem"), empty.body());

        HttpResponse<String> ping = t.signed.interaction(Payloads.submit(ALICE, modal,
                Map.of("title", "Hey <!channel> look", "problem", "x")));
        assertTrue(JsonParser.parseString(ping.body()).getAsJsonObject().getAsJsonObject("errors").get("title")
                .getAsString().contains("@channel"), ping.body());

        assertTrue(t.bot.features().feedback().service().list(Listing.NEWEST, ALICE, null, 10).isEmpty(),
                "refused submissions must store nothing");
    }

    @Test
    void bugReportAsksWhatAMaintainerNeeds() {
        JsonObject modal = openFeedbackModal(ALICE, "bug");
        String json = modal.toString();
        for (String field : List.of("odigos_version", "k8s_distribution", "k8s_version", "language", "steps",
                "expected", "actual")) {
            assertTrue(json.contains("\"block_id\":\"" + field + "\""), field + " missing from " + json);
        }
        HttpResponse<String> r = t.signed.interaction(Payloads.submit(ALICE, modal, Map.of(
                "title", "Java agent crashes on startup", "odigos_version", "v1.0.150", "k8s_distribution", "EKS",
                "k8s_version", "1.30", "language", "Java", "steps", "Install, instrument a Spring app",
                "expected", "Spans", "actual", "CrashLoopBackOff")));
        assertEquals(200, r.statusCode());
        EmulatedMessage post = awaitPost("Java agent crashes on startup");
        assertTrue(post.visibleText().contains("CrashLoopBackOff") && post.visibleText().contains("EKS"));
        assertTrue(post.blocks().toString().contains("labels=bug"), "GitHub link is prefilled as a bug");
    }

    @Test
    void submissionIsPostedWithVoteButtonConfirmedToAuthorAndCountsVotesInPlace() {
        EmulatedMessage post = submitFeature(ALICE, "Support Ruby auto-instrumentation");
        String blocks = post.blocks().toString();
        assertTrue(blocks.contains(FeedbackViews.VOTE) && blocks.contains("0 votes"), blocks);
        assertTrue(blocks.contains("github.com/odigos-io/odigos/issues/new"), blocks);
        t.slack.awaitCall("chat.postMessage", c -> c.param("channel").equals(ALICE), WAIT);
        assertTrue(t.slack.dmsTo(ALICE).get(0).text().contains("Support Ruby auto-instrumentation"));

        String id = Long.toString(itemIdOf(post));
        for (String voter : List.of("UB1", "UB2", "UB3")) {
            t.signed.interaction(Payloads.clickInMessage(voter, post.channel(), post.ts(), FeedbackViews.VOTE, id));
        }
        awaitPostShows(post, "3 votes");
        t.signed.interaction(Payloads.clickInMessage("UB2", post.channel(), post.ts(), FeedbackViews.UNVOTE, id));
        awaitPostShows(post, "2 votes");
        t.signed.interaction(Payloads.clickInMessage("UB1", post.channel(), post.ts(), FeedbackViews.VOTE, id));
        assertEquals(2, t.bot.features().feedback().service().find(Long.parseLong(id)).orElseThrow().voteCount(),
                "voting twice counts once");
    }

    @Test
    void statusChangeClosesTheLoopWithAuthorAndVoters() {
        EmulatedMessage post = submitFeature(ALICE, "eBPF support for Rust");
        long id = itemIdOf(post);
        for (String voter : List.of("UV1", "UV2", "UV3")) {
            t.signed.interaction(Payloads.clickInMessage(voter, post.channel(), post.ts(), FeedbackViews.VOTE, "" + id));
        }
        HttpResponse<String> refused = t.signed.slashCommand("UV1", "/community-admin", "status " + id + " shipped");
        assertTrue(refused.body().contains("Only community admins"), refused.body());
        assertEquals(FeedbackStatus.NEW, t.bot.features().feedback().service().find(id).orElseThrow().status());
        HttpResponse<String> duplicate = t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "status " + id + " duplicate");
        assertTrue(duplicate.body().contains("To mark a duplicate, merge it: `/community-admin merge "), duplicate.body());

        HttpResponse<String> done = t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "status " + id + " shipped");
        assertTrue(done.body().contains("Shipped"), done.body());
        for (String member : List.of(ALICE, "UV1", "UV2", "UV3")) {
            t.slack.awaitCall("chat.postMessage", c -> c.param("channel").equals(member)
                    && c.param("text").contains("Shipped"), WAIT);
        }
        FeedbackItem shipped = t.bot.features().feedback().service().find(id).orElseThrow();
        assertTrue(shipped.communityVoted(), "3 votes meet the test threshold of 3");
        awaitPostShows(post, "Shipped");
        assertFalse(t.slack.message(post.channel(), post.ts()).blocks().toString().contains(FeedbackViews.VOTE),
                "a shipped item takes no votes");

        HttpResponse<String> roadmap = t.signed.slashCommand(ALICE, "/roadmap", "");
        assertTrue(roadmap.body().contains("eBPF support for Rust") && roadmap.body().contains(":star:"), roadmap.body());
    }

    @Test
    void mergeMovesVotesWithoutDoubleCountingAndTellsTheDuplicatesVoters() {
        EmulatedMessage original = submitFeature(ALICE, "Export to Grafana Tempo");
        EmulatedMessage duplicate = submitFeature("UBOB", "Tempo exporter please");
        long orig = itemIdOf(original);
        long dup = itemIdOf(duplicate);
        t.signed.interaction(Payloads.clickInMessage("UX", original.channel(), original.ts(), FeedbackViews.VOTE, "" + orig));
        t.signed.interaction(Payloads.clickInMessage("UX", duplicate.channel(), duplicate.ts(), FeedbackViews.VOTE, "" + dup));
        t.signed.interaction(Payloads.clickInMessage("UY", duplicate.channel(), duplicate.ts(), FeedbackViews.VOTE, "" + dup));

        HttpResponse<String> r = t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "merge " + dup + " " + orig);
        assertTrue(r.body().contains("2 votes"), r.body());
        t.slack.awaitCall("chat.postMessage", c -> c.param("channel").equals("UY")
                && c.param("text").contains("merged into #" + orig), WAIT);
        t.slack.awaitCall("chat.postMessage", c -> c.param("channel").equals("UBOB")
                && c.param("text").contains("merged into #" + orig), WAIT);
        awaitPostShows(duplicate, "Merged into #" + orig);

        HttpResponse<String> stale = t.signed.interaction(
                Payloads.clickInMessage("UZ", duplicate.channel(), duplicate.ts(), FeedbackViews.VOTE, "" + dup));
        assertEquals(200, stale.statusCode());
        t.slack.awaitCall("chat.postEphemeral", c -> c.param("user").equals("UZ")
                && c.param("text").contains("merged into #" + orig), WAIT);
        assertEquals(2, t.bot.features().feedback().service().find(orig).orElseThrow().voteCount());
    }

    @Test
    void adminsHideRestoreAndRetitleAndEveryActionIsAudited() {
        EmulatedMessage post = submitFeature(ALICE, "Dashboards for Node.js");
        long id = itemIdOf(post);
        assertTrue(t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "retitle " + id + " <!here> now")
                .body().contains("@here"));
        assertTrue(t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "retitle " + id + " Node.js dashboards")
                .body().contains("Node.js dashboards"));
        assertTrue(t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "hide " + id).body().contains("hidden"));
        awaitPostShows(post, "removed by a moderator");
        assertTrue(t.bot.features().feedback().service().list(Listing.NEWEST, ALICE, null, 10).isEmpty());
        assertTrue(t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "restore " + id).body().contains("visible"));
        awaitPostShows(post, "Node.js dashboards");

        var audit = t.bot.platform().database().inTransaction(em -> t.bot.platform().audit().recent(em, 10));
        assertEquals(List.of("feedback.restore", "feedback.hide", "feedback.retitle"),
                audit.stream().map(a -> a.action()).toList());
        assertTrue(audit.stream().allMatch(a -> a.actorId().equals(TestBot.ADMIN) && a.occurredAt() != null));
        assertTrue(t.signed.slashCommand("UNOBODY", "/community-admin", "hide " + id).body().contains("Only community admins"));
    }

    @Test
    void browsingListsRequestsAndVotingInTheListUpdatesIt() {
        submitFeature(ALICE, "OpenTelemetry collector autoscaling");
        submitFeature(ALICE, "Python 3.13 support");
        t.slack.clear();
        t.signed.slashCommand("UCAROL", "/requests", "search python");
        t.slack.awaitCall("views.open", WAIT);
        JsonObject list = t.slack.lastOpenedView();
        assertTrue(list.toString().contains("Python 3.13 support"));
        assertFalse(list.toString().contains("collector autoscaling"), "search narrows the list");

        String id = list.toString().replaceAll(".*#(\\d+) Python.*", "$1");
        t.signed.interaction(Payloads.clickInView("UCAROL", list, FeedbackViews.VOTE, id));
        t.slack.awaitCall("views.update", c -> c.param("view").contains("you voted"), WAIT);

        t.signed.event(Payloads.appHomeOpened("UCAROL"));
        t.slack.awaitCall("views.publish", WAIT);
        String home = t.slack.homeOf("UCAROL").toString();
        assertTrue(home.contains("Your requests and votes") && home.contains("Python 3.13 support")
                && home.contains("Top requests") && home.contains("you voted"), home);
    }

    @Test
    void messageShortcutPrefillsTheModalFromTheMessage() {
        t.slack.clear();
        t.signed.interaction(Payloads.messageShortcut(ALICE, FeedbackListeners.MESSAGE_SHORTCUT, "C0GENERAL",
                "1700000000.000200", "Would love PHP support\nWe run Laravel in prod"));
        t.slack.awaitCall("views.open", WAIT);
        JsonObject modal = t.slack.lastOpenedView();
        assertTrue(modal.toString().contains("Would love PHP support") && modal.toString().contains("Laravel"),
                modal.toString());
        t.signed.interaction(Payloads.submit(ALICE, modal, Map.of("title", "PHP support",
                "problem", "We run Laravel in prod")));
        EmulatedMessage post = awaitPost("PHP support");
        assertNotNull(post);
        assertTrue(post.blocks().toString().contains("from this conversation"));
    }
}
