package io.odigos.community.mentorship;

import static io.odigos.community.testing.ModalAnswers.assertAccepted;
import static io.odigos.community.testing.ModalAnswers.assertRefusedUnder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.odigos.community.core.AuditEntry;
import io.odigos.community.local.EmulatorCall;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import io.odigos.community.testing.ViewJson;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.quartz.Trigger;

/** The programme through signed requests: sign-up, matching, proposals and their time-out, pairs, admins, abuse. */
class MentorshipEndToEndTest extends MentorshipJourneys {

    @Test
    void declinedThenSilentThenAcceptedTheMenteeMeetsTheirMentorInAGroupDm() throws Exception {
        becomeMentor(ANN, "eBPF", "1");
        becomeMentor(BEN, "eBPF", "2");
        becomeMentor(CAL, "eBPF", "1");
        String menu = t.signed.slashCommand(MIA, "/mentor", "").body();
        assertTrue(menu.contains(MentorshipViews.FIND) && !menu.contains(MentorshipViews.MENTOR_PAUSE), menu);

        assertAccepted(askForMentor(MIA, "eBPF", "Add a probe for <b>gRPC</b> & learn eBPF"));
        // London is an hour from Berlin, New York six, Tokyo eight: Ann first
        EmulatorCall proposal = awaitDm(ANN, "looking for a mentor");
        String details = JsonParser.parseString(proposal.param("blocks")).getAsJsonArray().get(0).getAsJsonObject()
                .getAsJsonObject("text").get("text").getAsString();
        assertTrue(details.contains("&lt;b&gt;gRPC&lt;/b&gt; &amp; learn"), "the goal is escaped: " + details);
        awaitDm(MIA, "We asked <@" + ANN + ">");

        long toAnn = pendingTo(ANN).id();
        clickInDm(ANN, MentorshipViews.DECLINE, toAnn);
        awaitDm(MIA, "cannot take a new mentee");
        awaitDm(BEN, "looking for a mentor");
        clickInDm(ANN, MentorshipViews.DECLINE, toAnn);
        awaitReply(ANN, "already declined");

        Proposal toBen = pendingTo(BEN);
        Trigger timeout = mentorship().timeouts().pending(toBen.id()).orElseThrow();
        assertEquals(toBen.expiresAt(), timeout.getStartTime().toInstant());
        assertFalse(mentorship().proposals().expire(toBen.id()), "48 hours have not passed: it still waits");
        t.clock.advance(Duration.ofHours(48).plusMinutes(1));
        t.bot.scheduler().quartz().triggerJob(ProposalTimeouts.JOB, timeout.getJobDataMap());
        awaitDm(MIA, "did not answer in time");
        awaitDm(BEN, "lapsed");
        awaitDm(CAL, "looking for a mentor");
        assertFalse(mentorship().proposals().expire(toBen.id()), "a second firing changes nothing");
        clickInDm(BEN, MentorshipViews.ACCEPT, toBen.id());
        awaitReply(BEN, "expired");

        long toCal = pendingTo(CAL).id();
        clickInDm(CAL, MentorshipViews.ACCEPT, toCal);
        awaitDm(MIA, "<@" + CAL + "> is your mentor");
        t.slack.awaitCall("conversations.open", c -> (MentorshipMessages.mention(CAL) + MentorshipMessages.mention(MIA))
                .equals("<@" + String.join("><@", c.param("users").split(",")) + ">"), WAIT);
        EmulatorCall intro = t.slack.awaitCall("chat.postMessage", c -> c.param("channel").startsWith("G")
                && c.param("text").contains("Welcome to your mentorship"), WAIT);
        String text = intro.param("text");
        assertTrue(text.contains("Europe/Berlin") && text.contains("Asia/Tokyo") && text.contains("eBPF")
                && text.contains("&lt;b&gt;gRPC"), text);
        clickInDm(CAL, MentorshipViews.ACCEPT, toCal);
        awaitReply(CAL, "already accepted");
        assertEquals(1, mentorship().admin().overview().pairs().size());

        t.signed.event(Payloads.appHomeOpened(MIA));
        t.slack.awaitCall("views.publish", c -> MIA.equals(c.param("user_id"))
                && ViewJson.readable(c.param("view")).contains("Your mentor is <@" + CAL + ">"), WAIT);
        t.signed.event(Payloads.appHomeOpened(CAL));
        t.slack.awaitCall("views.publish", c -> CAL.equals(c.param("user_id"))
                && ViewJson.readable(c.param("view")).contains("mentoring <@" + MIA + ">"), WAIT);
    }

