package io.odigos.community.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.odigos.community.events.EventDraft;
import io.odigos.community.events.EventKind;
import io.odigos.community.feedback.FeedbackField;
import io.odigos.community.feedback.FeedbackItem;
import io.odigos.community.feedback.FeedbackKind;
import io.odigos.community.feedback.FeedbackSource;
import io.odigos.community.feedback.FeedbackStatus;
import io.odigos.community.feedback.FeedbackSubmission;
import io.odigos.community.local.EmulatedMessage;
import io.odigos.community.recognition.ContributionKind;
import io.odigos.community.slack.DigestPeriod.Edition;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CalendarIntervalTrigger;
import org.quartz.DateBuilder.IntervalUnit;
import org.quartz.JobDataMap;
import org.quartz.Trigger;
import org.quartz.TriggerKey;

/** The bi-weekly update and the newsletter: drafted on time, decided by admins, posted once per period. */
class DigestEndToEndTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final TriggerKey UPDATE_TRIGGER = TriggerKey.triggerKey("update", "digest");

    TestBot t;

    @BeforeEach
    void start() throws Exception {
        t = TestBot.start(database(), databaseSettings());
    }

    @AfterEach
    void stop() {
        t.close();
    }

    String database() throws Exception {
        return "jdbc:h2:mem:digest-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    Map<String, String> databaseSettings() {
        return Map.of();
    }

    Digests digests() {
        return t.bot.features().digest().digests();
    }

    DigestDrafting drafting() {
        return t.bot.features().digest().drafting();
    }

    Instant updateTriggerStart() throws Exception {
        return t.bot.platform().scheduler().quartz().getTrigger(UPDATE_TRIGGER).getStartTime().toInstant();
    }

    /** A feature request with votes, shipped now, a bug fixed now, a contribution and an event after the issue. */
    void somethingToReport(Instant issue) {
        var feedback = t.bot.features().feedback().service();
        FeedbackItem feature = feedback.submit(new FeedbackSubmission(FeedbackKind.FEATURE, Map.of(
                FeedbackField.TITLE, "Sampling rules per namespace", FeedbackField.PROBLEM, "Too many spans")),
                "UANN", FeedbackSource.SLASH_COMMAND, null);
        for (String voter : List.of("UB1", "UB2", "UB3", "UB4")) {
            feedback.vote(feature.id(), voter);
        }
        feedback.changeStatus(feature.id(), FeedbackStatus.SHIPPED, TestBot.ADMIN);
        FeedbackItem bug = feedback.submit(new FeedbackSubmission(FeedbackKind.BUG, Map.of(FeedbackField.TITLE,
                        "Agent crash on JDK 21", FeedbackField.ODIGOS_VERSION, "1.0", FeedbackField.K8S_DISTRIBUTION, "EKS",
                        FeedbackField.K8S_VERSION, "1.30", FeedbackField.LANGUAGE, "Java", FeedbackField.STEPS, "run it",
                        FeedbackField.EXPECTED, "no crash", FeedbackField.ACTUAL, "crash")),
                "UBEN", FeedbackSource.SLASH_COMMAND, null);
        feedback.changeStatus(bug.id(), FeedbackStatus.SHIPPED, TestBot.ADMIN);
        t.bot.features().recognition().service().recordManual(TestBot.ADMIN, "UCAT", ContributionKind.TALK,
                "eBPF at KubeCon", "https://example.com/talk");
        t.bot.features().events().admin().create(new EventDraft(EventKind.COMMUNITY_CALL, "November community call", "Roadmap",
                null, issue.plus(Duration.ofDays(3)), ZoneId.of("UTC"), 60, null, "https://meet.example.com/call"),
                TestBot.ADMIN);
    }

    /** The answer to a click: ephemeral where the member clicked. */
    void awaitReply(String user, String containing) {
        t.slack.awaitCall("chat.postEphemeral", c -> user.equals(c.param("user"))
                && c.param("text") != null && c.param("text").contains(containing), WAIT);
    }

    EmulatedMessage awaitAdminDm(String containing) {
        t.slack.awaitCall("chat.postMessage", c -> TestBot.ADMIN.equals(c.param("channel"))
                && c.param("text") != null && c.param("text").contains(containing), WAIT);
        List<EmulatedMessage> dms = t.slack.dmsTo(TestBot.ADMIN);
        return dms.stream().filter(m -> m.text().contains(containing)).reduce((a, b) -> b).orElseThrow();
    }

    List<EmulatedMessage> channelDigests() {
        return t.slack.messages(TestBot.CHANNEL).stream().filter(m -> m.text().startsWith("Community update")
                || m.text().startsWith("Monthly newsletter")).toList();
    }

    void click(String user, String actionId, String value) {
        t.signed.interaction(Payloads.clickInMessage(user, "D" + user, "1.0", actionId, value));
    }

    @Test
    void theUpdateIsACalendarIntervalEverySecondMondayAtNineInTheConfiguredZone() throws Exception {
        Trigger trigger = t.bot.platform().scheduler().quartz().getTrigger(UPDATE_TRIGGER);
        CalendarIntervalTrigger calendar = assertInstanceOf(CalendarIntervalTrigger.class, trigger);
        assertEquals(2, calendar.getRepeatInterval());
        assertEquals(IntervalUnit.WEEK, calendar.getRepeatIntervalUnit());
        assertEquals("UTC", calendar.getTimeZone().getID());
        assertEquals(CalendarIntervalTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW, calendar.getMisfireInstruction());
        var first = trigger.getStartTime().toInstant().atZone(ZoneId.of("UTC"));
        assertEquals(java.time.DayOfWeek.MONDAY, first.getDayOfWeek());
        assertEquals(java.time.LocalTime.of(9, 0), first.toLocalTime());
        assertTrue(first.toInstant().isAfter(t.clock.instant()), "the first issue lies ahead: nothing is drafted "
                + "for periods before the bot was installed");
        assertTrue(digests().waiting().isEmpty());
    }

    @Test
    void twoPeriodsArePostedOnceEachAcrossARestartAndAForcedMisfire() throws Exception {
        Instant first = updateTriggerStart();
        somethingToReport(first);
        t.clock.advance(Duration.between(t.clock.instant(), first.plus(Duration.ofMinutes(1))));

        List<Digest> drafted = drafting().draftDue(Edition.UPDATE, first);
        assertEquals(1, drafted.size());
        String ref = drafted.get(0).ref();
        assertTrue(drafting().draftDue(Edition.UPDATE, first).isEmpty(), "a retry drafts nothing new");
        EmulatedMessage preview = awaitAdminDm("Draft: Community update");
        String seen = preview.visibleText();
        assertTrue(seen.contains("Sampling rules per namespace") && seen.contains("4 votes"), seen);
        assertTrue(seen.contains("Agent crash on JDK 21") && seen.contains("Bugs fixed"), seen);
        assertTrue(seen.contains("1 talk") && seen.contains("<@UCAT>"), seen);
        assertTrue(seen.contains("November community call") && seen.contains("Register"), seen);
        assertTrue(preview.blocks().toString().contains(DigestMessages.APPROVE));

        click("UMALLORY", DigestMessages.APPROVE, ref);
        awaitReply("UMALLORY", "Only community admins");
        assertTrue(channelDigests().isEmpty(), "a non-admin's click posts nothing");
        click(TestBot.ADMIN, DigestMessages.APPROVE, ref);
        t.slack.awaitCall("chat.postMessage", c -> TestBot.CHANNEL.equals(c.param("channel"))
                && c.param("text").startsWith("Community update"), WAIT);
        assertFalse(digests().post(Edition.UPDATE, drafted.get(0).period()), "its own posting finds it posted");
        click(TestBot.ADMIN, DigestMessages.APPROVE, ref);
        awaitReply(TestBot.ADMIN, "already posted");

        // a restart two days later: the period is neither drafted nor posted again
        String db = t.databaseUrl;
        t.close();
        t = TestBot.start(db, databaseSettings(), first.plus(Duration.ofDays(2)));
        Instant second = first.plus(Duration.ofDays(14));
        assertEquals(first, updateTriggerStart(), "the schedule survives the restart unchanged");

        // the bot misses the second issue: Quartz finds the trigger overdue and fires it once, late
        t.clock.advance(Duration.between(t.clock.instant(), second.plus(Duration.ofMinutes(30))));
        forceMisfire();
        EmulatedMessage late = awaitAdminDm("Draft: Community update");
        assertTrue(late.visibleText().contains("quiet fortnight"), "nothing happened in the second period: "
                + late.visibleText());
        // (the restart on day 2 after the update caught up the newsletter that fell due meanwhile; it waits too)
        Digest secondDraft = digests().waiting().stream().filter(d -> d.edition() == Edition.UPDATE).findFirst()
                .orElseThrow();
        assertEquals(second.atZone(ZoneId.of("UTC")).toLocalDate().toString(), secondDraft.period());

        // nobody decides: the draft's own trigger posts it
        t.bot.platform().scheduler().quartz().triggerJob(DigestTriggers.JOB, new JobDataMap(Map.of(
                DigestJob.EDITION, Edition.UPDATE.name(), DigestJob.PERIOD, secondDraft.period())));
        Instant deadline = Instant.now().plus(WAIT);
        while (channelDigests().isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertEquals(1, channelDigests().size(), "this emulator started after the first post; it sees the second");
        assertTrue(channelDigests().get(0).visibleText().contains("quiet fortnight"));
        click(TestBot.ADMIN, DigestMessages.APPROVE, secondDraft.ref());
        awaitReply(TestBot.ADMIN, "already posted automatically");

        t.close();
        t = TestBot.start(db, databaseSettings(), second.plus(Duration.ofDays(1)));
        assertTrue(digests().waiting().stream().noneMatch(d -> d.edition() == Edition.UPDATE));
        assertEquals(0, channelDigests().size(), "a new emulator: nothing was posted again after the restart");
        assertEquals(2L, count("select count(*) from digests where status = 'POSTED'"));
    }

    /** Pauses the update trigger, moves its next firing ten minutes into the past, and resumes it. */
    void forceMisfire() throws Exception {
        var quartz = t.bot.platform().scheduler().quartz();
        quartz.pauseTrigger(UPDATE_TRIGGER);
        try (Connection c = t.bot.platform().database().dataSource().getConnection();
             PreparedStatement overdue = c.prepareStatement("update qrtz_triggers set next_fire_time = ? "
                     + "where trigger_name = ? and trigger_group = ?")) {
            overdue.setLong(1, System.currentTimeMillis() - Duration.ofMinutes(10).toMillis());
            overdue.setString(2, UPDATE_TRIGGER.getName());
            overdue.setString(3, UPDATE_TRIGGER.getGroup());
            assertEquals(1, overdue.executeUpdate());
        }
        quartz.resumeTrigger(UPDATE_TRIGGER);
    }

    long count(String sql) {
        return t.bot.platform().database().inTransaction(em -> ((Number) em.createNativeQuery(sql).getSingleResult())
                .longValue());
    }

    @Test
    void anAdminEditsTheNoteAndTheSectionsThenApprovesAndAnotherEditionIsSkipped() throws Exception {
        Instant first = updateTriggerStart();
        somethingToReport(first);
        assertTrue(t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "digest preview weekly").body()
                .contains("digest preview update"));
        assertTrue(t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "digest preview update").body()
                .contains("on its way"));
        String soFar = awaitAdminDm("Preview: Community update").visibleText();
        assertTrue(soFar.contains("Sampling rules per namespace") && !soFar.contains("Approve"), soFar);
        assertTrue(digests().waiting().isEmpty(), "a preview stores nothing");

        t.clock.advance(Duration.between(t.clock.instant(), first.plus(Duration.ofMinutes(1))));
        Digest draft = drafting().draftDue(Edition.UPDATE, first).get(0);
        awaitAdminDm("Draft: Community update");

        t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "queue");
        t.slack.awaitCall("views.open", WAIT);
        String queue = t.slack.lastOpenedView().toString();
        assertTrue(queue.contains("Community update") && queue.contains("posts itself"), "the draft waits in the "
                + "moderation queue too: " + queue);

        click("UMALLORY", DigestMessages.EDIT, draft.ref());
        awaitReply("UMALLORY", "Only community admins");
        t.slack.clear();
        click(TestBot.ADMIN, DigestMessages.EDIT, draft.ref());
        t.slack.awaitCall("views.open", WAIT);
        JsonObject form = t.slack.lastOpenedView();
        assertTrue(form.toString().contains("feedback.shipped") && form.toString().contains("events.upcoming"));

        String errors = t.signed.interaction(Payloads.submit(TestBot.ADMIN, form, Map.of(
                DigestMessages.INTRO, "Big news <!channel>", DigestMessages.SECTIONS, "feedback.shipped"))).body();
        assertTrue(errors.contains("\"intro\"") && errors.contains("@channel"), errors);
        errors = t.signed.interaction(Payloads.submit(TestBot.ADMIN, form, Map.of(
                DigestMessages.INTRO, "", DigestMessages.SECTIONS, ""))).body();
        assertTrue(errors.contains("\"sections\"") && errors.contains("Skip"), errors);
        assertEquals(0L, count("select count(*) from audit_log where action = 'digest.edit'"), "refused edits change nothing");

        var saved = t.signed.interaction(Payloads.submit(TestBot.ADMIN, form, Map.of(
                DigestMessages.INTRO, "Welcome to the 40 people who joined this fortnight!",
                DigestMessages.SECTIONS, "feedback.shipped,events.upcoming")));
        assertEquals(200, saved.statusCode());
        assertEquals("", saved.body(), "the form closes");
        EmulatedMessage edited = t.slack.dmsTo(TestBot.ADMIN).get(t.slack.dmsTo(TestBot.ADMIN).size() - 1);
        Instant deadline = Instant.now().plus(WAIT);
        while (!edited.visibleText().contains("Welcome to the 40") && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            edited = t.slack.dmsTo(TestBot.ADMIN).get(t.slack.dmsTo(TestBot.ADMIN).size() - 1);
        }
        assertTrue(edited.visibleText().contains("Welcome to the 40"), edited.visibleText());
        assertFalse(edited.visibleText().contains("Bugs fixed"), "a section left out is not in the new preview");

        click(TestBot.ADMIN, DigestMessages.APPROVE, draft.ref());
        t.slack.awaitCall("chat.postMessage", c -> TestBot.CHANNEL.equals(c.param("channel"))
                && c.param("text").startsWith("Community update"), WAIT);
        String posted = channelDigests().get(0).visibleText();
        assertTrue(posted.contains("Welcome to the 40") && posted.contains("Sampling rules per namespace")
                && posted.contains("November community call"), posted);
        assertFalse(posted.contains("Agent crash on JDK 21") || posted.contains("eBPF"), "left-out sections stay out");
        click(TestBot.ADMIN, DigestMessages.EDIT, draft.ref());
        awaitReply(TestBot.ADMIN, "no longer a draft");

        // the newsletter for this month, issued on the 3rd of the next one, is skipped
        Instant newsletterIssue = drafting().calendar().nextIssueAfter(Edition.NEWSLETTER, first);
        t.clock.advance(Duration.between(t.clock.instant(), newsletterIssue));
        Digest newsletter = drafting().draftDue(Edition.NEWSLETTER, newsletterIssue).get(0);
        String newsletterText = awaitAdminDm("Draft: Monthly newsletter").visibleText();
        assertTrue(newsletterText.contains("The month in numbers") && newsletterText.contains("Active contributors"),
                newsletterText);
        click(TestBot.ADMIN, DigestMessages.SKIP, newsletter.ref());
        awaitReply(TestBot.ADMIN, "Skipped the Monthly newsletter");
        click(TestBot.ADMIN, DigestMessages.APPROVE, newsletter.ref());
        awaitReply(TestBot.ADMIN, "was skipped by <@" + TestBot.ADMIN + ">");
        assertEquals(1, channelDigests().size(), "only the approved update reached the channel");
        assertEquals(1L, count("select count(*) from audit_log where action = 'digest.skip'"));
        assertEquals(1L, count("select count(*) from audit_log where action = 'digest.approve'"));
        assertEquals(1L, count("select count(*) from audit_log where action = 'digest.edit'"));

        String status = t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "digest").body();
        assertTrue(status.contains("Next community update") && status.contains("skipped by"), status);
    }
}
