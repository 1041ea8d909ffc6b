package io.odigos.community.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.odigos.community.testing.BotJourneys;
import io.odigos.community.testing.Eventually;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quartz.Trigger;

/** An admin schedules, members register, reminders follow the event: through signed requests, clock-driven. */
class EventsEndToEndTest extends BotJourneys {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");


    EventsFeature events() {
        return t.bot.features().events();
    }

    /** A start five days ahead of the test clock at 16:00 Berlin time. */
    ZonedDateTime inFiveDays() {
        return t.clock.instant().atZone(BERLIN).plusDays(5).withHour(16).withMinute(0).withSecond(0).withNano(0);
    }

    JsonObject openForm() {
        t.slack.clear();
        HttpResponse<String> r = t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "event-new");
        assertEquals(200, r.statusCode(), r.body());
        t.slack.awaitCall("views.open", WAIT);
        return t.slack.lastOpenedView();
    }

    Map<String, String> form(String title, ZonedDateTime start, String capacity) {
        Map<String, String> f = new HashMap<>();
        f.put("kind", "COMMUNITY_CALL");
        f.put("title", title);
        f.put("description", "Roadmap, demos and your questions");
        f.put("date", start.toLocalDate().toString());
        f.put("start", start.toLocalTime().toString());
        f.put("time_zone", start.getZone().getId());
        f.put("duration", "60");
        if (capacity != null) {
            f.put("capacity", capacity);
        }
        f.put("join_link", "https://zoom.us/j/123456");
        return f;
    }

    HttpResponse<String> submit(String user, JsonObject modal, Map<String, String> fields) {
        return t.signed.interaction(Payloads.submit(user, modal, fields));
    }

    CommunityEvent create(String title, ZonedDateTime start, String capacity) {
        HttpResponse<String> r = submit(TestBot.ADMIN, openForm(), form(title, start, capacity));
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains("errors"), r.body());
        return events().store().upcoming(20).stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
    }

    void click(String user, String action, long eventId) {
        t.signed.interaction(Payloads.clickInMessage(user, "C0GENERAL", "1.0", action, Long.toString(eventId)));
    }

    Trigger pending(long eventId, String reminder) {
        return t.bot.features().events().reminders().pending(eventId, reminder)
                .orElseThrow(() -> new AssertionError("no pending " + reminder + " reminder for event " + eventId));
    }

    /** Runs the reminder exactly as its Quartz trigger would, with the data the trigger carries. */
    int fire(Trigger trigger) {
        var data = trigger.getJobDataMap();
        return events().reminderSender().deliverReminder(data.getLong(EventReminders.EVENT_ID), data.getString(EventReminders.REMINDER),
                data.getInt(EventReminders.VERSION));
    }

    @Test
    void formRefusesBadInputFieldByFieldAndStoresNothing() {
        JsonObject modal = openForm();
        Map<String, String> bad = form("<!channel> call", t.clock.instant().atZone(BERLIN).minusDays(1), "0");
        bad.put("duration", "0");
        bad.put("join_link", "ftp://example.com/call");
        JsonObject errors = JsonParser.parseString(submit(TestBot.ADMIN, modal, bad).body()).getAsJsonObject()
                .getAsJsonObject("errors");
        for (String field : List.of("title", "start", "duration", "capacity", "join_link")) {
            assertTrue(errors.has(field), field + " not refused: " + errors);
        }
        Map<String, String> zone = form("Call", inFiveDays(), null);
        zone.put("time_zone", "Mars/Olympus");
        assertTrue(submit(TestBot.ADMIN, modal, zone).body().contains("Choose a time zone"));

        HttpResponse<String> intruder = submit("UMALLORY", modal, form("Call", inFiveDays(), null));
        assertTrue(intruder.body().contains("Only community admins"), intruder.body());
        assertTrue(t.signed.slashCommand("UMALLORY", "/community-admin", "event-new").body().contains("Only community admins"));
        assertTrue(events().store().upcoming(10).isEmpty());
    }

    @Test
    void registrationFillsCapacityThenWaitlistsAndPromotesWhenAPlaceFrees() {
        t.slack.addUser("UCY", "Cy", "America/New_York", false, false);
        CommunityEvent call = create("November community call", inFiveDays(), "2");
        t.slack.awaitCall("chat.postMessage", c -> TestBot.CHANNEL.equals(c.param("channel"))
                && c.param("text").contains("November community call"), WAIT);

        click("UANN", EventViews.REGISTER, call.id());
        click("UBEN", EventViews.REGISTER, call.id());
        click("UCY", EventViews.REGISTER, call.id());
        awaitDm("UANN", "You are registered");
        awaitDm("UCY", "number 1 on the waitlist");
        click("UANN", EventViews.REGISTER, call.id());
        t.slack.awaitCall("chat.postEphemeral", c -> "UANN".equals(c.param("user"))
                && c.param("text").contains("already registered"), WAIT);
        assertEquals(2, events().registrations().registeredCount(call.id()));

        click("UANN", EventViews.UNREGISTER, call.id());
        awaitDm("UCY", "A place freed up");
        assertEquals(RegistrationStatus.REGISTERED, events().registrations().statusesOf("UCY", List.of(call.id())).get(call.id()));
        assertEquals(2, events().registrations().registeredCount(call.id()));

        HttpResponse<String> list = t.signed.slashCommand("UCY", "/events", "");
        assertTrue(list.body().contains("November community call") && list.body().contains("you are registered")
                && list.body().contains("2 of 2 places taken"), list.body());

        t.signed.event(Payloads.appHomeOpened("UCY"));
        t.slack.awaitCall("views.publish", WAIT);
        String home = t.slack.homeOf("UCY").toString();
        String newYork = EventTimes.in(call.startsAt(), ZoneId.of("America/New_York"));
        assertTrue(home.contains("Upcoming events") && home.contains("November community call")
                && home.contains(newYork), "Home shows the call in the member's own zone: " + home);
    }

    @Test
    void remindersMoveWithTheEventStopForCancelledEventsAndAreSentOncePerMember() {
        ZonedDateTime start = inFiveDays();
        CommunityEvent call = create("Reminder call", start, null);
        assertEquals(start.toInstant().minus(Duration.ofHours(24)), pending(call.id(), "dm-1440").getStartTime().toInstant());
        assertEquals(start.toInstant().minus(Duration.ofHours(1)), pending(call.id(), "dm-60").getStartTime().toInstant());
        assertEquals(start.toInstant(), pending(call.id(), EventReminders.START).getStartTime().toInstant());
        click("UANN", EventViews.REGISTER, call.id());
        click("UBEN", EventViews.REGISTER, call.id());
        awaitDm("UBEN", "You are registered");

        // reschedule one day later: the reminders move and everyone registered is told
        t.slack.clear();
        t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "event-edit " + call.id());
        t.slack.awaitCall("views.open", WAIT);
        JsonObject edit = t.slack.lastOpenedView();
        assertTrue(edit.toString().contains("Reminder call"), "the edit form is prefilled");
        ZonedDateTime later = start.plusDays(1);
        submit(TestBot.ADMIN, edit, Map.of("date", later.toLocalDate().toString()));
        awaitDm("UANN", "changed");
        Trigger moved = pending(call.id(), "dm-60");
        assertEquals(later.toInstant().minus(Duration.ofHours(1)), moved.getStartTime().toInstant());

        // a trigger for the old time is stale: nothing is sent for it
        t.clock.advance(Duration.between(t.clock.instant(), later.toInstant().minus(Duration.ofMinutes(61))));
        click("UBEN", EventViews.UNREGISTER, call.id());
        assertEquals(1, fire(moved), "only the member still registered is reminded");
        awaitDm("UANN", "starts in 1 hour");
        assertEquals(0, fire(moved), "running the job again sends nothing");
        assertEquals(0, t.slack.dmsTo("UBEN").stream().filter(m -> m.text().contains("starts in")).count());

        t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "event-cancel " + call.id());
        awaitDm("UANN", "is cancelled");
        assertTrue(t.bot.features().events().reminders().pending(call.id(), EventReminders.START).isEmpty());
        assertEquals(0, fire(moved), "no reminder for a cancelled event");
    }

    @Test
    void aReminderMissedWhileDownIsSentLateBeforeTheStartAndDroppedAfterIt() {
        ZonedDateTime start = inFiveDays();
        CommunityEvent call = create("Misfire call", start, null);
        click("UANN", EventViews.REGISTER, call.id());
        awaitDm("UANN", "You are registered");
        Trigger dayBefore = pending(call.id(), "dm-1440");
        Trigger hourBefore = pending(call.id(), "dm-60");
        Trigger atStart = pending(call.id(), EventReminders.START);

        t.clock.advance(Duration.between(t.clock.instant(), start.toInstant().minus(Duration.ofMinutes(30))));
        assertEquals(1, fire(dayBefore), "late, but the call has not started: sent");
        t.clock.advance(Duration.ofMinutes(45));
        assertEquals(0, fire(hourBefore), "the call has started: a DM reminder is dropped");
        assertEquals(1, fire(atStart), "the start post is still useful while the call runs");
        t.slack.awaitCall("chat.postMessage", c -> TestBot.CHANNEL.equals(c.param("channel"))
                && c.param("text").contains("starting now"), WAIT);
        assertEquals(0, fire(atStart), "posted once");
    }

    @Test
    void aPendingReminderSurvivesARestartAndFiresThroughQuartz() throws Exception {
        String db = "jdbc:h2:mem:events-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        t.close();
        t = TestBot.start(db, Map.of());
        CommunityEvent call = create("Restart call", inFiveDays(), null);
        click("UANN", EventViews.REGISTER, call.id());
        awaitDm("UANN", "You are registered");
        Instant due = pending(call.id(), "dm-60").getStartTime().toInstant();
        t.close();

        t = TestBot.start(db, Map.of());
        Trigger afterRestart = pending(call.id(), "dm-60");
        assertEquals(due, afterRestart.getStartTime().toInstant());
        t.clock.advance(Duration.between(t.clock.instant(), due));
        t.bot.scheduler().quartz().triggerJob(EventReminders.JOB, afterRestart.getJobDataMap());
        awaitDm("UANN", "starts in 1 hour");
    }

    @Test
    void aMonthlySeriesCreatesItsOccurrencesAhead() {
        ZonedDateTime firstTuesday = t.clock.instant().atZone(BERLIN).plusMonths(1).withDayOfMonth(1)
                .with(java.time.temporal.TemporalAdjusters.firstInMonth(java.time.DayOfWeek.TUESDAY))
                .withHour(16).withMinute(0).withSecond(0).withNano(0);
        Map<String, String> f = form("Monthly community call", firstTuesday, null);
        f.put("recurrence", EventForm.MONTHLY);
        assertFalse(submit(TestBot.ADMIN, openForm(), f).body().contains("errors"));
        List<CommunityEvent> calls = events().store().upcoming(20).stream()
                .filter(e -> e.title().equals("Monthly community call")).toList();
        assertTrue(calls.size() >= 3, "three months ahead: " + calls.size());
        for (CommunityEvent c : calls) {
            ZonedDateTime local = c.startsAt().atZone(BERLIN);
            assertEquals(java.time.DayOfWeek.TUESDAY, local.getDayOfWeek());
            assertTrue(local.getDayOfMonth() <= 7, "first Tuesday: " + local);
            assertEquals(16, local.getHour(), "16:00 Berlin time, summer or winter");
        }
        assertEquals(0, events().series().planSeries(), "planning again creates nothing twice");
    }

    @Test
    void agendaTopicsAndCheckInsAndTheRecordingReachTheRightPeople() {
        ZonedDateTime start = inFiveDays();
        CommunityEvent call = create("Topics call", start, null);
        click("UANN", EventViews.REGISTER, call.id());
        t.slack.clear();
        t.signed.interaction(Payloads.clickInMessage("UANN", "C0GENERAL", "1.0", EventViews.OPEN_TOPICS, "" + call.id()));
        t.slack.awaitCall("views.open", WAIT);
        JsonObject topics = t.slack.lastOpenedView();
        HttpResponse<String> added = submit("UANN", topics, Map.of(EventViews.TOPIC_INPUT, "eBPF on ARM nodes"));
        assertTrue(added.body().contains("\"response_action\":\"update\"") && added.body().contains("eBPF on ARM nodes"),
                added.body());
        events().topics().addTopic(call.id(), "UBEN", "Collector sizing");
        long armTopic = events().topics().topics(call.id(), TopicKind.AGENDA, 10).stream()
                .filter(x -> x.text().contains("ARM")).findFirst().orElseThrow().id();
        t.signed.interaction(Payloads.clickInView("UBEN", topics, EventViews.VOTE_TOPIC, "" + armTopic));
        t.signed.interaction(Payloads.clickInView("UBEN", topics, EventViews.VOTE_TOPIC, "" + armTopic));
        Eventually.holds("the vote is counted", WAIT, () ->
                events().topics().topics(call.id(), TopicKind.AGENDA, 10).get(0).voteCount() == 1);
        String ranked = t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "event-topics " + call.id()).body();
        assertTrue(ranked.indexOf("eBPF on ARM nodes") < ranked.indexOf("Collector sizing"), ranked);

        click("UANN", EventViews.CHECK_IN, call.id());
        t.slack.awaitCall("chat.postEphemeral", c -> c.param("text").contains("Check-in for"), WAIT);
        t.clock.advance(Duration.between(t.clock.instant(), start.toInstant().plusSeconds(60)));
        click("UANN", EventViews.CHECK_IN, call.id());
        click("UANN", EventViews.CHECK_IN, call.id());
        assertEquals(List.of("UANN"), events().attendance().attendance(call.id()));
        assertEquals(1.0, events().inPeriod().averageCallAttendance(start.toInstant().minusSeconds(1), start.toInstant().plusSeconds(1))
                .orElseThrow());

        // as Slack sends it with should_escape: the link wrapped in <>, its & as an entity
        t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "event-recording " + call.id()
                + " <https://youtu.be/abc?t=42&amp;si=x|youtu.be/abc>");
        awaitDm("UANN", "https://youtu.be/abc?t=42&si=x");
    }

    @Test
    void calendarFilesAndTheMembersFeedFollowTheirEvents() throws Exception {
        CommunityEvent call = create("Calendar call", inFiveDays(), null);
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + t.bot.port();
        HttpResponse<String> ics = http.send(HttpRequest.newBuilder(URI.create(base + "/calendar/event/" + call.id()
                + ".ics")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ics.statusCode());
        assertTrue(ics.body().contains("BEGIN:VEVENT") && ics.body().contains("SUMMARY:Community call: Calendar call"),
                ics.body());
        assertTrue(ics.body().contains("DTSTART:" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(call.startsAt())));

        click("UANN", EventViews.REGISTER, call.id());
        awaitDm("UANN", "You are registered");
        String list = t.signed.slashCommand("UANN", "/events", "").body();
        String feed = list.replaceAll("(?s).*(/calendar/feed/[0-9a-f]+\\.ics).*", "$1");
        HttpResponse<String> mine = http.send(HttpRequest.newBuilder(URI.create(base + feed)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(mine.body().contains("Calendar call"), mine.body());
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(base + "/calendar/feed/" + "0".repeat(48) + ".ics"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void aStaleButtonForAnEventThatIsGoneGetsAClearAnswer() {
        click("UANN", EventViews.REGISTER, 987654);
        t.slack.awaitCall("chat.postEphemeral", c -> "UANN".equals(c.param("user"))
                && c.param("text").contains("no longer exists"), WAIT);
    }
}
