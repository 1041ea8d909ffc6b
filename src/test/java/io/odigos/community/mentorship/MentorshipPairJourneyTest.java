package io.odigos.community.mentorship;

import static io.odigos.community.testing.ModalAnswers.assertAccepted;
import static io.odigos.community.testing.ModalAnswers.assertRefusedUnder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.odigos.community.core.CommunityFacts;
import io.odigos.community.local.EmulatorCall;
import io.odigos.community.recognition.Badge;
import io.odigos.community.recognition.ContributionKind;
import io.odigos.community.recognition.RecognitionService;
import io.odigos.community.recognition.Spotlight;
import io.odigos.community.testing.GitHubWebhook;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import io.odigos.community.testing.ViewJson;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.quartz.Trigger;

/**
 * A pair's life after the introduction, through signed requests and GitHub's signed webhook: check-ins on a schedule
 * (once per interval across a restart and two sweeps at once), Stuck and silence told to the admins, completion by a
 * merged pull request or by Finished from both, the badge and the mentor's credit, the announcement and testimonial.
 */
class MentorshipPairJourneyTest extends MentorshipJourneys {

    static final String WEBHOOK_SECRET = "mentorship-webhook-secret";
    static final Duration WEEK = Duration.ofDays(7);

    private String checkInInterval = "P7D";

