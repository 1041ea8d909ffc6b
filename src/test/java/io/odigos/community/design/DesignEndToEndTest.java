package io.odigos.community.design;

import static io.odigos.community.testing.ModalAnswers.assertAccepted;
import static io.odigos.community.testing.ModalAnswers.assertRefusedUnder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.odigos.community.local.EmulatedMessage;
import io.odigos.community.testing.Eventually;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import io.odigos.community.testing.ViewJson;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A design document's whole life through signed requests: opened (bad inputs refused under their fields), announced,
 * +1 and Concern, written feedback, the final comment period once, the close, the outcome once to everyone who took
 * part, the digest, and the admins' subcommands.
 */
class DesignEndToEndTest extends DesignJourneys {

    static final String TITLE = "Per-workload sampling rules";

    @BeforeEach
    void members() {
        people();
    }

    Map<String, String> valid() {
        return new HashMap<>(Map.of(DesignDraft.TITLE, TITLE, DesignDraft.LINK, "https://docs.google.com/document/d/abc",
                DesignDraft.SUMMARY, "Rules per workload.", DesignDraft.QUESTIONS, "Does this fit your setup?"));
    }

    @Test
    void openingRefusesEachBadInputUnderItsFieldAndStoresNothing() {
        JsonObject form = form(AUTHOR, "open");
        assertEquals(DesignForm.OPEN_CALLBACK, form.get("callback_id").getAsString());
        assertEquals("url_text_input", io.odigos.community.testing.ModalAnswers.element(form, DesignDraft.LINK)
                .get("type").getAsString(), "the link is Slack's URL input");
        assertEquals("14", io.odigos.community.testing.ModalAnswers.element(form, DesignDraft.WINDOW_DAYS)
                .get("initial_value").getAsString(), "14 days unless the member says otherwise");

        Map<String, String> badLink = valid();
        badLink.put(DesignDraft.LINK, "javascript:alert(1)");
        assertTrue(assertRefusedUnder(submit(AUTHOR, form, badLink), form, DesignDraft.LINK).contains("https://"));

        Map<String, String> noQuestions = valid();
        noQuestions.put(DesignDraft.QUESTIONS, " \n \n");
        assertRefusedUnder(submit(AUTHOR, form, noQuestions), form, DesignDraft.QUESTIONS);

        Map<String, String> sixQuestions = valid();
        sixQuestions.put(DesignDraft.QUESTIONS, "a?\nb?\nc?\nd?\ne?\nf?");
        assertTrue(assertRefusedUnder(submit(AUTHOR, form, sixQuestions), form, DesignDraft.QUESTIONS).contains("5"));

        Map<String, String> past = valid();
        past.put(DesignDraft.CLOSES_ON, LocalDate.ofInstant(t.clock.instant(), ZoneOffset.UTC).minusDays(1).toString());
        assertTrue(assertRefusedUnder(submit(AUTHOR, form, past), form, DesignDraft.CLOSES_ON).contains("passed"));

        Map<String, String> broadcast = valid();
        broadcast.put(DesignDraft.TITLE, "Look <!channel>");
        assertTrue(assertRefusedUnder(submit(AUTHOR, form, broadcast), form, DesignDraft.TITLE).contains("@channel"));

        Map<String, String> tooLong = valid();
        tooLong.put(DesignDraft.WINDOW_DAYS, "90"); // Slack's client would refuse it; a crafted request is refused too
        assertRefusedUnder(t.signed.interaction(Payloads.submit(AUTHOR, form, tooLong)), form, DesignDraft.WINDOW_DAYS);

        assertTrue(design().documents().open(10).isEmpty(), "refused forms store nothing");
    }

    @Test
    void aBannedMemberCannotOpenADocument() {
        admin(TestBot.ADMIN, "ban <@" + DEV + "> spam");
        String answer = t.signed.slashCommand(DEV, "/design", "open").body();
        assertTrue(answer.contains("stopped you"), answer);
        JsonObject form = form(AUTHOR, "open"); // a form opened before the ban is refused when sent
        admin(TestBot.ADMIN, "ban <@" + AUTHOR + "> spam");
        assertRefusedUnder(submit(AUTHOR, form, valid()), form, DesignDraft.TITLE);
        assertTrue(design().documents().open(10).isEmpty());
    }