    @Test
    void aWaitingRequestIsMatchedWhenAMentorJoinsAndAdminsPairEndAndEditAreasAudited() {
        assertAccepted(askForMentor(MIA, "Docs", "Improve the getting started guide"));
        awaitDm(MIA, "waits in the queue");
        long request = mentorship().admin().overview().waiting().get(0).id();
        assertTrue(admin(TestBot.ADMIN, "mentorship").contains("request " + request + ": <@" + MIA + ">"));
        assertTrue(admin(MIA, "mentorship").contains("Only community admins"));
        assertTrue(admin(TestBot.ADMIN, "mentorship-pair " + request + " <@" + ANN + "|ann>")
                .contains("not an active mentor"));

        becomeMentor(BEN, "Docs", "1");
        awaitDm(BEN, "looking for a mentor");
        assertTrue(admin(TestBot.ADMIN, "mentorship").contains("request " + request + " to <@" + BEN + ">"));

        becomeMentor(ANN, "UI", "1");
        String paired = admin(TestBot.ADMIN, "mentorship-pair " + request + " <@" + ANN + "|ann>");
        assertTrue(paired.contains("Paired <@" + ANN + "> with <@" + MIA + ">"), paired);
        awaitDm(BEN, "withdrawn");
        awaitDm(MIA, "<@" + ANN + "> is your mentor");
        t.slack.awaitCall("chat.postMessage", c -> c.param("channel").startsWith("G")
                && c.param("text").contains("Welcome to your mentorship"), WAIT);
        long pair = mentorship().admin().overview().pairs().get(0).id();

        assertTrue(admin(TestBot.ADMIN, "mentorship-end " + pair).contains("Ended pair " + pair));
        awaitDm(MIA, "has ended");
        assertTrue(admin(TestBot.ADMIN, "mentorship-end " + pair).contains("already ended"));

        assertTrue(admin(TestBot.ADMIN, "mentorship-area-add OpenTelemetry Operator").contains("Added"));
        assertTrue(admin(TestBot.ADMIN, "mentorship-area-add opentelemetry operator").contains("already an area"));
        assertTrue(openForm(MIA, MentorshipViews.FIND).toString().contains("OpenTelemetry Operator"));
        assertTrue(admin(TestBot.ADMIN, "mentorship-area-remove OpenTelemetry Operator").contains("Removed"));
        assertTrue(admin(TestBot.ADMIN, "mentorship-area-remove OpenTelemetry Operator").contains("no area"));

        List<String> actions = audit().stream().filter(a -> a.actorId().equals(TestBot.ADMIN))
                .map(AuditEntry::action).toList();
        assertTrue(actions.containsAll(List.of("mentorship-pair", "mentorship-end", "mentorship-area-add",
                "mentorship-area-remove")), actions.toString());
        assertEquals(4, actions.stream().filter(a -> a.startsWith("mentorship")).count(), "refusals are not audited");
    }