    @Override
    protected Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>(super.settings());
        settings.putAll(Map.of("GITHUB_WEBHOOK_SECRET", WEBHOOK_SECRET, "MENTORSHIP_CHECK_IN_INTERVAL", checkInInterval));
        return settings;
    }

    /** The mentor takes the mentee's request; the pair as stored once its introduction is posted. */
    Pair pairUp(String mentor, String mentee) {
        becomeMentor(mentor, "eBPF", "1");
        assertAccepted(askForMentor(mentee, "eBPF", "Add a probe for Kafka"));
        awaitDm(mentor, "looking for a mentor");
        clickInDm(mentor, MentorshipViews.ACCEPT, pendingTo(mentor).id());
        return introduced();
    }

    Pair introduced() {
        EmulatorCall intro = t.slack.awaitCall("chat.postMessage", c -> c.param("channel").startsWith("G")
                && c.param("text").contains("Welcome to your mentorship"), WAIT);
        return storedPair(intro.param("channel"));
    }

    Pair storedPair(String groupDm) {
        return t.bot.platform().database().inTransaction(em -> em.createQuery(
                "select p from Pair p where p.groupDm = :g", Pair.class).setParameter("g", groupDm).getSingleResult());
    }

    /** The check-in posted in the group DM with this text; its buttons carry its id. */
    long awaitCheckIn(Pair pair, int round) {
        EmulatorCall call = t.slack.awaitCall("chat.postMessage", c -> pair.groupDm().equals(c.param("channel"))
                && c.param("text").startsWith(":wave: Check-in " + round + ":"), WAIT);
        for (JsonElement block : JsonParser.parseString(call.param("blocks")).getAsJsonArray()) {
            if (block.getAsJsonObject().has("elements") && "actions".equals(block.getAsJsonObject().get("type").getAsString())) {
                return block.getAsJsonObject().getAsJsonArray("elements").get(0).getAsJsonObject().get("value").getAsLong();
            }
        }
        throw new AssertionError("the check-in has no buttons: " + call.param("blocks"));
    }

    long postsIn(String channel, String containing) {
        return t.slack.calls("chat.postMessage").stream().filter(c -> channel.equals(c.param("channel"))
                && c.param("text").contains(containing)).count();
    }

    void answer(String user, Pair pair, String action, long value) {
        t.signed.interaction(Payloads.clickInMessage(user, pair.groupDm(), "1.0", action, Long.toString(value)));
    }

    int sweep() {
        return mentorship().checkIns().sweep();
    }

    RecognitionService recognition() {
        return t.bot.features().recognition().service();
    }

    List<String> badges(String member) {
        return recognition().profile(member).badges().stream().map(Badge::id).toList();
    }

    @Test
    void fromSignUpThroughCheckInsAndARestartToTheMergedPullRequestThatCompletesIt() throws Exception {
        becomeMentor(ANN, "eBPF", "1");
        becomeMentor(BEN, "eBPF", "1");
        becomeMentor(CAL, "eBPF", "1");
        assertTrue(t.signed.slashCommand(MIA, "/profile", "github mia-octo").body().contains("mia-octo"));
        assertAccepted(askForMentor(MIA, "eBPF", "Add a probe for Kafka"));
        awaitDm(ANN, "looking for a mentor");
        clickInDm(ANN, MentorshipViews.DECLINE, pendingTo(ANN).id());
        awaitDm(BEN, "looking for a mentor");
        Trigger timeout = mentorship().timeouts().pending(pendingTo(BEN).id()).orElseThrow();
        t.clock.advance(Duration.ofHours(48).plusMinutes(1));
        t.bot.scheduler().quartz().triggerJob(ProposalTimeouts.JOB, timeout.getJobDataMap());
        awaitDm(CAL, "looking for a mentor");
        clickInDm(CAL, MentorshipViews.ACCEPT, pendingTo(CAL).id());
        Pair pair = introduced();
        assertEquals(List.of(CAL, MIA), List.of(pair.mentorId(), pair.menteeId()));

        assertEquals(0, sweep(), "no check-in before the first interval has passed");
        t.clock.advance(WEEK);
        t.bot.scheduler().quartz().triggerJob(MentorshipFeature.CHECK_INS); // the stored every-minute job runs the sweep
        long first = awaitCheckIn(pair, 1);
        answer(MIA, pair, CheckInMessages.ON_TRACK, first);
        awaitReply(MIA, "on track");
        t.signed.event(Payloads.appHomeOpened(MIA));
        t.slack.awaitCall("views.publish", c -> MIA.equals(c.param("user_id"))
                && ViewJson.readable(c.param("view")).contains("Next check-in <!date^"
                + t.clock.instant().plus(WEEK).getEpochSecond()), WAIT);

        restart();
        assertEquals(0, sweep(), "asked once per interval, restart or not");
        t.clock.advance(WEEK);
        var one = CompletableFuture.supplyAsync(this::sweep);
        var other = CompletableFuture.supplyAsync(this::sweep);
        assertEquals(1, one.get() + other.get(), "two sweeps at once ask the pair once");
        long second = awaitCheckIn(pair, 2);
        assertEquals(1, postsIn(pair.groupDm(), "Check-in 2:"));

        String merged = GitHubWebhook.pullRequest(4242, "closed", true, "Mia-Octo", "feat(ebpf): Kafka probe",
                t.clock.instant(), "enhancement");
        assertTrue(GitHubWebhook.deliver(t.bot.port(), "pull_request", "d-1", merged, WEBHOOK_SECRET).body()
                .contains("recorded"));
        awaitDm(MIA, "Mentorship completed (first merged pull request)");
        awaitDm(CAL, "Mentorship completed (first merged pull request)");
        assertTrue(GitHubWebhook.deliver(t.bot.port(), "pull_request", "d-1", merged, WEBHOOK_SECRET).body()
                .contains("already received"));
        assertTrue(storedPair(pair.groupDm()).isCompleted());
        assertTrue(mentorship().admin().overview().pairs().isEmpty());
        assertTrue(mentorship().signUp().standing(MIA).request().isEmpty(), "the request is closed");
        answer(MIA, pair, CheckInMessages.ON_TRACK, second);
        awaitReply(MIA, "already completed");

        t.bot.features().recognition().badges().sweepFacts();
        assertTrue(badges(MIA).contains("mentorship"), badges(MIA).toString());
        assertTrue(badges(CAL).containsAll(List.of("mentorship", "mentor")), badges(CAL).toString());
        assertEquals(1L, recognition().profile(CAL).contributions().get(ContributionKind.MENTORING));
        String profile = t.signed.slashCommand(CAL, "/profile", "").body();
        assertTrue(profile.contains("Mentored a newcomer in eBPF to completion"), profile);
        for (String member : List.of(MIA, CAL)) {
            t.slack.awaitCall("chat.postMessage", c -> TestBot.CHANNEL.equals(c.param("channel"))
                    && c.param("text").contains("<@" + member + "> earned :handshake: Mentorship completed"), WAIT);
        }
        t.bot.features().recognition().badges().sweepFacts();
        assertEquals(2, recognition().badgesAwarded(pair.startedAt(), t.clock.instant().plusSeconds(1), 10).stream()
                .filter(b -> b.badge().id().equals("mentorship")).count(), "each member's badge is awarded once");

        // Mia comes back within 90 days; once her quarter's follow-up has closed, retention counts her as mentored
        LocalDate firstContribution = t.clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate quarterEnd = firstContribution.withMonth(firstContribution.getMonth().firstMonthOfQuarter().getValue())
                .withDayOfMonth(1).plusMonths(3);
        t.clock.advance(Duration.ofDays(20));
        assertTrue(GitHubWebhook.deliver(t.bot.port(), "pull_request", "d-2", GitHubWebhook.pullRequest(4243, "closed",
                true, "mia-octo", "fix(ebpf): probe leak", t.clock.instant(), "bug"), WEBHOOK_SECRET).body()
                .contains("recorded"));
        t.clock.advance(Duration.between(t.clock.instant(), quarterEnd.plusDays(91).atStartOfDay(ZoneOffset.UTC)));
        String metrics = admin(TestBot.ADMIN, "metrics");
        assertTrue(metrics.contains("mentored 1 of 1 · 100 %; not mentored 0 of 1 · 0 %"), metrics);
    }

    @Test
    void stuckTellsTheAdminsAtOnceAndTwoSilentCheckInsAreFlaggedAtMostOnceAWeek() throws Exception {
        checkInInterval = "P1D";
        restart();
        Pair pair = pairUp(ANN, MIA);
        t.clock.advance(Duration.ofDays(1));
        sweep();
        long first = awaitCheckIn(pair, 1);
        answer(CY, pair, CheckInMessages.STUCK, first);
        awaitReply(CY, "This check-in is for <@" + MIA + "> and <@" + ANN + ">");
        answer(MIA, pair, CheckInMessages.STUCK, first);
        awaitReply(MIA, "The admins know");
        awaitDm(TestBot.ADMIN, "<@" + MIA + "> says their mentorship is stuck");
        answer(MIA, pair, CheckInMessages.STUCK, first);
        awaitReply(MIA, "already know");
        assertEquals(1, postsIn(TestBot.ADMIN, "is stuck"), "told once while it stays stuck");
        String overview = admin(TestBot.ADMIN, "mentorship");
        assertTrue(overview.contains("*Stalled* (1)\n• pair " + pair.id() + ": stuck since"), overview);
        answer(ANN, pair, CheckInMessages.ON_TRACK, first);
        awaitReply(ANN, "on track");
        assertTrue(admin(TestBot.ADMIN, "mentorship").contains("*Stalled* (0)"));

        for (int day = 2; day <= 10; day++) { // check-ins 2 to 10 go unanswered
            t.clock.advance(Duration.ofDays(1));
            assertEquals(1, sweep());
            awaitCheckIn(pair, day);
            if (day == 4) { // 2 and 3 unanswered
                awaitDm(TestBot.ADMIN, "has not answered its last 2 check-ins");
                assertTrue(admin(TestBot.ADMIN, "mentorship").contains("2 check-ins unanswered"));
            }
        }
        assertEquals(1, postsIn(TestBot.ADMIN, "has not answered"), "a week has not passed since the flag");
        t.clock.advance(Duration.ofDays(1));
        sweep();
        awaitDm(TestBot.ADMIN, "has not answered its last 9 check-ins");
        assertEquals(2, postsIn(TestBot.ADMIN, "has not answered"));
    }

    @Test
    void finishedByBothCompletesItAndTheAnnouncementAndTestimonialNeedTheirConsent() throws Exception {
        Pair pair = pairUp(ANN, MIA);
        t.clock.advance(WEEK);
        sweep();
        long checkIn = awaitCheckIn(pair, 1);
        answer(MIA, pair, CheckInMessages.FINISHED, checkIn);
        awaitReply(MIA, "It completes when <@" + ANN + "> says so too");
        answer(MIA, pair, CheckInMessages.FINISHED, checkIn);
        awaitReply(MIA, "It completes when");
        assertEquals(1, postsIn(pair.groupDm(), "says the mentorship is finished"), "said once in the group DM");
        answer(ANN, pair, CheckInMessages.FINISHED, checkIn);
        awaitDm(MIA, "Mentorship completed (Finished, confirmed by both)");
        answer(ANN, pair, CheckInMessages.FINISHED, checkIn);
        awaitReply(ANN, "already completed");

        answer(MIA, pair, CheckInMessages.ANNOUNCE, pair.id());
        awaitReply(MIA, "once you both say yes");
        answer(ANN, pair, CheckInMessages.KEEP_QUIET, pair.id());
        awaitReply(ANN, "no announcement");
        answer(CY, pair, CheckInMessages.ANNOUNCE, pair.id());
        awaitReply(CY, "not your mentorship");
        assertEquals(0, postsIn(TestBot.CHANNEL, "all the way to completion"));
        answer(ANN, pair, CheckInMessages.ANNOUNCE, pair.id());
        awaitReply(ANN, "You both agreed");
        answer(MIA, pair, CheckInMessages.ANNOUNCE, pair.id());
        awaitReply(MIA, "You both agreed");
        t.slack.awaitCall("chat.postMessage", c -> TestBot.CHANNEL.equals(c.param("channel"))
                && c.param("text").contains("<@" + ANN + "> mentored <@" + MIA + "> in *eBPF*"), WAIT);
        assertEquals(1, postsIn(TestBot.CHANNEL, "all the way to completion"), "announced once");

        answer(ANN, pair, CheckInMessages.TESTIMONIAL, pair.id());
        awaitReply(ANN, "Only the mentee");
        t.slack.clear();
        answer(MIA, pair, CheckInMessages.TESTIMONIAL, pair.id());
        t.slack.awaitCall("views.open", WAIT);
        JsonObject form = t.slack.lastOpenedView();
        String refusal = assertRefusedUnder(t.signed.interaction(Payloads.submit(MIA, form,
                Map.of(TestimonialForm.LINE, "<!channel> look"))), form, TestimonialForm.LINE);
        assertTrue(refusal.contains("without @channel"), refusal);
        assertAccepted(t.signed.interaction(Payloads.submit(MIA, form,
                Map.of(TestimonialForm.LINE, "Ann made eBPF <b>click</b> for me"))));
        awaitDm(MIA, "Thank you");
        assertEquals("Ann made eBPF <b>click</b> for me", storedPair(pair.groupDm()).testimonial());
        assertEquals(List.of(MIA), t.bot.platform().database().inTransaction(em -> new CommunityFacts()
                .members(em, CommunityFacts.MENTORSHIP_TESTIMONIAL, "pair:" + pair.id())));
        answer(MIA, pair, CheckInMessages.TESTIMONIAL, pair.id());
        awaitReply(MIA, "You already wrote: _Ann made eBPF &lt;b&gt;click&lt;/b&gt; for me_");

        // the month's spotlight carries the line: the admins see it in the draft they approve
        YearMonth month = YearMonth.from(t.clock.instant().atZone(ZoneOffset.UTC));
        LocalDate firstWorkingDay = month.plusMonths(1).atDay(1);
        while (firstWorkingDay.getDayOfWeek().getValue() >= 6) {
            firstWorkingDay = firstWorkingDay.plusDays(1);
        }
        t.clock.advance(Duration.between(t.clock.instant(), firstWorkingDay.atTime(9, 0).toInstant(ZoneOffset.UTC)));
        assertTrue(t.bot.features().recognition().spotlight().draftIfDue());
        String line = "From the mentorship programme, <@" + MIA + ">: “Ann made eBPF &lt;b&gt;click&lt;/b&gt; for me”";
        awaitDm(TestBot.ADMIN, line);
        t.signed.interaction(Payloads.clickInMessage(TestBot.ADMIN, "DUADMIN", "1.0", Spotlight.APPROVE,
                month.toString()));
        t.slack.awaitCall("chat.postMessage", c -> TestBot.CHANNEL.equals(c.param("channel"))
                && c.param("text").contains("Top Contributor Spotlight") && c.param("text").contains(line), WAIT);
    }
}