    @Test
    void theAnnouncementCountsReactionsOncePerMemberAndKeepsWrittenFeedback() {
        DesignDocument document = openDocument(TITLE);
        EmulatedMessage post = post(TITLE);
        String shown = current(post);
        assertTrue(shown.contains("Sampling rules per &lt;namespace&gt; &amp; per workload."), "escaped: " + shown);
        assertTrue(shown.contains("github.com/odigos-io/odigos/pull/2001") && shown.contains("GitHub pull request"), shown);
        assertTrue(shown.contains("Should rules live in the CRD?") && shown.contains("<!date^"), shown);
        awaitDm(AUTHOR, "is open for feedback until");

        var questions = design().documents().questions(document.id());
        long first = questions.get(0).id();
        click(BEA, post, DesignViews.PLUS_ONE + first, first);
        click(CAI, post, DesignViews.PLUS_ONE + first, first);
        click(DEV, post, DesignViews.CONCERN + first, first);
        awaitPostShows(post, "+1 (2)");
        awaitPostShows(post, "Concern (1)");
        click(BEA, post, DesignViews.CONCERN + first, first); // changes her reaction
        click(BEA, post, DesignViews.CONCERN + first, first); // the same again changes nothing
        awaitPostShows(post, "Concern (2)");
        assertTrue(current(post).contains("+1 (1)"), current(post));
        var counted = design().documents().questions(document.id()).get(0);
        assertEquals(1, counted.plusOnes());
        assertEquals(2, counted.concerns());

        JsonObject feedback = formFromClick(CAI, post, DesignViews.GIVE_FEEDBACK, document.id());
        String firstBlock = DesignForm.answerBlock(first);
        assertRefusedUnder(submit(CAI, feedback, Map.of()), feedback, firstBlock);
        assertRefusedUnder(submit(CAI, feedback, Map.of(firstBlock, "ping @here")), feedback, firstBlock);
        assertAccepted(submit(CAI, feedback, Map.of(firstBlock, "Yes, we run <50 namespaces.")));
        awaitDm(CAI, "with the author");
        assertAccepted(submit(CAI, formFromClick(CAI, post, DesignViews.GIVE_FEEDBACK, document.id()),
                Map.of(DesignForm.answerBlock(questions.get(1).id()), "1% is low for us.")));
        awaitPostShows(post, "1 answer");
        assertEquals(2, design().documents().questions(document.id()).stream().mapToInt(DesignStore.Question::answers)
                .sum(), "a member may come back and add more");
    }

    @Test
    void theFinalCommentPeriodIsAnnouncedOnceAndTheOutcomeReachesEveryoneOnce() throws Exception {
        DesignDocument document = openDocument(TITLE);
        EmulatedMessage post = post(TITLE);
        long first = design().documents().questions(document.id()).get(0).id();
        click(BEA, post, DesignViews.PLUS_ONE + first, first);
        assertAccepted(submit(CAI, formFromClick(CAI, post, DesignViews.GIVE_FEEDBACK, document.id()),
                Map.of(DesignForm.answerBlock(first), "Looks right.")));
        awaitPostShows(post, "+1 (1)");

        assertEquals(0, design().windows().sweep(), "nothing is due yet");
        t.clock.advance(Duration.ofDays(11).plusMinutes(1));
        t.bot.scheduler().quartz().triggerJob(DesignFeature.SWEEP); // the stored every-minute job runs the sweep
        t.slack.awaitCall("chat.postMessage", c -> TestBot.CHANNEL.equals(c.param("channel"))
                && c.param("text").contains("Final comment period"), WAIT);
        assertEquals(0, design().windows().sweep(), "reminded once");
        assertEquals(0, design().windows().sweep());
        awaitPostShows(post, "final comment period");

        t.clock.advance(Duration.ofDays(3));
        var one = CompletableFuture.supplyAsync(() -> design().windows().sweep());
        var other = CompletableFuture.supplyAsync(() -> design().windows().sweep());
        assertEquals(1, one.get() + other.get(), "two sweeps at once (two instances) close it once");
        assertEquals(0, design().windows().sweep(), "closed once");
        awaitDm(AUTHOR, "Record its outcome");
        awaitDm(TestBot.ADMIN, "Record its outcome");
        EmulatedMessage ask = t.slack.dmsTo(AUTHOR).stream().filter(m -> m.text().contains("Record its outcome"))
                .findFirst().orElseThrow();
        awaitPostShows(post, "feedback closed");
        assertFalse(current(post).contains(DesignViews.PLUS_ONE), "a closed post has no reaction buttons");

        click(BEA, post, DesignViews.PLUS_ONE + first, first); // a stale button on the post
        awaitReply(BEA, "closed");
        click(BEA, ask, DesignViews.RECORD_OUTCOME, document.id());
        awaitReply(BEA, "Only the author"); // a forged click on the author's DM

        JsonObject outcome = formFromClick(AUTHOR, ask, DesignViews.RECORD_OUTCOME, document.id());
        assertTrue(ViewJson.readable(outcome.toString()).contains("<@" + CAI + ">: Looks right."),
                "the author decides with the answers in front of them");
        assertRefusedUnder(submit(AUTHOR, outcome, Map.of(DesignForm.OUTCOME, "ACCEPTED")), outcome,
                DesignForm.OUTCOME_SUMMARY);
        assertAccepted(submit(AUTHOR, outcome, Map.of(DesignForm.OUTCOME, "ACCEPTED",
                DesignForm.OUTCOME_SUMMARY, "Shipping it with a 5% default.")));
        awaitDm(BEA, "The outcome is in");
        awaitDm(CAI, "The outcome is in");
        t.slack.awaitCall("chat.postMessage", c -> TestBot.CHANNEL.equals(c.param("channel"))
                && c.param("text").contains("has an outcome"), WAIT);
        String again = assertRefusedUnder(submit(AUTHOR, outcome, Map.of(DesignForm.OUTCOME, "DECLINED",
                DesignForm.OUTCOME_SUMMARY, "No.")), outcome, DesignForm.OUTCOME_SUMMARY);
        assertTrue(again.contains("already recorded"), again);
        awaitPostShows(post, "Accepted");
        Eventually.holds("the outbox is drained", WAIT, () -> t.bot.platform().outbox().pending() == 0);
        assertEquals(1, dmsContaining(BEA, "The outcome is in"), "told once");
        assertEquals(0, audited("design.outcome"), "the author's own outcome is not an admin decision");

        openDocument("Config as code");
        t.clock.advance(Duration.ofMinutes(1));
        String digest = preview();
        assertTrue(digest.contains("Open for feedback") && digest.contains("Config as code"), digest);
        assertTrue(digest.contains("Design outcomes") && digest.contains("Shipping it with a 5% default."), digest);
    }