    @Test
    void noSelfMentoringNoSecondRequestNoBannedSignUpAndNoPlaceBeyondCapacity() {
        becomeMentor(ANN, "eBPF", "1");
        JsonObject form = openForm(ANN, MentorshipViews.FIND);
        assertAccepted(t.signed.interaction(Payloads.fillIn(ANN, form, request("eBPF", "Learn the Go side"))));
        awaitDm(ANN, "waits in the queue"); // never proposed to herself
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.fillIn(ANN, form, request("UI", "Again"))), form,
                MenteeDraft.GOAL).contains("already have an open request"));
        t.signed.interaction(Payloads.clickInMessage(ANN, "C0GENERAL", "1.0", MentorshipViews.FIND, "x"));
        awaitReply(ANN, "already have an open request");
        long own = mentorship().admin().overview().waiting().get(0).id();
        assertTrue(admin(TestBot.ADMIN, "mentorship-pair " + own + " " + ANN).contains("Nobody can mentor themselves"));

        assertAccepted(askForMentor(MIA, "eBPF", "Write a test for the probe"));
        awaitDm(ANN, "looking for a mentor");
        assertAccepted(askForMentor(CY, "eBPF", "Fix a typo in the docs"));
        awaitDm(CY, "waits in the queue"); // Ann's one place is held by Mia's proposal
        long cy = mentorship().admin().overview().waiting().stream().filter(r -> r.menteeId().equals(CY))
                .findFirst().orElseThrow().id();
        assertTrue(admin(TestBot.ADMIN, "mentorship-pair " + cy + " " + ANN).contains("1 of 1 places taken"));

        admin(TestBot.ADMIN, "ban <@" + BEN + "|ben> spam");
        JsonObject mentorForm = openForm(BEN, MentorshipViews.BECOME);
        Map<String, String> typed = Map.of(MentorDraft.AREAS, "Docs", MentorDraft.AVAILABILITY, "Mornings");
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.fillIn(BEN, mentorForm, typed)), mentorForm,
                MentorDraft.AREAS).contains("stopped you"));
        assertTrue(mentorship().signUp().standing(BEN).mentor().isEmpty());
    }

    void press(String user, String action) {
        t.signed.interaction(Payloads.clickInMessage(user, "C0GENERAL", "1.0", action, "x"));
    }

    @Test
    void eitherSideCanPauseResumeAndLeave() {
        becomeMentor(ANN, "eBPF", "1");
        press(ANN, MentorshipViews.MENTOR_PAUSE);
        awaitReply(ANN, "Paused");
        assertAccepted(askForMentor(MIA, "eBPF", "Learn the eBPF loader"));
        awaitDm(MIA, "waits in the queue"); // a paused mentor gets no proposals
        press(ANN, MentorshipViews.MENTOR_PAUSE);
        awaitReply(ANN, "already paused");
        press(ANN, MentorshipViews.MENTOR_RESUME);
        awaitDm(ANN, "looking for a mentor"); // the queue is served on resume

        press(MIA, MentorshipViews.REQUEST_PAUSE);
        awaitReply(MIA, "Your request is paused");
        awaitDm(ANN, "withdrawn");
        assertTrue(mentorship().admin().overview().proposals().isEmpty());
        t.slack.clear();
        press(MIA, MentorshipViews.REQUEST_RESUME);
        awaitDm(ANN, "looking for a mentor"); // she did not decline, so she may be asked again
        clickInDm(ANN, MentorshipViews.ACCEPT, pendingTo(ANN).id());
        awaitDm(MIA, "<@" + ANN + "> is your mentor");

        becomeMentor(BEN, "eBPF", "1");
        press(ANN, MentorshipViews.MENTOR_LEAVE);
        awaitDm(MIA, "back in matching");
        awaitDm(BEN, "looking for a mentor"); // never Ann again: they were paired
        assertFalse(mentorship().signUp().standing(ANN).isMentor());

        press(MIA, MentorshipViews.REQUEST_LEAVE);
        awaitReply(MIA, "withdrawn");
        awaitDm(BEN, "withdrawn");
        assertTrue(mentorship().signUp().standing(MIA).request().isEmpty());

        admin(TestBot.ADMIN, "ban <@" + CY + "|cy> spam");
        JsonObject form = openForm(CY, MentorshipViews.FIND);
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.fillIn(CY, form, request("eBPF", "Hi"))), form,
                MenteeDraft.GOAL).contains("stopped you"));
    }

    @Test
    void twoRequestsAtOnceNeverTakeMoreThanTheMentorsOnePlace() throws Exception {
        becomeMentor(ANN, "eBPF", "1");
        JsonObject miaForm = openForm(MIA, MentorshipViews.FIND);
        JsonObject cyForm = openForm(CY, MentorshipViews.FIND);
        CountDownLatch start = new CountDownLatch(1);
        var mia = CompletableFuture.supplyAsync(() -> {
            await(start);
            return t.signed.interaction(Payloads.fillIn(MIA, miaForm, request("eBPF", "Probe for Kafka")));
        });
        var cy = CompletableFuture.supplyAsync(() -> {
            await(start);
            return t.signed.interaction(Payloads.fillIn(CY, cyForm, request("eBPF", "Probe for Redis")));
        });
        start.countDown();
        assertAccepted(mia.get());
        assertAccepted(cy.get());

        var overview = mentorship().admin().overview();
        assertEquals(1, overview.proposals().size(), "one place, one proposal");
        assertEquals(1, overview.waiting().size(), "the other request waits");
        long proposal = overview.proposals().get(0).id();
        clickInDm(ANN, MentorshipViews.ACCEPT, proposal);
        awaitReply(ANN, "You are now");
        assertEquals(1, mentorship().admin().overview().pairs().size());
        assertEquals(1, mentorship().admin().overview().waiting().size(), "still no second place");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