    @Test
    void theReminderAndTheCloseHappenOnceAcrossRestarts() throws Exception {
        openDocument(TITLE);
        post(TITLE);
        t.clock.advance(Duration.ofDays(11).plusMinutes(1));
        assertEquals(1, design().windows().sweep());
        restart();
        assertEquals(0, design().windows().sweep(), "reminded once, restart or not");
        t.clock.advance(Duration.ofDays(3));
        assertEquals(1, design().windows().sweep());
        awaitDm(AUTHOR, "Record its outcome");
        restart();
        assertEquals(0, design().windows().sweep(), "closed once, restart or not");
        assertTrue(t.slack.messages(TestBot.CHANNEL).isEmpty() && t.slack.dmsTo(AUTHOR).isEmpty(),
                "nothing is sent again after the restart");
    }

    @Test
    void adminsCloseEarlyAndRecordTheOutcomeAudited_nonAdminsAreRefused() {
        DesignDocument document = openDocument(TITLE);
        post(TITLE);
        assertTrue(admin(BEA, "design-close " + document.id()).contains("Only community admins"));
        assertTrue(admin(TestBot.ADMIN, "help").contains("design-close"));
        assertTrue(admin(TestBot.ADMIN, "design-close nine").contains("number"));
        assertTrue(admin(TestBot.ADMIN, "design-close " + document.id()).contains("Closed feedback"));
        assertTrue(admin(TestBot.ADMIN, "design-close " + document.id()).contains("closed"), "a second close");
        assertEquals(1, audited("design.close"));
        awaitDm(AUTHOR, "Record its outcome");

        t.slack.clear();
        admin(TestBot.ADMIN, "design-outcome " + document.id());
        t.slack.awaitCall("views.open", WAIT);
        JsonObject outcome = t.slack.lastOpenedView();
        assertAccepted(submit(TestBot.ADMIN, outcome, Map.of(DesignForm.OUTCOME, "POSTPONED",
                DesignForm.OUTCOME_SUMMARY, "After 2.0.")));
        assertEquals(1, audited("design.outcome"));
        assertTrue(admin(TestBot.ADMIN, "design-outcome " + document.id()).contains("already recorded"));
        assertEquals(1, audited("design.outcome"));
    }

    @Test
    void listsOpenAndRecentDocumentsAndShowsThemOnHome() {
        DesignDocument document = openDocument(TITLE);
        String listing = ViewJson.readable(t.signed.slashCommand(BEA, "/design", "").body());
        assertTrue(listing.contains(TITLE) && listing.contains("#" + document.id()), listing);
        assertTrue(listing.contains(DesignViews.OPEN_FORM) && listing.contains(DesignViews.BRAINSTORM_FORM), listing);
        JsonObject form = formFromClick(BEA, post(TITLE), DesignViews.OPEN_FORM, 0);
        assertEquals(DesignForm.OPEN_CALLBACK, form.get("callback_id").getAsString());

        t.signed.event(Payloads.appHomeOpened(AUTHOR));
        t.slack.awaitCall("views.publish", c -> AUTHOR.equals(c.param("user_id"))
                && ViewJson.readable(c.param("view")).contains("Yours") && c.param("view").contains(TITLE), WAIT);
    }

    @Test
    void staleAndBrokenButtonsAnswerClearly() {
        openDocument(TITLE);
        EmulatedMessage post = post(TITLE);
        click(BEA, post, DesignViews.PLUS_ONE + 999999, 999999);
        awaitReply(BEA, "not here any more");
        click(BEA, post, DesignViews.GIVE_FEEDBACK, 999999);
        awaitReply(BEA, "not here any more");
    }

    /** The update's preview as the admin receives it in their DM. */
    String preview() {
        t.slack.clear();
        assertTrue(t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "digest preview update").body()
                .contains("on its way"));
        t.slack.awaitCall("chat.postMessage", c -> TestBot.ADMIN.equals(c.param("channel"))
                && c.param("text") != null && c.param("text").contains("Preview: Community update"), WAIT);
        return t.slack.dmsTo(TestBot.ADMIN).stream().filter(m -> m.text().contains("Preview: Community update"))
                .reduce((a, b) -> b).orElseThrow().visibleText();
    }
}
